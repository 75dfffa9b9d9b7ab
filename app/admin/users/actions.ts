"use server";

import { revalidatePath } from "next/cache";
import { USER_ROLES, type UserRole } from "@/db/schema";
import { requirePermission } from "@/lib/auth/session";
import { canAdminister } from "@/lib/permissions";
import { answeringInText } from "@/lib/i18n/form-text";
import { expireEverything } from "@/lib/render-cache";
import { changeUserRole } from "@/lib/roles";

export type RoleChangeState = { message?: string; success?: string };

/** An admin gives a user another role; lib/roles.ts checks who may and logs it. */
export const changeRole = answeringInText(async function changeRole(_prev: RoleChangeState, form: FormData): Promise<RoleChangeState> {
  const actor = await requirePermission(canAdminister, "/admin/users");
  const userId = form.get("userId");
  const role = form.get("role");
  if (typeof userId !== "string" || !USER_ROLES.includes(role as UserRole)) return { message: "invalidRequest" };
  const result = changeUserRole(actor, userId, role as UserRole);
  if (!result.ok) return { message: result.message };
  // Profiles and staff badges beside their writing show the role.
  expireEverything();
  revalidatePath("/admin/users");
  return { success: "roleChanged" };
});
