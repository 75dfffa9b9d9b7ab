"use server";

import { signIn } from "@/lib/auth/config";
import { formValues, type FormState } from "@/lib/forms";
import { createFirstAdmin } from "@/lib/setup";
import { fieldErrors, registerInput } from "@/lib/validation/account";
import { answeringInText } from "@/lib/i18n/form-text";

export type SetupField = "username" | "email" | "password";

/** Creates the first admin from the one-time link and signs them in. */
export const setupAdmin = answeringInText(async function setupAdmin(_prev: FormState<SetupField>, form: FormData): Promise<FormState<SetupField>> {
  const values = formValues(form, ["username", "email"] as const);
  const token = form.get("token");
  const input = registerInput.safeParse({
    username: form.get("username"),
    email: form.get("email"),
    password: form.get("password"),
  });
  if (!input.success) return { errors: fieldErrors<SetupField>(input.error), values };
  const created = await createFirstAdmin(typeof token === "string" ? token : "", input.data);
  if (!created.ok) return { errors: "errors" in created ? created.errors : undefined, message: created.message, values };
  await signIn("credentials", { identifier: input.data.username, password: input.data.password, redirectTo: "/admin/users" });
  return {};
});
