"use server";

import { revalidatePath } from "next/cache";
import { USER_ROLES, type UserRole } from "@/db/schema";
import { findSessionUser, setRoleById } from "@/lib/accounts";
import { requireRole } from "@/lib/auth/session";
import { canChangeRole } from "@/lib/permissions";
import { answeringInText } from "@/lib/i18n/form-text";
import { expireEverything } from "@/lib/render-cache";

export type RoleChangeState = { message?: string; success?: string };

/** An admin gives a user another role; the change applies to that user's next request. */
export const changeRole = answeringInText(async function changeRole(_prev: RoleChangeState, form: FormData): Promise<RoleChangeState> {
  const actor = await requireRole("admin", "/admin/users");
  const userId = form.get("userId");
  const role = form.get("role");
  if (typeof userId !== "string" || !USER_ROLES.includes(role as UserRole)) return { message: "invalidRequest" };
  const target = findSessionUser(userId);
  if (!target) return { message: "userNotFound" };
  if (!canChangeRole(actor, target)) return { message: "cannotChangeOwnRole" };
  setRoleById(target.id, role as UserRole);
  // Profiles and staff badges beside their writing show the role.
  expireEverything();
  revalidatePath("/admin/users");
  return { success: "roleChanged" };
});
