// next-intl's per-request configuration: the negotiated locale, its messages and time zone.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, negotiateLocale, timeZoneFor } from "./config";

export default getRequestConfig(async () => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const locale = negotiateLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerList.get("accept-language"));
  return {
    locale,
    timeZone: timeZoneFor(locale),
    messages: (await import(`./messages/${locale}.json`)).default,
  };
});
