// The database: one asynchronous Drizzle interface for the whole app, over SQLite (the default, DATABASE_PATH) or
// PostgreSQL (DATABASE_URL, db/postgres.ts), opened once per process and migrated before first use.
//
// Every query is awaited, so pages, actions and lib code are written the same way whatever engine runs them.
// better-sqlite3 itself is synchronous; to give its async interface real isolation, the process keeps two
// connections to the file:
//
// - the *writer* runs every statement that writes and every transaction. One async lock admits one transaction
//   (or one lone write) at a time, for as long as it is open, including across its awaits;
// - the *reader* runs every other read. In WAL mode it sees only committed data, so a read made while another
//   request's transaction is open never sees that transaction's uncommitted writes.
//
// Statements inside a transaction find their way to the writer through AsyncLocalStorage, so a transaction's own
// reads see its own writes. Drizzle's `db.transaction(async (tx) => …)` is the interface; nested calls become
// savepoints.
import { AsyncLocalStorage } from "node:async_hooks";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle as drizzleSync, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { is, type SQL } from "drizzle-orm";
import { PgSelectBase } from "drizzle-orm/pg-core";
import { SQLiteAsyncDialect, SQLiteSelectBase } from "drizzle-orm/sqlite-core";
import { drizzle as drizzleAsync, type SqliteRemoteDatabase } from "drizzle-orm/sqlite-proxy";
import { usesPostgres } from "./engine";
import * as schema from "./schema-sqlite";
import { makePrivate, privately } from "./file-modes";
import { openPostgres, type PgConnection, type Queryable } from "./postgres";
import { registerSearchFunctions } from "./search-functions";
import { WriteLock } from "./write-lock";

export const DEFAULT_DATABASE_PATH = "./data/rapport.db";
export const MIGRATIONS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");
const BUSY_TIMEOUT_MS = 5000;
/** Prepared statements kept per connection; Drizzle builds the same SQL text for the same query shape. */
const STATEMENT_CACHE_SIZE = 1000;

type Schema = typeof schema;

/** The app's database: Drizzle's asynchronous interface, with a transaction that takes an async callback. */
export type Db = Omit<SqliteRemoteDatabase<Schema>, "transaction"> & {
  // Every SQLite transaction begins IMMEDIATE, so Drizzle's `behavior` option has nothing to choose.
  transaction<T>(work: (tx: Db) => Promise<T>, config?: { behavior?: "deferred" | "immediate" | "exclusive" }): Promise<T>;
};

/** The handle a `db.transaction()` callback receives, for lib functions that write inside a caller's transaction. */
export type Tx = Db;

/** SQLite only: a synchronous Drizzle handle on the writer connection, for scripts and test factories. */
export type SyncDb = BetterSQLite3Database<Schema> & { $client: Database.Database };

export type Connection = {
  db: Db;
  rows: <T>(query: SQL) => Promise<T[]>;
  syncDb: SyncDb;
  /** The writer connection: the one scripts that own the process use directly. */
  sqlite: Database.Database;
  /** The reader connection, opened by the first read that needs it: scripts that only use `sqlite` never open it. */
  reader(): Database.Database;
  /** Closes both connections. */
  close(): void;
  lock: WriteLock;
  file: string;
};

/** Listeners to every statement run, for tests that explain query plans (traceStatements). */
const statementListeners = new Set<(sql: string) => void>();

/**
 * Calls `listener` with the SQL of every statement the app's database runs, until the returned function is called:
 * for tests that check which indexes the app's queries use.
 */
export function traceStatements(listener: (sql: string) => void): () => void {
  statementListeners.add(listener);
  return () => statementListeners.delete(listener);
}

/** The open transaction a statement belongs to, if any; `open` turns false at commit or rollback. */
type TransactionContext = { open: boolean; depth: number };
const currentTransaction = new AsyncLocalStorage<TransactionContext>();

// Kept on globalThis so that module reloading in development does not open a second connection.
const holder = globalThis as typeof globalThis & { __rapportDb?: Connection; __rapportPg?: PgConnection };

export function databasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
}

function openConnection(file: string): Database.Database {
  const sqlite = new Database(file);
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  sqlite.pragma("foreign_keys = ON");
  registerSearchFunctions(sqlite);
  return sqlite;
}

/** A statement cache for one connection: prepared once per SQL text, the oldest dropped when it is full. */
function statementsOf(connect: () => Database.Database): (sql: string) => Database.Statement {
  const cache = new Map<string, Database.Statement>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = connect().prepare(sql);
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      cache.set(sql, statement);
    }
    return statement;
  };
}

type Method = "run" | "all" | "values" | "get";

/** Runs a statement; rows come as arrays of values (what Drizzle maps to fields), or as objects for raw SQL. */
function execute(statement: Database.Statement, params: unknown[], method: Method, objects = false): { rows: unknown[] } {
  if (method === "run" || !statement.reader) {
    statement.run(...params);
    return { rows: [] };
  }
  statement.raw(!objects);
  if (method === "get") return { rows: statement.get(...params) as unknown[] };
  return { rows: statement.all(...params) };
}

export function openDatabase(file: string): Connection {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Opened and switched to WAL under a private umask, so the file, its -wal and -shm are created 0600.
  const writer = privately(() => {
    const opened = openConnection(file);
    opened.pragma("journal_mode = WAL");
    return opened;
  });
  makePrivate(file);
  const syncDb = drizzleSync(writer, { schema }) as SyncDb;
  migrate(syncDb, { migrationsFolder: MIGRATIONS_FOLDER });

  let readConnection: Database.Database | undefined;
  const reader = () => {
    if (!readConnection) {
      readConnection = openConnection(file);
      readConnection.pragma("query_only = ON");
    }
    return readConnection;
  };
  const onWriter = statementsOf(() => writer);
  const onReader = statementsOf(reader);
  const lock = new WriteLock();

  const run = async (sql: string, params: unknown[], method: Method, objects = false) => {
    for (const listener of statementListeners) listener(sql);
    // Prepared on the writer first, which also says whether it writes: the reader only ever prepares reads.
    const onTheWriter = onWriter(sql);
    if (currentTransaction.getStore()?.open) return execute(onTheWriter, params, method, objects);
    if (onTheWriter.readonly) return execute(onReader(sql), params, method, objects);
    return lock.run(() => execute(onTheWriter, params, method, objects));
  };
  const db = drizzleAsync((sql, params, method) => run(sql, params, method), { schema }) as unknown as Db;
  const dialect = new SQLiteAsyncDialect();
  const rows = async <T>(query: SQL): Promise<T[]> => {
    const { sql, params } = dialect.sqlToQuery(query);
    return (await run(sql, params, "all", true)).rows as T[];
  };

  db.transaction = async <T>(work: (tx: Db) => Promise<T>): Promise<T> => {
    const outer = currentTransaction.getStore();
    if (outer?.open) {
      const savepoint = `sp${outer.depth}`;
      writer.exec(`SAVEPOINT ${savepoint}`);
      try {
        const result = await currentTransaction.run({ open: true, depth: outer.depth + 1 }, () => work(db));
        writer.exec(`RELEASE ${savepoint}`);
        return result;
      } catch (error) {
        writer.exec(`ROLLBACK TO ${savepoint}`);
        writer.exec(`RELEASE ${savepoint}`);
        throw error;
      }
    }
    return lock.run(async () => {
      const context: TransactionContext = { open: true, depth: 1 };
      writer.exec("BEGIN IMMEDIATE");
      try {
        const result = await currentTransaction.run(context, () => work(db));
        context.open = false;
        writer.exec("COMMIT");
        return result;
      } catch (error) {
        context.open = false;
        if (writer.inTransaction) writer.exec("ROLLBACK");
        throw error;
      }
    });
  };

  const close = () => {
    readConnection?.close();
    writer.close();
  };
  return { db, rows, syncDb, sqlite: writer, reader, close, lock, file };
}

function connection(): Connection {
  if (usesPostgres()) throw new Error("This needs SQLite, but DATABASE_URL selects PostgreSQL.");
  const file = databasePath();
  if (!holder.__rapportDb || holder.__rapportDb.file !== file) {
    closeSqlite();
    holder.__rapportDb = openDatabase(file);
  }
  return holder.__rapportDb;
}

/** The PostgreSQL connection DATABASE_URL names, opened (and migrated) on first use. */
function postgres(): PgConnection {
  const url = process.env.DATABASE_URL!.trim();
  if (!holder.__rapportPg || holder.__rapportPg.url !== url) {
    void holder.__rapportPg?.close();
    const opened = openPostgres(url, (sql) => {
      for (const listener of statementListeners) listener(sql);
    });
    const db = opened.db as unknown as Db;
    db.transaction = <T>(work: (tx: Db) => Promise<T>) => opened.transaction(() => work(db));
    holder.__rapportPg = { ...opened, db: db as unknown as PgConnection["db"] };
  }
  return holder.__rapportPg;
}

/** The process's database. */
export function getDb(): Db {
  return (usesPostgres() ? postgres().db : connection().db) as Db;
}

/** Resolves once the database is open and migrated (at once on SQLite): for a server that checks before it listens. */
export async function databaseReady(): Promise<void> {
  if (usesPostgres()) await postgres().ready;
  else connection();
}

/**
 * The first row a query gives, or undefined: a select is limited to one row first; an insert, update or delete
 * `.returning()` rows gives its first. The portable form of SQLite's `.get()`, which PostgreSQL's builders lack.
 */
export async function first<T>(query: PromiseLike<T[]>): Promise<T | undefined> {
  const select = is(query, SQLiteSelectBase) || is(query, PgSelectBase);
  const rows = await (select ? (query as unknown as { limit(n: number): PromiseLike<T[]> }).limit(1) : query);
  return rows[0];
}

/** The row an insert (or update) `.returning()` gives when it must give one: a missing row is a bug, not a refusal. */
export async function returned<T>(query: PromiseLike<T[]>): Promise<T> {
  const [row] = await query;
  if (row === undefined) throw new Error("The statement returned no row.");
  return row;
}

/**
 * The rows of one raw SQL query, as objects named by its columns: for the few queries the builder cannot express.
 * The SQL must read the same on both engines; cast counts (`CAST(count(*) AS integer)`), which PostgreSQL returns as
 * text-encoded bigints otherwise.
 */
export function selectRows<T>(query: SQL): Promise<T[]> {
  return usesPostgres() ? postgres().rows<T>(query) : connection().rows<T>(query);
}

/** PostgreSQL only: statements outside any transaction, for stores that speak pg's client (the rate limiters). */
export function getPgClient(): Queryable {
  return postgres().autocommit;
}

/**
 * SQLite only: runs synchronous work on the raw writer connection while holding the write lock, so it never lands
 * inside another request's open transaction: bulk loads, index rebuilds, rate-limit clean-up.
 */
export function withWriter<T>(work: (sqlite: Database.Database) => T): Promise<T> {
  const { sqlite, lock } = connection();
  return lock.run(async () => work(sqlite));
}

/** SQLite only: the raw reader connection, for read-only SQL Drizzle cannot express (full-text search, pragmas). */
export function getReadSqlite(): Database.Database {
  return connection().reader();
}

/**
 * SQLite only: the raw writer connection, for scripts that own the process (migrate, seed, backup) and for stores
 * that only speak better-sqlite3 (the rate limiters). Request code writes through `getDb()` or `withWriter()`.
 */
export function getSqlite(): Database.Database {
  return connection().sqlite;
}

/** SQLite only: synchronous Drizzle on the writer connection, for scripts and test factories. */
export function getSyncDb(): SyncDb {
  return connection().syncDb;
}

function closeSqlite(): void {
  holder.__rapportDb?.close();
  holder.__rapportDb = undefined;
}

/** Closes the process's database: SQLite at once, PostgreSQL's pool once its statements have finished. */
export async function closeDatabase(): Promise<void> {
  closeSqlite();
  const pg = holder.__rapportPg;
  holder.__rapportPg = undefined;
  await pg?.close();
}

export { usesPostgres };
