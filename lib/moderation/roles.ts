// Role changes: an admin makes a member a moderator or an admin, or takes the role back, and the log says so.
import "server-only";
import { eq } from "drizzle-orm";
import { first, getDb } from "@/db";
import { users, type UserRole } from "@/db/schema";
import { refuse, type WriteResult } from "../write-result";
import { findSessionUser } from "../accounts/members";
import type { CurrentUser } from "../auth/session";
import { logAction } from "./log";
import { canAdminister, canChangeRole } from "../permissions";
import { usernameKey } from "../accounts/usernames";

/**
 * Gives a user another role and logs who did it, with the old and new role in the note (shown to staff only).
 * The role applies from the user's next request, since sessions re-read it.
 */
export async function changeUserRole(admin: CurrentUser, userId: string, role: UserRole, now = Date.now()): Promise<WriteResult<{ id: string }>> {
  return getDb().transaction(async (tx) => {
    const target = await first(tx.select({ id: users.id, username: users.username, role: users.role }).from(users).where(eq(users.id, userId)));
    if (!target) return { ok: false as const, message: "userNotFound" };
    if (!canChangeRole(admin, target)) return { ok: false as const, message: "cannotChangeOwnRole" };
    if (target.role === role) return { ok: true as const, id: target.id };
    await tx.update(users).set({ role }).where(eq(users.id, target.id));
    await logAction(tx, { actorId: admin.id, action: "role_change", targetType: "user", targetId: target.id, targetLabel: target.username, change: { from: target.role, to: role } }, now);
    return { ok: true as const, id: target.id };
  }, { behavior: "immediate" });
}

/**
 * A role change from a shell (`npm run user -- role NAME ROLE --by ADMIN`): made and logged as the admin `by`
 * names, under the same rules as /admin/users. Only while the site has no admin yet may it go without one (to
 * appoint the first); the log then names the member as their own actor and says it came from a shell.
 */
export async function changeRoleFromShell(username: string, role: UserRole, by: string | null, now = Date.now()): Promise<WriteResult<{ id: string }>> {
  const idOf = async (name: string) => (await first(getDb().select({ id: users.id }).from(users).where(eq(users.usernameKey, usernameKey(name)))))?.id;
  const targetId = await idOf(username);
  if (!targetId) return refuse("userNotFound");
  if (by !== null) {
    const actorId = await idOf(by);
    const actor = actorId ? await findSessionUser(actorId) : null;
    if (!actor || !canAdminister(actor)) return refuse("shellRoleNeedsAdmin");
    return changeUserRole(actor, targetId, role, now);
  }
  return getDb().transaction(async (tx) => {
    if (await first(tx.select({ id: users.id }).from(users).where(eq(users.role, "admin")).limit(1))) return refuse("shellRoleNeedsAdmin");
    const target = (await first(tx.select({ role: users.role }).from(users).where(eq(users.id, targetId))))!;
    if (target.role === role) return { ok: true as const, id: targetId };
    await tx.update(users).set({ role }).where(eq(users.id, targetId));
    await logAction(tx, { actorId: targetId, action: "role_change", targetType: "user", targetId, targetLabel: username, change: { from: target.role, to: role }, note: "from a shell, before the site had an admin" }, now);
    return { ok: true as const, id: targetId };
  }, { behavior: "immediate" });
}
