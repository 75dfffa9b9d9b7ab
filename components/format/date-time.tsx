import { getFormatter } from "next-intl/server";

/** A date in the reader's locale, machine-readable, with the exact time on hover. */
export async function DateTime({ value, withTime = false }: { value: Date; withTime?: boolean }) {
  const format = await getFormatter();
  return (
    <time
      dateTime={value.toISOString()}
      title={format.dateTime(value, { dateStyle: "full", timeStyle: "long" })}
    >
      {format.dateTime(value, withTime ? { dateStyle: "medium", timeStyle: "short" } : { dateStyle: "medium" })}
    </time>
  );
}
