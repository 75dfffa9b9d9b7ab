// Applying db/migrations-pg to a PostgreSQL database: the schema (db/schema-pg.ts) and the search indexes.
import path from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import type pg from "pg";

export const PG_MIGRATIONS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations-pg");

/** Any constant works; it names the lock that every Rapport node takes while it migrates. */
const MIGRATION_LOCK = 7_043_511;

/**
 * Brings the database up to date; what has run is recorded in drizzle.__drizzle_migrations, as drizzle-kit does.
 * Nodes that start together take turns (an advisory lock), so the second finds the work done instead of racing it.
 */
export async function migratePostgres(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    try {
      await migrate(drizzle({ client }), { migrationsFolder: PG_MIGRATIONS_FOLDER });
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
