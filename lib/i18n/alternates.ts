// One URL per page and language: the plain URL follows the reader's language, and ?hl=en / ?hl=ko pin one,
// so search engines can list each language version (hreflang) and each is its own canonical page.
import { isLocale, LOCALES, type Locale } from "./config";

export const LOCALE_PARAM = "hl";

function withLocale(path: string, locale: Locale): string {
  return `${path}${path.includes("?") ? "&" : "?"}${LOCALE_PARAM}=${locale}`;
}

/** The canonical URL of `path` as asked for (with ?hl= when pinned), and its alternates in every language. */
export function localeAlternates(path: string, hl: unknown): { canonical: string; languages: Record<string, string> } {
  const languages: Record<string, string> = Object.fromEntries(LOCALES.map((locale) => [locale, withLocale(path, locale)]));
  languages["x-default"] = path;
  return { canonical: isLocale(hl) ? withLocale(path, hl) : path, languages };
}
