// The browser tests' only way into the server's database, on either engine: the SQLite file (better-sqlite3) or the
// PostgreSQL database (pg) global-setup started the server on. SQL is written once, with `?` placeholders, in the
// syntax both engines share; parameters that differ between them are mapped here (see `toEngine`).
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { registerSearchFunctions } from "@/db/search-functions";

export type ServerDbTarget = { databasePath: string; databaseUrl: string };

/** Reads and writes on one connection; inside serverTransaction() they are one transaction. */
export type ServerDb = {
  /** Every row, as objects keyed by column name (an INSERT/UPDATE … RETURNING gives its rows too). */
  rows<T>(sql: string, ...params: unknown[]): Promise<T[]>;
  /** Runs a write; the number of rows it changed. */
  run(sql: string, ...params: unknown[]): Promise<number>;
};

const INT8 = 20;

/**
 * `?` placeholders as PostgreSQL's $1..$n. Question marks inside quoted strings or identifiers stay as they are; the
 * count must match the parameters, so a placeholder swallowed by a typo fails here rather than in the server.
 */
export function numberPlaceholders(sql: string, paramCount: number): string {
  let out = "";
  let quote: string | null = null;
  let n = 0;
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = null;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (ch === "?") {
      out += `$${++n}`;
    } else {
      out += ch;
    }
  }
  if (n !== paramCount) throw new Error(`${n} placeholders but ${paramCount} parameters in: ${sql}`);
  return out;
}

/**
 * A parameter as the engine stores it: SQLite keeps flags as 0/1 and times as milliseconds (Drizzle's `boolean` and
 * `timestamp_ms` modes), PostgreSQL as `boolean` and `timestamptz`. Pass `true` or a `Date` and each engine gets its own.
 */
export function toEngine(value: unknown, engine: "sqlite" | "postgres"): unknown {
  if (engine === "postgres") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.getTime();
  return value;
}

const target = (): ServerDbTarget => ({ databasePath: inject("databasePath"), databaseUrl: inject("databaseUrl") });

/** The engine the server under test runs on. */
export const serverEngine = (): "sqlite" | "postgres" => (target().databaseUrl ? "postgres" : "sqlite");

// One pool per test file (each file runs in its own worker context), closed when the file is done.
const pools = new Map<string, pg.Pool>();

function pool(url: string): pg.Pool {
  let existing = pools.get(url);
  if (!existing) {
    existing = new pg.Pool({
      connectionString: url,
      max: 2,
      // count(*) and other bigints as numbers, as SQLite gives them; the tests never count past 2^53.
      types: { getTypeParser: ((oid: number, format?: "text" | "binary") => (oid === INT8 ? Number : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser },
    });
    pools.set(url, existing);
  }
  return existing;
}

export async function closeServerDbPools(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  await Promise.all(all.map((p) => p.end()));
}

afterAll(closeServerDbPools);

function pgDb(client: pg.Pool | pg.PoolClient): ServerDb {
  const query = (sql: string, params: unknown[]) => client.query(numberPlaceholders(sql, params.length), params.map((p) => toEngine(p, "postgres")));
  return {
    rows: async <T>(sql: string, ...params: unknown[]) => (await query(sql, params)).rows as T[],
    run: async (sql: string, ...params: unknown[]) => (await query(sql, params)).rowCount ?? 0,
  };
}

function sqliteDb(db: Database.Database): ServerDb {
  const bind = (params: unknown[]) => params.map((p) => toEngine(p, "sqlite"));
  return {
    rows: async <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...bind(params)) as T[],
    run: async (sql: string, ...params: unknown[]) => db.prepare(sql).run(...bind(params)).changes,
  };
}

/** A connection to the SQLite file as the server opens it for writes: its search functions, and waiting on its lock. */
function openSqlite(path: string, readonly: boolean): Database.Database {
  const db = new Database(path, { readonly });
  db.pragma("busy_timeout = 5000");
  if (!readonly) registerSearchFunctions(db);
  return db;
}

/** Runs `work` in one transaction on the server's database (a SQLite write transaction takes the lock at BEGIN). */
export async function serverTransaction<T>(work: (db: ServerDb) => Promise<T>, on: ServerDbTarget = target()): Promise<T> {
  if (on.databaseUrl) {
    const client = await pool(on.databaseUrl).connect();
    try {
      await client.query("BEGIN");
      const result = await work(pgDb(client));
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
  const db = openSqlite(on.databasePath, false);
  try {
    db.exec("BEGIN IMMEDIATE");
    try {
      const result = await work(sqliteDb(db));
      db.exec("COMMIT");
      return result;
    } catch (error) {
      if (db.inTransaction) db.exec("ROLLBACK");
      throw error;
    }
  } finally {
    db.close();
  }
}

/** Rows from the server's database (read-only on SQLite). */
export async function serverRows<T>(sql: string, ...params: unknown[]): Promise<T[]> {
  return serverRowsOn<T>(target(), sql, ...params);
}

/** The first row, or undefined: say so in T when a test expects none. */
export async function serverRow<T>(sql: string, ...params: unknown[]): Promise<T> {
  return (await serverRows<T>(sql, ...params))[0] as T;
}

/** A write to the server's database; the number of rows it changed. */
export async function serverRun(sql: string, ...params: unknown[]): Promise<number> {
  return serverRunOn(target(), sql, ...params);
}

export async function serverRowsOn<T>(on: ServerDbTarget, sql: string, ...params: unknown[]): Promise<T[]> {
  if (on.databaseUrl) return pgDb(pool(on.databaseUrl)).rows<T>(sql, ...params);
  const db = openSqlite(on.databasePath, true);
  try {
    return await sqliteDb(db).rows<T>(sql, ...params);
  } finally {
    db.close();
  }
}

export async function serverRunOn(on: ServerDbTarget, sql: string, ...params: unknown[]): Promise<number> {
  if (on.databaseUrl) return pgDb(pool(on.databaseUrl)).run(sql, ...params);
  const db = openSqlite(on.databasePath, false);
  try {
    return await sqliteDb(db).run(sql, ...params);
  } finally {
    db.close();
  }
}
