// Whether this process can serve: the database answers and every migration shipped with the code has run.
import "server-only";
import fs from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { getPgClient, getSqlite, MIGRATIONS_FOLDER, usesPostgres } from "@/db";
import { PG_MIGRATIONS_FOLDER } from "@/db/migrate-pg";

export const HEALTHY_STATUS = 200;
export const UNHEALTHY_STATUS = 503;

export type HealthReport =
  | { status: "ok"; database: "ok"; migrations: "current" }
  | { status: "unavailable"; database: "unreachable"; reason: string }
  | { status: "unavailable"; database: "ok"; migrations: "pending" | "unknown"; reason: string; pending?: string[] };

type JournalEntry = { tag: string; when: number };

/** The health of the database this process runs on (the /api/health answer). Never throws. */
export async function checkDatabaseHealth(): Promise<HealthReport> {
  if (!usesPostgres()) return checkHealth();
  let applied: Set<number>;
  try {
    const { rows } = await getPgClient().query("SELECT created_at FROM drizzle.__drizzle_migrations");
    applied = new Set(rows.map((row: { created_at: unknown }) => Number(row.created_at)));
  } catch (error) {
    return unreachable(error);
  }
  return judge(applied, PG_MIGRATIONS_FOLDER);
}

/**
 * SQLite's health. Never throws: a failure of any kind is the answer. `open` is the connection to check (the app's
 * by default), so tests can hand in a broken or half-migrated one.
 */
export function checkHealth(
  open: () => Database.Database = getSqlite,
  migrationsFolder: string = MIGRATIONS_FOLDER,
): HealthReport {
  let applied: Set<number>;
  try {
    applied = appliedMigrations(open());
  } catch (error) {
    return unreachable(error);
  }
  return judge(applied, migrationsFolder);
}

function unreachable(error: unknown): HealthReport {
  // The details (paths, driver messages) go to the server log, not to whoever asks the public endpoint.
  console.error("Rapport: health check could not query the database.", error);
  return { status: "unavailable", database: "unreachable", reason: "database unreachable" };
}

/** Compares the migrations a database has recorded with the journal shipped in `migrationsFolder`. */
function judge(applied: Set<number>, migrationsFolder: string): HealthReport {
  let journal: JournalEntry[];
  try {
    journal = readJournal(migrationsFolder);
  } catch (error) {
    console.error("Rapport: health check could not read the migration journal.", error);
    return { status: "unavailable", database: "ok", migrations: "unknown", reason: "migration journal unreadable" };
  }

  const pending = journal.filter((entry) => !applied.has(entry.when)).map((entry) => entry.tag);
  if (pending.length > 0) {
    return { status: "unavailable", database: "ok", migrations: "pending", reason: "migrations pending", pending };
  }
  return { status: "ok", database: "ok", migrations: "current" };
}

/**
 * The journal `when` of every recorded migration. Drizzle's migrator records each one as (hash of its SQL,
 * created_at = the journal's `when`) and decides what to run from the newest row alone; checking every entry
 * instead means a gap in the table shows up here rather than passing silently.
 */
function appliedMigrations(sqlite: Database.Database): Set<number> {
  // Also the query that proves the database answers; a never-migrated file has no table yet.
  const tableExists = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!tableExists) return new Set();
  return new Set((sqlite.prepare("SELECT created_at FROM __drizzle_migrations").pluck().all() as unknown[]).map(Number));
}

function readJournal(folder: string): JournalEntry[] {
  const journal = JSON.parse(fs.readFileSync(path.join(folder, "meta", "_journal.json"), "utf8")) as {
    entries: JournalEntry[];
  };
  return journal.entries;
}
