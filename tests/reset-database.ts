// Empties the test database back to its freshly migrated state, whatever tables the migrations have added.
import type Database from "better-sqlite3";
import { getPgClient, usesPostgres, withWriter } from "@/db";

/** The migrator's record of what it has applied: wiping it would make the next connection migrate again. */
const MIGRATIONS_TABLE = "__drizzle_migrations";

type Table = { name: string; type: string; sql: string };

/**
 * Deletes every row the tests could have written. The tables are read from the schema,
 * so a table added by a new migration is wiped without anyone remembering to list it.
 */
export async function resetDatabase(): Promise<void> {
  if (usesPostgres()) return resetPostgres();
  // On the writer, holding its lock, so no write of the app's lands in the middle.
  await withWriter(resetSqlite);
}

/** Every table of the public schema (the migrations' record lives in the drizzle schema), ids starting again at 1. */
async function resetPostgres(): Promise<void> {
  const client = getPgClient();
  const { rows } = await client.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
  const names = rows.map((row: { tablename: string }) => `"${row.tablename}"`).join(", ");
  if (names) await client.query(`TRUNCATE ${names} RESTART IDENTITY CASCADE`);
}

function resetSqlite(sqlite: Database.Database): void {
  // table_list's type tells plain tables from virtual ones and from the FTS5 shadow tables,
  // which only their virtual table may write to.
  const tables = sqlite
    .prepare(
      `SELECT t.name, t.type, m.sql FROM pragma_table_list t JOIN sqlite_master m ON m.name = t.name
       WHERE t.schema = 'main' AND t.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND t.name <> ?`,
    )
    .all(MIGRATIONS_TABLE) as Table[];
  const plainTables = tables.filter((t) => t.type === "table");
  // fts5vocab tables are views over an index and hold no rows of their own.
  const searchIndexes = tables.filter((t) => t.type === "virtual" && /\bUSING\s+fts5\s*\(/i.test(t.sql));

  // Without foreign keys the order of the deletes does not matter. SQLite ignores this pragma
  // inside a transaction, so it is switched around the transaction, not in it.
  sqlite.pragma("foreign_keys = OFF");
  try {
    sqlite.transaction(() => {
      for (const { name } of plainTables) sqlite.exec(`DELETE FROM "${name}"`);
      for (const { name } of searchIndexes) sqlite.exec(`INSERT INTO "${name}"("${name}") VALUES ('delete-all')`);
      sqlite.exec("DELETE FROM sqlite_sequence");
    })();
  } finally {
    sqlite.pragma("foreign_keys = ON");
  }
}
