// How dates are shown: one set of formats for the React <DateTime> and for HTML built outside React.
import type { DateTimeFormatOptions } from "next-intl";

/** The visible date of a post in lists. */
export const DATE_ONLY: DateTimeFormatOptions = { dateStyle: "medium" };
/** The visible date and time of a comment. */
export const DATE_WITH_TIME: DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" };
/** The exact moment, shown on hover. */
export const DATE_EXACT: DateTimeFormatOptions = { dateStyle: "full", timeStyle: "long" };

/**
 * A formatted time as the reader's language writes it. Recent CLDR gives Korean's short day periods as "AM" and "PM"
 * ("PM 3:01"); Korean sites, gnuboard among them, write "오후 3:01". Other languages come back as formatted.
 */
export function asWritten(formatted: string, locale: string): string {
  return locale === "ko" ? formatted.replace(/\bAM\b/g, "오전").replace(/\bPM\b/g, "오후") : formatted;
}

/** The exact time followed by the zone it is in, for a title: "…3:01:00 PM GMT+9 (Asia/Seoul)". */
export function withZone(exact: string, timeZone: string): string {
  return `${exact} (${timeZone})`;
}
