import { getFormatter, getLocale, getTimeZone } from "next-intl/server";
import { readerPreferences } from "@/lib/accounts/reader-preferences";
import { asWritten, DATE_EXACT, DATE_ONLY, DATE_WITH_TIME, withZone } from "@/lib/i18n/date-formats";
import { relativeTime } from "@/lib/i18n/relative-time";

/**
 * A date in the reader's locale and time zone, machine-readable, with the exact time and its zone on hover. A member
 * who chose relative dates reads "3 hours ago" instead.
 */
export async function DateTime({ value, withTime = false }: { value: Date; withTime?: boolean }) {
  const [format, locale, timeZone, preferences] = await Promise.all([getFormatter(), getLocale(), getTimeZone(), readerPreferences()]);
  const shown =
    preferences.dateStyle === "relative" ? relativeTime(value, Date.now(), locale) : asWritten(format.dateTime(value, withTime ? DATE_WITH_TIME : DATE_ONLY), locale);
  return (
    <time dateTime={value.toISOString()} title={withZone(asWritten(format.dateTime(value, DATE_EXACT), locale), timeZone)}>
      {shown}
    </time>
  );
}
