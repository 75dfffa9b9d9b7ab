// The SQLite connection: opened once per process, tuned, and migrated before first use.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";
import { makePrivate, privately } from "./file-modes";
import { registerSearchFunctions } from "./search-functions";

export const DEFAULT_DATABASE_PATH = "./data/rapport.db";
export const MIGRATIONS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");
const BUSY_TIMEOUT_MS = 5000;

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** The handle a `db.transaction()` callback receives, for lib functions that write inside a caller's transaction. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

type Connection = { db: Db; sqlite: Database.Database; file: string };

// Kept on globalThis so that module reloading in development does not open a second connection.
const holder = globalThis as typeof globalThis & { __rapportDb?: Connection };

export function databasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
}

export function openDatabase(file: string): Connection {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Opened and switched to WAL under a private umask, so the file, its -wal and -shm are created 0600.
  const sqlite = privately(() => {
    const opened = new Database(file);
    opened.pragma("journal_mode = WAL");
    return opened;
  });
  makePrivate(file);
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  sqlite.pragma("foreign_keys = ON");
  registerSearchFunctions(sqlite);
  const db = drizzle(sqlite, { schema }) as Db;
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return { db, sqlite, file };
}

function connection(): Connection {
  const file = databasePath();
  if (!holder.__rapportDb || holder.__rapportDb.file !== file) {
    holder.__rapportDb?.sqlite.close();
    holder.__rapportDb = openDatabase(file);
  }
  return holder.__rapportDb;
}

/** The process's Drizzle database. */
export function getDb(): Db {
  return connection().db;
}

/** The raw better-sqlite3 handle, for pragmas, backups and bulk loads. */
export function getSqlite(): Database.Database {
  return connection().sqlite;
}

export function closeDatabase(): void {
  holder.__rapportDb?.sqlite.close();
  holder.__rapportDb = undefined;
}

export { schema };
