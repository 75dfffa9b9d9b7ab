"use server";
// The one-time setup link: creating the first admin.

import { formAction } from "@/lib/actions/form-action";
import { signIn } from "@/lib/auth/config";
import type { FormState } from "@/lib/forms";
import { createFirstAdmin } from "@/lib/accounts/first-admin";
import { firstAdminInput } from "@/lib/validation/account";

export type SetupField = "username" | "email" | "password";

/** Creates the first admin from the one-time link and signs them in. */
export const setupAdmin = formAction(
  { access: { as: "anyone" }, input: firstAdminInput, fields: ["username", "email"], secrets: ["password"] },
  async ({ input, values }): Promise<FormState<SetupField>> => {
    const account = { username: input.username, email: input.email, password: input.password };
    const created = await createFirstAdmin(input.token, account);
    if (!created.ok) return { errors: created.errors, message: created.message, values };
    await signIn("credentials", { identifier: account.username, password: account.password, redirectTo: "/admin/users" });
    return {};
  },
);
