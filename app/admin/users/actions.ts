"use server";
// The admin's user list: changing a member's role.

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/forms";
import { canAdminister } from "@/lib/permissions";
import { expireEverything } from "@/lib/content/cached-reads";
import { changeUserRole } from "@/lib/moderation/roles";
import { roleChangeInput } from "@/lib/validation/moderation";

export type RoleChangeState = FormState;

/** An admin gives a user another role; lib/moderation/roles.ts checks who may and logs it. */
export const changeRole = formAction(
  { access: { as: "page", may: canAdminister, returnTo: "/admin/users" }, input: roleChangeInput },
  async ({ actor, input }): Promise<RoleChangeState> => {
    const result = await changeUserRole(actor, input.userId, input.role);
    if (!result.ok) return { message: result.message };
    // Profiles and staff badges beside their writing show the role.
    await expireEverything();
    revalidatePath("/admin/users");
    return { success: "roleChanged" };
  },
);
