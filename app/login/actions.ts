"use server";
// Signing in with a username or email and a password.

import { redirect } from "next/navigation";
import { AuthError, CredentialsSignin } from "next-auth";
import { formAction } from "@/lib/actions/form-action";
import { signIn } from "@/lib/auth/config";
import { safeReturnPath, type FormState } from "@/lib/forms";
import { signInFormInput } from "@/lib/validation/account";

export type LoginField = "identifier" | "password";
export type LoginState = FormState<LoginField>;

/** Signs in with a username or email and a password, then returns to the page the user came from. */
export const login = formAction(
  { access: { as: "anyone" }, input: signInFormInput, fields: ["identifier"], secrets: ["password"] },
  async ({ input, values }): Promise<LoginState> => {
    try {
      await signIn("credentials", {
        identifier: input.identifier,
        password: input.password,
        redirectTo: safeReturnPath(input.callbackUrl),
      });
      return {};
    } catch (error) {
      if (error instanceof CredentialsSignin) {
        // A banned member who gave the right password goes to the appeal page with a signed link (lib/auth/appeal-link.ts).
        const [reason, token] = error.code.split(":");
        if (reason === "banned" && token) redirect(`/appeal?t=${encodeURIComponent(token)}`);
        return { ...refusal(error.code), values };
      }
      if (error instanceof AuthError) return { message: "signInFailed", values };
      throw error; // the redirect after a successful sign-in
    }
  },
);

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
