import { getFormatter, getLocale, getNow } from "next-intl/server";
import { asWritten, DATE_EXACT } from "@/lib/i18n/date-formats";

/** "5 minutes ago", machine-readable, with the exact time on hover. For pages drawn per request (the queue). */
export async function RelativeTime({ value }: { value: Date }) {
  const [format, locale, now] = await Promise.all([getFormatter(), getLocale(), getNow()]);
  return (
    <time dateTime={value.toISOString()} title={asWritten(format.dateTime(value, DATE_EXACT), locale)}>
      {format.relativeTime(value, now)}
    </time>
  );
}
