// Who is asking: the signed-in user, re-read from the database on every request, and the guards built on it.
import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { findSessionUser, type SessionUser } from "@/lib/accounts/members";
import { auth } from "./config";

export type CurrentUser = SessionUser;

/**
 * The signed-in user, or null. A token issued before the user's last password change (an older session
 * version) counts as signed out. Banned and suspended users are returned, with their status, for the guards.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await findSessionUser(id);
  if (!user || user.sessionVersion !== session.sv) return null;
  return user;
});

/**
 * For pages and actions that need an active member: the anonymous are sent to sign in, the sanctioned refused.
 * `allowSuspended` is for a member's own account settings: a suspended member may still change a password.
 */
export async function requireUser(returnTo = "/", { allowSuspended = false } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (user.status === "active" || (allowSuspended && user.status === "suspended")) return user;
  forbidden();
}

/**
 * For the pages where a member writes (new thread, edit): any signed-in member, sanctioned ones included, so that the
 * page can tell a suspended or banned member why they cannot write there instead of a bare 403.
 */
export async function requireSignedIn(returnTo = "/"): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For staff pages and actions: the active user whom a predicate of lib/permissions.ts allows (canModerate, canAdminister), or 403. */
export async function requirePermission(may: (user: CurrentUser) => boolean | Promise<boolean>, returnTo = "/"): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (!(await may(user))) forbidden();
  return user;
}

/**
 * For form actions, which must never lose what was typed: the active member, or the message to show
 * beside the form when there is none (signed out meanwhile, suspended, banned).
 */
export async function currentWriter(): Promise<{ user: CurrentUser } | { message: "signInToWrite" | "accountRestricted" }> {
  const user = await getCurrentUser();
  if (!user) return { message: "signInToWrite" };
  if (user.status !== "active") return { message: "accountRestricted" };
  return { user };
}
