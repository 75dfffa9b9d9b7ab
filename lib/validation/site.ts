// The rules for the site-wide forms that belong to no page: the language picker, signing out, social sign-in.
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";

/** A language the site speaks; anything else is ignored by the action. */
export const localeInput = z.object({ locale: z.enum(LOCALES) });

/** A form that sends nothing but itself. */
export const noInput = z.object({});

/** Signing out: the page it was sent from, checked before use (lib/forms.ts safeReturnPath). */
export const signOutInput = z.object({ returnTo: z.string().max(2_000).optional() });

/** Where to return after signing in elsewhere; lib/forms.ts's safeReturnPath keeps it on this site. */
export const returnPathInput = z.object({ callbackUrl: z.string() });

/** The email confirmation link's button: the link's token (lib/accounts/email-verification.ts checks it). */
export const emailConfirmationInput = z.object({ token: z.string().min(1, "verifyLinkInvalid").max(200, "verifyLinkInvalid") });

/** The admins' email verification switch. */
export const verificationSettingInput = z.object({ required: z.enum(["on", "off"]) });

/** The admins' image upload switch (lib/media/setting.ts). */
export const uploadsSettingInput = z.object({ enabled: z.enum(["on", "off"]) });
