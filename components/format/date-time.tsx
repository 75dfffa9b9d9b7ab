import { getFormatter, getLocale } from "next-intl/server";
import { asWritten, DATE_EXACT, DATE_ONLY, DATE_WITH_TIME } from "@/lib/i18n/date-formats";

/** A date in the reader's locale, machine-readable, with the exact time on hover. */
export async function DateTime({ value, withTime = false }: { value: Date; withTime?: boolean }) {
  const [format, locale] = await Promise.all([getFormatter(), getLocale()]);
  return (
    <time dateTime={value.toISOString()} title={asWritten(format.dateTime(value, DATE_EXACT), locale)}>
      {asWritten(format.dateTime(value, withTime ? DATE_WITH_TIME : DATE_ONLY), locale)}
    </time>
  );
}
