"use server";

import { headers } from "next/headers";
import { CredentialsSignin } from "next-auth";
import { createAccount } from "@/lib/accounts";
import { signIn } from "@/lib/auth/config";
import { releaseRegistration, reserveRegistration } from "@/lib/auth/registration-limit";
import { clientIp } from "@/lib/client-ip";
import { formValues, safeReturnPath, type FormState } from "@/lib/forms";
import { honeypotFilled } from "@/lib/honeypot";
import { fieldErrors, registerInput } from "@/lib/validation/account";
import { answeringInText } from "@/lib/i18n/form-text";

export type RegisterField = "username" | "email" | "password";
export type RegisterState = FormState<RegisterField>;

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

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
  const ip = clientIp(await headers());
  const wait = await reserveRegistration(ip);
  if (wait > 0) return { message: "registerTooMany", messageValues: { minutes: minutes(wait) }, values };
  const created = await createAccount(input.data);
  if (!created.ok) {
    await releaseRegistration(ip);
    return { errors: created.errors, values };
  }
  try {
    await signIn("credentials", {
      identifier: input.data.username,
      password: input.data.password,
      redirectTo: safeReturnPath(form.get("callbackUrl")),
    });
  } catch (error) {
    // The account exists; only signing in was refused (this address's sign-in throttle is engaged): say so.
    if (error instanceof CredentialsSignin) {
      const seconds = Number(error.code.split(":")[1]) || 60;
      return { message: "registeredSignInLater", messageValues: { minutes: minutes(seconds) } };
    }
    throw error; // the redirect after a successful sign-in
  }
  return {};
});
