// next-intl's per-request configuration: the negotiated locale, its messages and the reader's time zone.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { readerPreferences } from "../accounts/reader-preferences";
import { isLocale, LOCALE_COOKIE, LOCALE_HEADER, negotiateLocale, timeZoneFor } from "./config";

export default getRequestConfig(async () => {
  const [cookieStore, headerList, preferences] = await Promise.all([cookies(), headers(), readerPreferences()]);
  const pinned = headerList.get(LOCALE_HEADER);
  const locale = isLocale(pinned) ? pinned : negotiateLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerList.get("accept-language"));
  return {
    locale,
    // A member's chosen zone (or their browser's); the site's zone for the language otherwise.
    timeZone: preferences.timeZone ?? timeZoneFor(locale),
    messages: (await import(`./messages/${locale}.json`)).default,
  };
});
