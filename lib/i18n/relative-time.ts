// "3 hours ago" / "3시간 전": a past moment said relative to now, by the runtime's own Intl.RelativeTimeFormat.

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
  ["second", 1],
];

/** Under this many seconds the moment is "now" ("지금"): a count of seconds would be stale by the time it is read. */
const JUST_NOW_S = 45;

const formats = new Map<string, Intl.RelativeTimeFormat>();

/** `value` relative to `now` in `locale`, in the largest whole unit: "2 days ago", "어제", "now". */
export function relativeTime(value: Date, now: number, locale: string): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
    formats.set(locale, format);
  }
  const seconds = Math.round((value.getTime() - now) / 1000);
  if (Math.abs(seconds) < JUST_NOW_S) return format.format(0, "second");
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, "second");
}
