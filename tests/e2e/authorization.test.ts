// Who may open each protected page and call each account action: anonymous, member, another member,
// moderator, admin and a suspended member, against the running server.
import { beforeAll, describe, expect, it } from "vitest";
import { callFormAction, createSignedInUser, getPage, type TestUser } from "./http";
import { serverRow } from "./server-db";

type Who = "anonymous" | "member" | "other" | "moderator" | "admin" | "suspended";
const everyone: Who[] = ["anonymous", "member", "other", "moderator", "admin", "suspended"];
const users = {} as Record<Exclude<Who, "anonymous">, TestUser>;
const cookie = (who: Who) => (who === "anonymous" ? "" : users[who].cookie);

beforeAll(async () => {
  users.member = await createSignedInUser("matrix_member");
  users.other = await createSignedInUser("matrix_other");
  users.moderator = await createSignedInUser("matrix_mod", { role: "moderator" });
  users.admin = await createSignedInUser("matrix_admin", { role: "admin" });
  users.suspended = await createSignedInUser("matrix_susp", { status: "suspended" });
});

describe("protected pages", () => {
  const expected: Record<string, Record<Who, number>> = {
    "/settings": { anonymous: 307, member: 200, other: 200, moderator: 200, admin: 200, suspended: 200 },
    "/admin/users": { anonymous: 307, member: 403, other: 403, moderator: 403, admin: 200, suspended: 403 },
  };
  for (const [page, statuses] of Object.entries(expected)) {
    it.each(everyone)(`${page} for %s`, async (who) => {
      const response = await getPage(page, cookie(who));
      expect(response.status).toBe(statuses[who]);
      if (statuses[who] === 307) expect(response.location).toContain(`/login?callbackUrl=${encodeURIComponent(page)}`);
    });
  }
});

describe("changing a role (admins only)", () => {
  const roleOf = async (id: string) => (await serverRow<{ role: string }>("SELECT role FROM users WHERE id = ?", id)).role;

  it.each(["anonymous", "member", "other", "moderator", "suspended"] as const)("is refused for %s", async (who) => {
    await callFormAction("/admin/users", "app/admin/users/actions.ts", "changeRole", { userId: users.member.id, role: "admin" }, cookie(who));
    expect(await roleOf(users.member.id)).toBe("member");
  });

  it("is allowed for an admin, and takes effect on the target's next request", async () => {
    expect((await getPage("/admin/users", users.other.cookie)).status).toBe(403);
    const response = await callFormAction("/admin/users", "app/admin/users/actions.ts", "changeRole", { userId: users.other.id, role: "admin" }, users.admin.cookie);
    expect(response.status).toBe(200);
    expect(await roleOf(users.other.id)).toBe("admin");
    expect((await getPage("/admin/users", users.other.cookie)).status).toBe(200);
    await callFormAction("/admin/users", "app/admin/users/actions.ts", "changeRole", { userId: users.other.id, role: "member" }, users.admin.cookie);
    expect((await getPage("/admin/users", users.other.cookie)).status).toBe(403);
  });

  it("does not let an admin change their own role", async () => {
    await callFormAction("/admin/users", "app/admin/users/actions.ts", "changeRole", { userId: users.admin.id, role: "member" }, users.admin.cookie);
    expect(await roleOf(users.admin.id)).toBe("admin");
  });
});

describe("saving a profile (your own only)", () => {
  const nameOf = async (id: string) => (await serverRow<{ name: string }>("SELECT name FROM users WHERE id = ?", id)).name;

  it("is refused for a visitor", async () => {
    const response = await callFormAction("/settings", "app/settings/actions.ts", "saveProfile", { name: "Hacked", locale: "" });
    expect(response.location).toContain("/login");
  });

  it("changes only the caller's own profile, whatever id the form carries", async () => {
    await callFormAction("/settings", "app/settings/actions.ts", "saveProfile", { name: "Other Name", locale: "ko", userId: users.member.id }, users.other.cookie);
    expect(await nameOf(users.other.id)).toBe("Other Name");
    expect(await nameOf(users.member.id)).toBe("matrix_member");
  });
});

describe("changing a password", () => {
  it("needs the current password", async () => {
    const response = await callFormAction(
      "/settings",
      "app/settings/actions.ts",
      "savePassword",
      { currentPassword: "wrong wrong wrong", newPassword: "brand new password" },
      users.moderator.cookie,
    );
    expect(response.body).toContain("The current password is not right.");
    expect((await getPage("/settings", users.moderator.cookie)).status).toBe(200);
  });

  it("signs out the member's other sessions", async () => {
    const { signIn } = await import("./http");
    const otherDevice = await signIn(users.member.username, users.member.password);
    const response = await callFormAction(
      "/settings",
      "app/settings/actions.ts",
      "savePassword",
      { currentPassword: users.member.password, newPassword: "brand new password" },
      users.member.cookie,
    );
    expect(response.location).toContain("/settings?changed=password");
    expect((await getPage("/settings", otherDevice)).status).toBe(307);
    expect((await getPage("/settings", users.member.cookie)).status).toBe(307);
  });
});

describe("session cookies", () => {
  it("are HttpOnly and SameSite=Lax (and not Secure over plain HTTP)", async () => {
    const { baseURL } = await import("./helpers");
    const csrf = await fetch(`${baseURL()}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const response = await fetch(`${baseURL()}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar, origin: baseURL() },
      body: new URLSearchParams({ identifier: users.other.username, password: users.other.password, csrfToken }),
    });
    const session = response.headers.getSetCookie().find((c) => c.startsWith("authjs.session-token="));
    expect(session).toBeDefined();
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
    expect(session).not.toMatch(/;\s*Secure/i);
  });
});
