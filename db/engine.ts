// Which database engine this process runs on, decided once from the environment: PostgreSQL when DATABASE_URL is
// set, SQLite (DATABASE_PATH) otherwise. lib/platform/database-config.ts checks the setting before a server starts.

/** True when DATABASE_URL names the database: the tables, connection and search are PostgreSQL's. */
export function usesPostgres(env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env.DATABASE_URL?.trim());
}
