// gnuboard's compact list date: the time for today's writing ("23:15"), the two-digit year, month and day otherwise
// ("25-10-25"). Both languages write it the same way; "today" is the reader's day in the site's time zone.

type Parts = { year: string; month: string; day: string; hour: string; minute: string };

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(value: Date, timeZone: string): Parts {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, year: "2-digit", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(value)) parts[part.type] = part.value;
  return parts as Parts;
}

/** `value` as a compact list shows it, seen at `now` in `timeZone`. */
export function compactDate(value: Date, now: Date, timeZone: string): string {
  const at = partsIn(value, timeZone);
  const today = partsIn(now, timeZone);
  const sameDay = at.year === today.year && at.month === today.month && at.day === today.day;
  return sameDay ? `${at.hour}:${at.minute}` : `${at.year}-${at.month}-${at.day}`;
}
