import { beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { changePassword, createAccount, setRole } from "@/lib/accounts/members";
import { asVisitor, signedInAs } from "../../action-calls";
import { getCurrentUser, requirePermission, requireUser } from "@/lib/auth/session";
import { canModerate, canAdminister } from "@/lib/permissions";
import { resetDatabase } from "../../reset-database";
import { interruption } from "../../interruption";

// The token is what next-auth decoded from the cookie; these tests hand it over directly.
vi.mock("@/lib/auth/config", () => ({ auth: vi.fn() }));
// React's cache() memoises per request; here every call is its own request.
vi.mock("react", async (original) => ({ ...(await original<typeof import("react")>()), cache: <T>(fn: T) => fn }));


let id: string;
beforeEach(async () => {
  await resetDatabase();
  const created = await createAccount({ username: "sora", email: "sora@example.com", password: "correct horse battery" });
  if (!created.ok) throw new Error("setup failed");
  id = created.id;
});

describe("getCurrentUser", () => {
  it("is the user named by the token, read from the database", async () => {
    signedInAs(id, 1);
    expect(await getCurrentUser()).toMatchObject({ id, username: "sora", role: "member", status: "active" });
  });

  it("is nobody without a session, or for a user that no longer exists", async () => {
    asVisitor();
    expect(await getCurrentUser()).toBeNull();
    signedInAs("no-such-user", 1);
    expect(await getCurrentUser()).toBeNull();
  });

  it("refuses a token issued before a password change", async () => {
    signedInAs(id, 1);
    await changePassword(id, "correct horse battery", "another good password");
    expect(await getCurrentUser()).toBeNull();
    signedInAs(id, 2);
    expect(await getCurrentUser()).toMatchObject({ id });
  });

  it("sees a role change on the very next request", async () => {
    signedInAs(id, 1);
    expect(await interruption(() => requirePermission(canModerate))).toContain("403");
    await setRole("sora", "moderator");
    expect(await requirePermission(canModerate)).toMatchObject({ role: "moderator" });
    expect(await interruption(() => requirePermission(canAdminister))).toContain("403");
  });
});

describe("requireUser", () => {
  it("sends a visitor to sign in, coming back afterwards", async () => {
    asVisitor();
    expect(await interruption(() => requireUser("/settings"))).toContain("/login?callbackUrl=%2Fsettings");
  });

  it("refuses a member banned in the middle of a session", async () => {
    signedInAs(id, 1);
    expect(await requireUser()).toMatchObject({ id });
    await getDb().update(users).set({ status: "banned" }).where(eq(users.id, id));
    expect(await interruption(() => requireUser())).toContain("403");
    expect(await interruption(() => requireUser("/settings", { allowSuspended: true }))).toContain("403");
  });

  it("refuses a suspended member, except for their own settings", async () => {
    signedInAs(id, 1);
    await getDb().update(users).set({ status: "suspended", statusUntil: new Date(Date.now() + 86_400_000) }).where(eq(users.id, id));
    expect(await interruption(() => requireUser())).toContain("403");
    expect(await requireUser("/settings", { allowSuspended: true })).toMatchObject({ status: "suspended" });
  });
});
