"use server";
// Site-wide actions that belong to no single page.
import { cookies } from "next/headers";
import { signOut } from "@/lib/auth/config";
import { isLocale, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_S } from "@/lib/i18n/config";

/** Remembers the reader's language; the page re-renders in it. Unknown values are ignored. */
export async function setLocale(form: FormData): Promise<void> {
  const locale = form.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, {
    maxAge: LOCALE_COOKIE_MAX_AGE_S,
    sameSite: "lax",
    httpOnly: true,
    path: "/",
  });
}

/** Signs out and returns home. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
