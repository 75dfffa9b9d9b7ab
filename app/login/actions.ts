"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/config";
import { formValues, safeReturnPath, type FormState } from "@/lib/forms";
import { fieldErrors, loginInput } from "@/lib/validation/account";
import { answeringInText } from "@/lib/i18n/form-text";

export type LoginField = "identifier" | "password";
export type LoginState = FormState<LoginField>;

/** Signs in with a username or email and a password, then returns to the page the user came from. */
export const login = answeringInText(async function login(_prev: LoginState, form: FormData): Promise<LoginState> {
  const values = formValues(form, ["identifier"] as const);
  const input = loginInput.safeParse({ identifier: form.get("identifier"), password: form.get("password") });
  if (!input.success) return { errors: fieldErrors<LoginField>(input.error), values };
  try {
    await signIn("credentials", {
      identifier: input.data.identifier,
      password: input.data.password,
      redirectTo: safeReturnPath(form.get("callbackUrl")),
    });
    return {};
  } catch (error) {
    if (error instanceof CredentialsSignin) return { ...refusal(error.code), values };
    if (error instanceof AuthError) return { message: "signInFailed", values };
    throw error; // the redirect after a successful sign-in
  }
});

/** One message for an unknown user and a wrong password alike; a wait for a throttled one. */
function refusal(code: string): Pick<LoginState, "message" | "messageValues"> {
  const [reason, seconds] = code.split(":");
  if (reason === "throttled") {
    const minutes = Math.max(1, Math.ceil(Number(seconds) / 60));
    return { message: "signInThrottled", messageValues: { minutes } };
  }
  if (reason === "banned") return { message: "signInBanned" };
  return { message: "signInInvalid" };
}
