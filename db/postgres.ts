// The PostgreSQL connection (DATABASE_URL): a pool, migrated before its first statement, behind the same Drizzle
// interface the app uses on SQLite (db/index.ts).
//
// Drizzle's node-postgres driver is given a small client of our own instead of the pool. Its `query` sends a
// statement to the connection of the transaction the caller is in, found through AsyncLocalStorage, or else to any
// pooled connection. So, as on SQLite, a lib function that calls `getDb()` inside a caller's
// `db.transaction(async (tx) => …)` writes in that transaction, and nested transactions are savepoints.
//
// PostgreSQL runs transactions at READ COMMITTED: concurrent requests never see each other's uncommitted writes, and
// counters stay exact because every counter change is one `x = x + d` statement, which PostgreSQL applies to the
// latest committed row (tests/db/transactions.test.ts runs on both engines).
import { AsyncLocalStorage } from "node:async_hooks";
import { drizzle } from "drizzle-orm/node-postgres";
import type { SQL } from "drizzle-orm";
import pg from "pg";
import { migratePostgres } from "./migrate-pg";
import * as pgSchema from "./schema-pg";

/** Connections per node. Several nodes share one server, whose default limit is 100 connections. */
export const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE) || 10;

/** The part of pg's client Drizzle and rate-limiter-flexible call. */
export type Queryable = { query(config: string | pg.QueryConfig, values?: unknown[]): Promise<pg.QueryResult> };

type TransactionContext = { client: pg.PoolClient; open: boolean; depth: number };

export type PgConnection = {
  /** Drizzle over PostgreSQL, typed as the app's Db by db/index.ts. */
  db: ReturnType<typeof drizzle<typeof pgSchema>>;
  rows<T>(query: SQL): Promise<T[]>;
  transaction<T>(work: () => Promise<T>): Promise<T>;
  /** Statements outside any transaction, each on whichever pooled connection is free (the rate limiters). */
  autocommit: Queryable;
  pool: pg.Pool;
  url: string;
  /** Settles when the migrations have run; every statement waits for it. */
  ready: Promise<void>;
  close(): Promise<void>;
};

/**
 * PostgreSQL's text cannot hold U+0000, and a parameter with one fails the whole statement, where SQLite would store
 * or compare it. Such a character becomes U+FFFD, as `db:copy` does with stored text: a lookup by a name with one
 * matches nothing (no stored text has one), and text written with one keeps everything else.
 */
function withoutNul(values: unknown[] | undefined): unknown[] | undefined {
  if (!values?.some((v) => typeof v === "string" && v.includes("\u0000"))) return values;
  return values.map((v) => (typeof v === "string" ? v.replaceAll("\u0000", "\uFFFD") : v));
}

/** A query whose own values (rate-limiter-flexible puts them in the config) are cleaned as withoutNul() does. */
function cleaned(config: string | pg.QueryConfig): pg.QueryConfig {
  if (typeof config === "string") return { text: config };
  return config.values ? { ...config, values: withoutNul(config.values) } : config;
}

export function openPostgres(url: string, onStatement: (sql: string) => void): PgConnection {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
  // An idle connection that the server drops (restart, failover) is replaced; without a listener it would crash us.
  pool.on("error", () => {});
  const ready = migratePostgres(pool);
  // Until a caller awaits a statement, a failed migration is reported by that statement, not as an unhandled rejection.
  ready.catch(() => {});
  const current = new AsyncLocalStorage<TransactionContext>();

  const autocommit: Queryable = {
    async query(config, values) {
      await ready;
      return pool.query(cleaned(config), withoutNul(values));
    },
  };
  const routed: Queryable = {
    async query(config, values) {
      await ready;
      onStatement(typeof config === "string" ? config : config.text);
      const transaction = current.getStore();
      if (transaction?.open) return transaction.client.query(cleaned(config), withoutNul(values));
      return pool.query(cleaned(config), withoutNul(values));
    },
  };
  const db = drizzle({ client: routed as unknown as pg.Pool, schema: pgSchema });

  const transaction = async <T>(work: () => Promise<T>): Promise<T> => {
    const outer = current.getStore();
    if (outer?.open) {
      const savepoint = `sp${outer.depth}`;
      await outer.client.query(`SAVEPOINT ${savepoint}`);
      try {
        const result = await current.run({ ...outer, depth: outer.depth + 1 }, work);
        await outer.client.query(`RELEASE SAVEPOINT ${savepoint}`);
        return result;
      } catch (error) {
        await outer.client.query(`ROLLBACK TO SAVEPOINT ${savepoint}`);
        await outer.client.query(`RELEASE SAVEPOINT ${savepoint}`);
        throw error;
      }
    }
    await ready;
    const client = await pool.connect();
    const context: TransactionContext = { client, open: true, depth: 1 };
    let broken: Error | undefined;
    try {
      await client.query("BEGIN");
      const result = await current.run(context, work);
      context.open = false;
      await client.query("COMMIT");
      return result;
    } catch (error) {
      context.open = false;
      try {
        await client.query("ROLLBACK");
      } catch (rollbackError) {
        // The connection itself failed: it goes back to the pool destroyed, not reused.
        broken = rollbackError as Error;
      }
      throw error;
    } finally {
      client.release(broken);
    }
  };

  const rows = async <T>(query: SQL): Promise<T[]> => (await db.execute(query)).rows as T[];

  return { db, rows, transaction, autocommit, pool, url, ready, close: () => pool.end() };
}
