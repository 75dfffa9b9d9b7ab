"use server";
// The reset link's form: sets the new password (every other session ends) and signs the member in here.

import { redirect } from "next/navigation";
import { CredentialsSignin } from "next-auth";
import { formAction } from "@/lib/actions/form-action";
import { resetPassword } from "@/lib/accounts/password-reset";
import { signIn } from "@/lib/auth/config";
import type { FormState } from "@/lib/forms";
import { passwordResetInput } from "@/lib/validation/account";

export type ResetField = "newPassword";

export const setNewPassword = formAction(
  { access: { as: "anyone" }, input: passwordResetInput, secrets: ["newPassword"] },
  async ({ input }): Promise<FormState<ResetField>> => {
    const reset = await resetPassword(input.token, input.newPassword);
    if (!reset.ok) return { message: reset.message };
    try {
      await signIn("credentials", { identifier: reset.username, password: input.newPassword, redirectTo: "/" });
    } catch (error) {
      // The password is set; only signing in was refused (this address's sign-in throttle): sign in by hand later.
      if (error instanceof CredentialsSignin) redirect("/login");
      throw error; // the redirect after a successful sign-in
    }
    return {};
  },
);
