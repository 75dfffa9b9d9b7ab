import { beforeEach, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { moderationLog as ml, users } from "@/db/schema";
import { resetDatabase } from "../../reset-database";
import { findSessionUser, type SessionUser } from "@/lib/accounts/members";
import { changeRoleFromShell, changeUserRole } from "@/lib/moderation/roles";
import { makeUser } from "../../factories";

const log = () =>
  getDb()
    .select({ actorId: ml.actorId, action: ml.action, targetType: ml.targetType, targetId: ml.targetId, targetLabel: ml.targetLabel, reason: ml.reason, note: ml.note, change: ml.change })
    .from(ml)
    .orderBy(asc(ml.id));
const roleOf = async (id: string) => (await findSessionUser(id))!.role;
const account = async (role: SessionUser["role"], username?: string) => (await findSessionUser((await makeUser({ role, username })).id))!;

let admin: SessionUser;

beforeEach(async () => {
  await resetDatabase();
  admin = await account("admin", "root");
});

describe("changeUserRole", () => {
  it("changes the role and logs who did it, to whom, and the old and new role", async () => {
    const sora = await account("member", "sora");
    expect(await changeUserRole(admin, sora.id, "moderator", Date.UTC(2026, 0, 1))).toEqual({ ok: true, id: sora.id });
    expect(await roleOf(sora.id)).toBe("moderator");
    expect(await log()).toEqual([
      { actorId: admin.id, action: "role_change", targetType: "user", targetId: sora.id, targetLabel: "sora", reason: null, note: null, change: { from: "member", to: "moderator" } },
    ]);
  });

  it("logs a demotion too", async () => {
    const mod = await account("moderator", "mina");
    expect((await changeUserRole(admin, mod.id, "member")).ok).toBe(true);
    expect((await log()).map((row) => [row.action, row.change])).toEqual([["role_change", { from: "moderator", to: "member" }]]);
  });

  it("writes nothing when the role is already the one asked for", async () => {
    const sora = await account("member");
    expect((await changeUserRole(admin, sora.id, "member")).ok).toBe(true);
    expect(await log()).toEqual([]);
  });

  it.each([
    { who: "a moderator", actor: () => account("moderator"), target: async () => (await account("member")).id, message: "cannotChangeOwnRole" },
    { who: "a member", actor: () => account("member"), target: async () => (await account("member")).id, message: "cannotChangeOwnRole" },
    { who: "an admin, of themselves", actor: () => admin, target: () => admin.id, message: "cannotChangeOwnRole" },
    { who: "an admin, of nobody", actor: () => admin, target: () => "no-such-user", message: "userNotFound" },
  ])("refuses $who and writes no log entry", async ({ actor, target, message }) => {
    const targetId = await target();
    const before = (await findSessionUser(targetId))?.role;
    expect(await changeUserRole(await actor(), targetId, "admin")).toEqual({ ok: false, message });
    expect((await findSessionUser(targetId))?.role).toBe(before);
    expect(await log()).toEqual([]);
  });

  it("refuses a banned admin", async () => {
    const banned = await account("admin");
    await getDb().update(users).set({ status: "banned" }).where(eq(users.id, banned.id));
    const sora = await account("member");
    expect((await changeUserRole((await findSessionUser(banned.id))!, sora.id, "moderator")).ok).toBe(false);
    expect([await roleOf(sora.id), await log()]).toEqual(["member", []]);
  });
});

describe("changeRoleFromShell", () => {
  it("makes the change as the admin --by names, logged like one from /admin/users", async () => {
    const sora = await account("member", "sora");
    expect(await changeRoleFromShell("Sora", "moderator", "root", Date.UTC(2026, 0, 1))).toEqual({ ok: true, id: sora.id });
    expect(await roleOf(sora.id)).toBe("moderator");
    expect(await log()).toEqual([
      { actorId: admin.id, action: "role_change", targetType: "user", targetId: sora.id, targetLabel: "sora", reason: null, note: null, change: { from: "member", to: "moderator" } },
    ]);
  });

  it("refuses without an admin to act as, or with a --by who is not one, and changes nothing", async () => {
    const sora = await account("member", "sora");
    await account("moderator", "mina");
    expect(await changeRoleFromShell("sora", "admin", null)).toMatchObject({ ok: false, message: "shellRoleNeedsAdmin" });
    expect(await changeRoleFromShell("sora", "admin", "mina")).toMatchObject({ ok: false, message: "shellRoleNeedsAdmin" });
    expect(await changeRoleFromShell("sora", "admin", "nobody")).toMatchObject({ ok: false, message: "shellRoleNeedsAdmin" });
    expect(await changeRoleFromShell("nobody", "admin", "root")).toMatchObject({ ok: false, message: "userNotFound" });
    expect(await changeRoleFromShell("root", "member", "root")).toMatchObject({ ok: false, message: "cannotChangeOwnRole" });
    expect([await roleOf(sora.id), await roleOf(admin.id), await log()]).toEqual(["member", "admin", []]);
  });

  it("appoints the first admin without --by only while there is none, and logs it as from a shell", async () => {
    await resetDatabase();
    const first = await account("member", "first");
    expect(await changeRoleFromShell("first", "admin", null, Date.UTC(2026, 0, 1))).toEqual({ ok: true, id: first.id });
    expect(await roleOf(first.id)).toBe("admin");
    expect(await log()).toEqual([
      { actorId: first.id, action: "role_change", targetType: "user", targetId: first.id, targetLabel: "first", reason: null, note: "from a shell, before the site had an admin", change: { from: "member", to: "admin" } },
    ]);
    const second = await account("member", "second");
    expect(await changeRoleFromShell("second", "admin", null)).toMatchObject({ ok: false, message: "shellRoleNeedsAdmin" });
    expect(await roleOf(second.id)).toBe("member");
  });
});
