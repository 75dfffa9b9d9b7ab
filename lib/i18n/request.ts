// next-intl's per-request configuration: the negotiated locale, its messages and time zone.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { isLocale, LOCALE_COOKIE, LOCALE_HEADER, negotiateLocale, timeZoneFor } from "./config";

export default getRequestConfig(async () => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const pinned = headerList.get(LOCALE_HEADER);
  const locale = isLocale(pinned) ? pinned : negotiateLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerList.get("accept-language"));
  return {
    locale,
    timeZone: timeZoneFor(locale),
    messages: (await import(`./messages/${locale}.json`)).default,
  };
});
