"use server";
// Site-wide actions that belong to no single page.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { rememberTheme } from "@/lib/accounts/theme";
import { getCurrentUser } from "@/lib/auth/session";
import { themeInput } from "@/lib/validation/account-settings";
import { plainAction } from "@/lib/actions/form-action";
import { signOut } from "@/lib/auth/config";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_S } from "@/lib/i18n/config";
import { safeReturnPath } from "@/lib/forms";
import { afterSignOut } from "@/lib/routes";
import { localeInput, signOutInput } from "@/lib/validation/site";

/** Remembers the reader's language; the page re-renders in it. Unknown values are ignored. */
export const setLocale = plainAction({ access: { as: "anyone" }, input: localeInput }, async ({ input }) => {
  (await cookies()).set(LOCALE_COOKIE, input.locale, {
    maxAge: LOCALE_COOKIE_MAX_AGE_S,
    sameSite: "lax",
    httpOnly: true,
    path: "/",
  });
});

/** Signs out and stays on the page it was sent from when a visitor may read it, else goes home. */
export const signOutAction = plainAction({ access: { as: "anyone" }, input: signOutInput }, async ({ input }) => {
  await signOut({ redirectTo: afterSignOut(safeReturnPath(input.returnTo)) });
});

/**
 * The footer's theme switch, for visitors and members alike: a cookie (which the visitor page cache keys pages by),
 * and a member's settings too. Back to the same page, loaded afresh in the new theme.
 */
export const setTheme = plainAction({ access: { as: "anyone" }, input: themeInput }, async ({ input }) => {
  await rememberTheme(input.theme, await getCurrentUser());
  redirect(safeReturnPath(input.returnTo));
});
