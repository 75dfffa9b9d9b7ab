// The rules for usernames, emails and passwords, shared by the forms (for hints) and the server (for the truth).
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";
import { DISPLAY_NAME_MAX, EMAIL_MAX, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/limits";
import { isReservedUsername, USERNAME_MAX, USERNAME_MIN, USERNAME_PATTERN } from "@/lib/accounts/usernames";

/** Messages are catalogue keys under "validation", translated where they are shown. */
const username = z
  .string()
  .transform((value) => value.normalize("NFKC").trim())
  .pipe(
    z
      .string()
      .min(USERNAME_MIN, "usernameLength")
      .max(USERNAME_MAX, "usernameLength")
      .regex(USERNAME_PATTERN, "usernameCharacters")
      .refine((value) => !isReservedUsername(value), "usernameReserved"),
  );

const password = z
  .string()
  .refine((value) => [...value].length >= PASSWORD_MIN, "passwordTooShort")
  .refine((value) => [...value].length <= PASSWORD_MAX, "passwordTooLong");

const email = z
  .string()
  .trim()
  .max(EMAIL_MAX, "emailInvalid")
  .pipe(z.email("emailInvalid"))
  .transform((value) => value.toLowerCase());

const displayName = z
  .string()
  .transform((value) => value.normalize("NFKC").replace(/\s+/g, " ").trim())
  .pipe(z.string().min(1, "displayNameRequired").max(DISPLAY_NAME_MAX, "displayNameTooLong"));

export const registerInput = z.object({ username, email, password });
export type RegisterInput = z.infer<typeof registerInput>;

/** Where to go after signing in; lib/forms.ts's safeReturnPath keeps it on this site. */
const callbackUrl = z.string();

/** The registration form: the account, and the page to return to. */
export const registrationInput = registerInput.extend({ callbackUrl });

/** The one-time setup link's form: the first admin's account, and the link's token (lib/accounts/first-admin.ts checks it). */
export const firstAdminInput = registerInput.extend({ token: z.string() });

export const loginInput = z.object({
  identifier: z.string().trim().min(1, "identifierRequired").max(EMAIL_MAX, "identifierRequired"),
  password: z.string().min(1, "passwordRequired").max(PASSWORD_MAX * 4, "passwordTooLong"),
});

/** The sign-in form: the credentials (checked again by lib/auth/config.ts), and the page to return to. */
export const signInFormInput = loginInput.extend({ callbackUrl });

export const profileInput = z.object({
  name: displayName,
  locale: z.enum([...LOCALES, ""]).transform((value) => value || null),
});

export const passwordChangeInput = z.object({
  currentPassword: z.string().min(1, "passwordRequired").max(PASSWORD_MAX * 4, "passwordTooLong"),
  newPassword: password,
});

/** "Forgot your password?": the username or email of the account. */
export const forgotPasswordInput = z.object({ identifier: loginInput.shape.identifier });

/** The reset link's form: its token (checked by lib/accounts/password-reset.ts) and the new password. */
export const passwordResetInput = z.object({ token: z.string().min(1, "resetLinkInvalid").max(200, "resetLinkInvalid"), newPassword: password });

/** A new email address, confirmed with the current password; it applies once the link mailed to it is opened. */
export const emailChangeInput = z.object({ email, currentPassword: passwordChangeInput.shape.currentPassword });

/** The first error of each field, as catalogue keys. */
export function fieldErrors<T extends string>(error: z.ZodError): Partial<Record<T, string>> {
  const errors: Partial<Record<T, string>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form") as T;
    errors[field] ??= issue.message;
  }
  return errors;
}
