// Applying db/migrations-pg to a PostgreSQL database: the schema (db/schema-pg.ts) and the search indexes.
import path from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import type pg from "pg";

export const PG_MIGRATIONS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations-pg");

/** Brings the database up to date; what has run is recorded in drizzle.__drizzle_migrations, as drizzle-kit does. */
export async function migratePostgres(pool: pg.Pool): Promise<void> {
  await migrate(drizzle(pool), { migrationsFolder: PG_MIGRATIONS_FOLDER });
}
