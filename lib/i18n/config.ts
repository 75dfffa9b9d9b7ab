// The languages Rapport speaks and how a request picks one.
import Negotiator from "negotiator";
import { remembered } from "../platform/remembered";

export const LOCALES = ["en", "ko"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "rapport-locale";
/** Set by proxy.ts from ?hl=, which pins a page's language above the remembered choice. */
export const LOCALE_HEADER = "x-rapport-locale";
export const LOCALE_COOKIE_MAX_AGE_S = 60 * 60 * 24 * 365;

/** Dates show in the time zone most readers of each language live in, unless RAPPORT_TIME_ZONE says otherwise. */
const LOCALE_TIME_ZONES: Record<Locale, string> = { en: "UTC", ko: "Asia/Seoul" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The locale for each Accept-Language value seen: most readers send one of a few, on every request. */
const localeForLanguages = remembered(500, (acceptLanguage): Locale => {
  for (const tag of new Negotiator({ headers: { "accept-language": acceptLanguage } }).languages()) {
    const base = tag.toLowerCase().split("-")[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
});

/** The remembered choice first, then the browser's Accept-Language, then English. */
export function negotiateLocale(cookieValue: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(cookieValue)) return cookieValue;
  return acceptLanguage ? localeForLanguages(acceptLanguage) : DEFAULT_LOCALE;
}

export function timeZoneFor(locale: Locale): string {
  return process.env.RAPPORT_TIME_ZONE || LOCALE_TIME_ZONES[locale];
}
