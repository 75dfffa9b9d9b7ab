// How dates are shown: one set of formats for the React <DateTime> and for HTML built outside React.
import type { DateTimeFormatOptions } from "next-intl";

/** The visible date of a post in lists. */
export const DATE_ONLY: DateTimeFormatOptions = { dateStyle: "medium" };
/** The visible date and time of a comment. */
export const DATE_WITH_TIME: DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" };
/** The exact moment, shown on hover. */
export const DATE_EXACT: DateTimeFormatOptions = { dateStyle: "full", timeStyle: "long" };
