// Who may do what: named checks, each saying what an author may do to their own and staff to anyone's.
import type { UserRole, UserStatus } from "@/db/schema";

type Actor = { id: string; role: UserRole; status: UserStatus };

const RANK: Record<UserRole, number> = { member: 0, moderator: 1, admin: 2 };

export function hasRole(user: { role: UserRole }, role: UserRole): boolean {
  return RANK[user.role] >= RANK[role];
}

export const isActive = (user: Actor | null): user is Actor => user !== null && user.status === "active";
export const isStaff = (user: Actor | null) => isActive(user) && hasRole(user, "moderator");

/** Admins change roles, but never their own, so the last admin cannot lock everyone out by accident. */
export function canChangeRole(actor: Actor | null, target: { id: string }): boolean {
  return isActive(actor) && hasRole(actor, "admin") && actor.id !== target.id;
}

export function canViewAdmin(actor: Actor | null): boolean {
  return isActive(actor) && hasRole(actor, "admin");
}
