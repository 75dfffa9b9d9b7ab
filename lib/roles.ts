// Role changes: an admin makes a member a moderator or an admin, or takes the role back, and the log says so.
import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { users, type UserRole } from "@/db/schema";
import type { WriteResult } from "./write-result";
import type { CurrentUser } from "./auth/session";
import { logAction } from "./moderation-log";
import { canChangeRole } from "./permissions";

/**
 * Gives a user another role and logs who did it, with the old and new role in the note (shown to staff only).
 * The role applies from the user's next request, since sessions re-read it.
 */
export function changeUserRole(admin: CurrentUser, userId: string, role: UserRole, now = Date.now()): WriteResult<{ id: string }> {
  return getDb().transaction((tx) => {
    const target = tx.select({ id: users.id, username: users.username, role: users.role }).from(users).where(eq(users.id, userId)).get();
    if (!target) return { ok: false as const, message: "userNotFound" };
    if (!canChangeRole(admin, target)) return { ok: false as const, message: "cannotChangeOwnRole" };
    if (target.role === role) return { ok: true as const, id: target.id };
    tx.update(users).set({ role }).where(eq(users.id, target.id)).run();
    logAction(tx, { actorId: admin.id, action: "role_change", targetType: "user", targetId: target.id, targetLabel: target.username, note: `${target.role} → ${role}` }, now);
    return { ok: true as const, id: target.id };
  }, { behavior: "immediate" });
}
