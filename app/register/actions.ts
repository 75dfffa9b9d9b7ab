"use server";
// Registration: a new member's account, and signing them in.

import { headers } from "next/headers";
import { CredentialsSignin } from "next-auth";
import { getLocale } from "next-intl/server";
import { formAction } from "@/lib/actions/form-action";
import { createAccount } from "@/lib/accounts/members";
import { signIn } from "@/lib/auth/config";
import { releaseRegistration, reserveRegistration } from "@/lib/auth/registration-limit";
import { clientIp } from "@/lib/platform/client-ip";
import { safeReturnPath, type FormState } from "@/lib/forms";
import { registrationInput } from "@/lib/validation/account";

export type RegisterField = "username" | "email" | "password";
export type RegisterState = FormState<RegisterField>;

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

/** Creates a member account and signs the new member in. A filled honeypot is a bot's: told nothing useful. */
export const register = formAction(
  { access: { as: "anyone" }, input: registrationInput, fields: ["username", "email"], secrets: ["password"], honeypot: "registerFailed" },
  async ({ input, values }): Promise<RegisterState> => {
    const ip = clientIp(await headers());
    const wait = await reserveRegistration(ip);
    if (wait > 0) return { message: "registerTooMany", messageValues: { minutes: minutes(wait) }, values };
    const account = { username: input.username, email: input.email, password: input.password };
    const created = await createAccount({ ...account, verifyIn: await getLocale() });
    if (!created.ok) {
      await releaseRegistration(ip);
      return { errors: created.errors, values };
    }
    try {
      await signIn("credentials", { identifier: account.username, password: account.password, redirectTo: safeReturnPath(input.callbackUrl) });
    } catch (error) {
      // The account exists; only signing in was refused (this address's sign-in throttle is engaged): say so.
      if (error instanceof CredentialsSignin) {
        const seconds = Number(error.code.split(":")[1]) || 60;
        return { message: "registeredSignInLater", messageValues: { minutes: minutes(seconds) } };
      }
      throw error; // the redirect after a successful sign-in
    }
    return {};
  },
);
