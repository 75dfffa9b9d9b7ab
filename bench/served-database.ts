// The database the app under test serves, per engine: the run's SQLite copy itself, or a throwaway PostgreSQL cluster
// (scripts/postgres/cluster.ts) that the copy is moved into with db:copy's copier. Everything the harness reads from
// the data after the start (counts, the Lighthouse thread, the search timer's database) goes through this, so it
// reads the engine actually served.
import path from "node:path";
import pg from "pg";
import { copySqliteToPostgres } from "../db/copy-pg";
import { openDatabase } from "../db";
import { startCluster, type Cluster } from "../scripts/postgres/cluster";
import { queryNumber } from "./database";
import type { Engine } from "./engines";

/** One number from the served database; `?` placeholders on both engines. */
export type NumberQuery = (sql: string, ...params: unknown[]) => Promise<number>;

/** What a PostgreSQL run adds to its result: the server, and how long moving the run's copy into it took. */
export type PostgresFacts = {
  version: string;
  database: string;
  copy: { rows: number; tables: number; copyS: number; indexesS: number; verifyS: number; totalS: number };
};

export type ServedDatabase = {
  engine: Engine;
  /** The app's and the search timer's database setting: DATABASE_PATH or DATABASE_URL (with the other one unset). */
  env: Record<string, string>;
  number: NumberQuery;
  postgres: PostgresFacts | null;
  /** Closes the harness's connection and, on PostgreSQL, stops and deletes the cluster. Safe to call twice. */
  close(): Promise<void>;
};

const BENCH_DATABASE = "rapport_bench";
const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** Process environment minus both database settings, so a DATABASE_URL in the caller's shell never picks the engine. */
export function withoutDatabaseSettings(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const { DATABASE_PATH: _path, DATABASE_URL: _url, ...rest } = env;
  return rest;
}

function sqliteServed(file: string): ServedDatabase {
  return {
    engine: "sqlite",
    env: { DATABASE_PATH: path.resolve(file) },
    number: async (sql, ...params) => queryNumber(file, sql, ...params),
    postgres: null,
    close: async () => {},
  };
}

/** `?` to `$1`, `$2`…: the harness's few queries have no question marks in their literals. */
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

/** The cluster's URL with another database name (the socket directory travels in the query string). */
function databaseUrl(clusterUrl: string, name: string): string {
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function postgresServed(sqliteFile: string): Promise<ServedDatabase> {
  console.log("Starting a throwaway PostgreSQL cluster (scripts/postgres/cluster.ts)...");
  const cluster: Cluster = await startCluster();
  let pool: pg.Pool | null = null;
  const close = async () => {
    const open = pool;
    pool = null;
    await open?.end().catch(() => {});
    await cluster.stop();
  };
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    let version: string;
    try {
      await admin.query(`CREATE DATABASE ${BENCH_DATABASE}`);
      version = String((await admin.query("SHOW server_version")).rows[0]?.server_version ?? "unknown");
    } finally {
      await admin.end();
    }
    const url = databaseUrl(cluster.url, BENCH_DATABASE);
    console.log(`Copying the run's SQLite database into PostgreSQL ${version} (db/copy-pg.ts, as npm run db:copy does)...`);
    // A cached dataset may predate the newest migrations; the copier takes only an up-to-date file (opening migrates it).
    openDatabase(sqliteFile).close();
    const copied = await copySqliteToPostgres({ from: sqliteFile, to: url });
    const facts: PostgresFacts = {
      version,
      database: BENCH_DATABASE,
      copy: {
        rows: copied.rows,
        tables: copied.tables.length,
        copyS: seconds(copied.ms.copy),
        indexesS: seconds(copied.ms.indexes),
        verifyS: seconds(copied.ms.verify),
        totalS: seconds(copied.ms.total),
      },
    };
    const c = facts.copy;
    console.log(`  copied ${c.rows.toLocaleString("en")} rows in ${c.tables} tables in ${c.totalS} s (rows ${c.copyS} s, indexes ${c.indexesS} s, checks ${c.verifyS} s)`);
    const opened = new pg.Pool({ connectionString: url, max: 1 });
    opened.on("error", () => {});
    pool = opened;
    return {
      engine: "postgres",
      env: { DATABASE_URL: url },
      number: async (sql, ...params) => {
        if (!pool) throw new Error("The benchmark's PostgreSQL connection is closed");
        const { rows } = await pool.query({ text: numbered(sql), values: params, rowMode: "array" });
        return Number((rows[0] as unknown[] | undefined)?.[0] ?? 0);
      },
      postgres: facts,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The database the run's app will serve, prepared from the run's SQLite copy (members already added). */
export async function serveDatabase(engine: Engine, sqliteFile: string): Promise<ServedDatabase> {
  return engine === "sqlite" ? sqliteServed(sqliteFile) : postgresServed(sqliteFile);
}
