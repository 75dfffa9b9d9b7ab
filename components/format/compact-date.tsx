import { getFormatter, getLocale, getTimeZone } from "next-intl/server";
import { compactDate } from "@/lib/i18n/compact-date";
import { asWritten, DATE_EXACT } from "@/lib/i18n/date-formats";

/** gnuboard's list date ("23:15" today, "25-10-25" before), with the exact time and its zone on hover. */
export async function CompactDate({ value }: { value: Date }) {
  const [format, locale, timeZone] = await Promise.all([getFormatter(), getLocale(), getTimeZone()]);
  const exact = asWritten(format.dateTime(value, DATE_EXACT), locale);
  return (
    <time dateTime={value.toISOString()} title={exact}>
      {compactDate(value, new Date(), timeZone)}
    </time>
  );
}
