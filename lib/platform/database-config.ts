// Which database the server runs on, checked before it starts: a setting that cannot work stops the start with a
// message that says what to change, instead of a server that quietly runs on something else.

export type DatabaseChoice = { engine: "sqlite" } | { engine: "postgres"; url: string };

/** The refusal a start gets; the server prints its message and exits. */
export class DatabaseConfigError extends Error {}

/**
 * SQLite (DATABASE_PATH) unless DATABASE_URL names a PostgreSQL database. With DATABASE_URL every node must sign
 * sessions with the same key, so AUTH_SECRET must be set: a key generated beside a local database would differ on
 * each node and sign every member out whenever a request reached another node.
 */
export function chooseDatabase(env: Record<string, string | undefined> = process.env): DatabaseChoice {
  const url = env.DATABASE_URL?.trim();
  if (!url) return { engine: "sqlite" };
  if (!/^postgres(ql)?:\/\//i.test(url)) {
    throw new DatabaseConfigError("DATABASE_URL must be a PostgreSQL address (postgres://user:password@host:5432/name). Leave it unset to use SQLite (DATABASE_PATH).");
  }
  if (!env.AUTH_SECRET?.trim()) {
    throw new DatabaseConfigError(
      "DATABASE_URL is set, so AUTH_SECRET must be set too, to the same value on every node (for example: openssl rand -base64 32).",
    );
  }
  return { engine: "postgres", url };
}
