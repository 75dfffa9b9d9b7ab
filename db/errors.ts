// What a failed statement means, whichever engine refused it. Drizzle wraps the driver's error in its own
// ("Failed query: …"), with the driver's error as the cause.

/** The driver's own error behind a failed query. */
export function driverError(error: unknown): (Error & { code?: unknown }) | undefined {
  if (!(error instanceof Error)) return undefined;
  return error.cause instanceof Error ? (error.cause as Error & { code?: unknown }) : (error as Error & { code?: unknown });
}

/** Whether a write broke a unique index or primary key; `column` narrows it to an index that names that column. */
export function isUniqueViolation(error: unknown, column?: string): boolean {
  const cause = driverError(error);
  if (!cause) return false;
  const unique = cause.code === "SQLITE_CONSTRAINT_UNIQUE" || cause.code === "SQLITE_CONSTRAINT_PRIMARYKEY" || cause.code === "23505";
  return unique && (column === undefined || cause.message.includes(column) || String((cause as { constraint?: unknown }).constraint ?? "").includes(column));
}
