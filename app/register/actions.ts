"use server";

import { createAccount } from "@/lib/accounts";
import { signIn } from "@/lib/auth/config";
import { formValues, safeReturnPath, type FormState } from "@/lib/forms";
import { honeypotFilled } from "@/lib/honeypot";
import { fieldErrors, registerInput } from "@/lib/validation/account";
import { answeringInText } from "@/lib/i18n/form-text";

export type RegisterField = "username" | "email" | "password";
export type RegisterState = FormState<RegisterField>;

/** Creates a member account and signs the new member in. */
export const register = answeringInText(async function register(_prev: RegisterState, form: FormData): Promise<RegisterState> {
  const values = formValues(form, ["username", "email"] as const);
  // A filled honeypot is a bot: it is told nothing useful and nothing is created.
  if (honeypotFilled(form)) return { message: "registerFailed", values };
  const input = registerInput.safeParse({
    username: form.get("username"),
    email: form.get("email"),
    password: form.get("password"),
  });
  if (!input.success) return { errors: fieldErrors<RegisterField>(input.error), values };
  const created = await createAccount(input.data);
  if (!created.ok) return { errors: created.errors, values };
  await signIn("credentials", {
    identifier: input.data.username,
    password: input.data.password,
    redirectTo: safeReturnPath(form.get("callbackUrl")),
  });
  return {};
});
