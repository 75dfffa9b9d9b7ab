// The rules for the site-wide forms that belong to no page: the language picker, signing out, social sign-in.
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";

/** A language the site speaks; anything else is ignored by the action. */
export const localeInput = z.object({ locale: z.enum(LOCALES) });

/** Signing out: the page it was sent from, checked before use (lib/forms.ts safeReturnPath). */
export const signOutInput = z.object({ returnTo: z.string().max(2_000).optional() });

/** Where to return after signing in elsewhere; lib/forms.ts's safeReturnPath keeps it on this site. */
export const returnPathInput = z.object({ callbackUrl: z.string() });
