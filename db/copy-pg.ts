// Copying a SQLite community into an empty PostgreSQL database (`npm run db:copy`, scripts/db-copy.ts).
//
// The target gets db/migrations-pg, then every table in foreign-key order, in batches of one INSERT … SELECT FROM
// unnest() each (one array parameter per column, so a batch of thousands of rows is one round trip), converting
// values by the two schemas: timestamp_ms integers to timestamptz, 0/1 to booleans, JSON text to jsonb. Secondary
// indexes (the search indexes among them) are dropped for the copy and built again after it, which is the search
// data's rebuild; identity sequences are moved past the copied ids. Everything after the migration is one
// transaction, verified before it commits (row counts per table, and a full counter recount, db/counters-pg.ts):
// a failed copy leaves the target's tables empty, so it can be run again.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { is } from "drizzle-orm";
import { getTableConfig, PgTable, type PgColumn } from "drizzle-orm/pg-core";
import pg from "pg";
import { counterMismatches } from "./counters";
import { pgCounterMismatches } from "./counters-pg";
import { migratePostgres } from "./migrate-pg";
import * as pgSchema from "./schema-pg";

export const COPY_BATCH_ROWS = 5_000;

/** Why a copy did not start or did not finish, in words for the operator; the CLI exits 2 for these. */
export class CopyRefusal extends Error {
  override name = "CopyRefusal";
}

export type CopyProgress =
  | { phase: "start"; tables: { name: string; rows: number }[]; totalRows: number }
  | { phase: "table"; table: string; done: number; rows: number; totalDone: number; totalRows: number }
  | { phase: "tableDone"; table: string; rows: number; ms: number }
  | { phase: "indexes"; count: number }
  | { phase: "indexesDone"; ms: number }
  | { phase: "verify" };

export type CopyResult = {
  tables: { name: string; rows: number; ms: number }[];
  rows: number;
  /** Characters PostgreSQL cannot store in text (NUL), replaced by U+FFFD. */
  replacedNuls: number;
  /** Counter mismatches the source already had (copied as they were); empty when its counters were right. */
  inheritedCounterMismatches: string[];
  ms: { copy: number; indexes: number; verify: number; total: number };
};

export type CopyOptions = { from: string; to: string; batchRows?: number; onProgress?: (event: CopyProgress) => void };

type ColumnPlan = { name: string; arrayType: string; convert: (value: unknown) => unknown };
type TablePlan = { name: string; columns: ColumnPlan[]; hasIdentity: boolean };

const SQLITE_MIGRATIONS_JOURNAL = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations", "meta", "_journal.json");

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The PostgreSQL tables, parents before children (every foreign key points to an earlier table). */
export function tablesInForeignKeyOrder(): PgTable[] {
  const tables = (Object.values(pgSchema) as unknown[]).filter((v): v is PgTable => is(v, PgTable));
  const byName = new Map(tables.map((t) => [getTableConfig(t).name, t]));
  const ordered: PgTable[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (name: string) => {
    if (state.get(name) === "done") return;
    if (state.get(name) === "visiting") throw new Error(`foreign keys form a cycle through ${name}`);
    state.set(name, "visiting");
    const config = getTableConfig(byName.get(name)!);
    for (const fk of config.foreignKeys) {
      const parent = getTableConfig(fk.reference().foreignTable).name;
      if (parent !== name) visit(parent);
    }
    state.set(name, "done");
    ordered.push(byName.get(name)!);
  };
  for (const name of [...byName.keys()].sort()) visit(name);
  return ordered;
}

function planTable(table: PgTable, counter: { nuls: number }): TablePlan {
  const config = getTableConfig(table);
  const text = (value: unknown) => {
    if (typeof value !== "string" || !value.includes("\u0000")) return value;
    counter.nuls += value.split("\u0000").length - 1;
    return value.replaceAll("\u0000", "\uFFFD");
  };
  const columns = config.columns.map((column: PgColumn): ColumnPlan => {
    switch (column.columnType) {
      case "PgTimestamp":
        return {
          name: column.name,
          arrayType: "timestamptz[]",
          convert: (v) => (v === null ? null : new Date(Math.trunc(typeof v === "string" ? Number(v) : (v as number)))),
        };
      case "PgBoolean":
        return { name: column.name, arrayType: "boolean[]", convert: (v) => (v === null ? null : Boolean(v)) };
      case "PgJsonb":
        return { name: column.name, arrayType: "jsonb[]", convert: text };
      case "PgInteger":
        return { name: column.name, arrayType: "integer[]", convert: (v) => v };
      case "PgBigInt53":
        return { name: column.name, arrayType: "bigint[]", convert: (v) => v };
      case "PgText":
        return { name: column.name, arrayType: "text[]", convert: text };
      default:
        throw new Error(`db:copy does not know how to copy ${config.name}.${column.name} (${column.columnType}): teach db/copy-pg.ts`);
    }
  });
  const hasIdentity = config.columns.some((c) => c.name === "id" && c.columnType === "PgInteger" && c.primary);
  return { name: config.name, columns, hasIdentity };
}

function openSource(file: string): Database.Database {
  if (!fs.existsSync(file)) throw new CopyRefusal(`There is no SQLite database at ${file} (give one with --from, or set DATABASE_PATH).`);
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  const applied = sqlite.prepare("SELECT count(*) FROM sqlite_master WHERE name = '__drizzle_migrations'").pluck().get() as number;
  if (applied === 0) {
    sqlite.close();
    throw new CopyRefusal(`${file} is not a Rapport database (it has no migrations table).`);
  }
  const journal = JSON.parse(fs.readFileSync(SQLITE_MIGRATIONS_JOURNAL, "utf8")) as { entries: unknown[] };
  const done = sqlite.prepare("SELECT count(*) FROM __drizzle_migrations").pluck().get() as number;
  if (done < journal.entries.length) {
    sqlite.close();
    throw new CopyRefusal(
      `${file} has ${done} of this version's ${journal.entries.length} migrations: bring it up to date first ` +
        `(DATABASE_PATH=${file} npm run db:migrate), then copy.`,
    );
  }
  if (done > journal.entries.length) {
    sqlite.close();
    throw new CopyRefusal(
      `${file} has ${done} migrations, more than this version's ${journal.entries.length}: it was written by a newer Rapport. ` +
        "Copy it with that version, so no column is left behind.",
    );
  }
  return sqlite;
}

/** Refuses unless every table of the target's public schema is a Rapport table with no rows (or there are none). */
async function checkEmpty(client: pg.PoolClient, ours: Set<string>): Promise<void> {
  const { rows } = await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
  const foreign = rows.map((r) => r.name).filter((n) => !ours.has(n));
  if (foreign.length) {
    throw new CopyRefusal(
      `The target database is not empty: it has tables Rapport does not use (${foreign.slice(0, 5).join(", ")}${foreign.length > 5 ? ", …" : ""}). ` +
        "db:copy only copies into an empty database: create a new one (createdb rapport) and give its URL.",
    );
  }
  const filled: string[] = [];
  for (const { name } of rows) {
    const { rows: found } = await client.query(`SELECT 1 FROM ${quote(name)} LIMIT 1`);
    if (found.length) filled.push(name);
  }
  if (filled.length) {
    throw new CopyRefusal(
      `The target database is not empty: ${filled.slice(0, 5).join(", ")}${filled.length > 5 ? ", …" : ""} already ${filled.length === 1 ? "has" : "have"} rows. ` +
        "db:copy only copies into an empty database, so that nothing there is overwritten or mixed: create a new one (createdb rapport) and give its URL.",
    );
  }
}

/** Copies the SQLite database `from` into the empty PostgreSQL database `to`; see the top of this file. */
export async function copySqliteToPostgres(options: CopyOptions): Promise<CopyResult> {
  const started = performance.now();
  const batchRows = options.batchRows ?? COPY_BATCH_ROWS;
  const emit = options.onProgress ?? (() => {});
  const sqlite = openSource(options.from);
  const pool = new pg.Pool({ connectionString: options.to, max: 1 });
  try {
    const counter = { nuls: 0 };
    const plans = tablesInForeignKeyOrder().map((t) => planTable(t, counter));
    const client = await pool.connect();
    try {
      await checkEmpty(client, new Set(plans.map((p) => p.name)));
    } finally {
      client.release();
    }
    await migratePostgres(pool);

    const sizes = plans.map((p) => ({ name: p.name, rows: sqlite.prepare(`SELECT count(*) FROM ${quote(p.name)}`).pluck().get() as number }));
    const totalRows = sizes.reduce((n, s) => n + s.rows, 0);
    emit({ phase: "start", tables: sizes, totalRows });

    const db = await pool.connect();
    const tables: CopyResult["tables"] = [];
    let indexesMs = 0;
    let verifyMs = 0;
    const copyStarted = performance.now();
    try {
      await db.query("BEGIN");
      await db.query("SET LOCAL synchronous_commit = off");
      await db.query("SET LOCAL maintenance_work_mem = '256MB'");
      await checkEmpty(db, new Set(plans.map((p) => p.name)));
      // Secondary indexes (not those behind primary keys) are built once, after the rows are in.
      const { rows: indexes } = await db.query<{ name: string; definition: string }>(
        `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
         WHERE i.schemaname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
      );
      for (const index of indexes) await db.query(`DROP INDEX ${quote(index.name)}`);

      let totalDone = 0;
      for (const [i, plan] of plans.entries()) {
        const tableStarted = performance.now();
        const rows = sizes[i]!.rows;
        const names = plan.columns.map((c) => quote(c.name)).join(", ");
        const insert = `INSERT INTO ${quote(plan.name)} (${names}) SELECT * FROM unnest(${plan.columns.map((c, k) => `$${k + 1}::${c.arrayType}`).join(", ")})`;
        const read = sqlite.prepare(`SELECT ${names} FROM ${quote(plan.name)} ORDER BY rowid`).raw();
        let batch: unknown[][] = plan.columns.map(() => []);
        let inBatch = 0;
        let done = 0;
        const flush = async () => {
          if (inBatch === 0) return;
          await db.query(insert, batch);
          done += inBatch;
          totalDone += inBatch;
          batch = plan.columns.map(() => []);
          inBatch = 0;
          emit({ phase: "table", table: plan.name, done, rows, totalDone, totalRows });
        };
        for (const row of read.iterate() as IterableIterator<unknown[]>) {
          for (let k = 0; k < plan.columns.length; k++) batch[k]!.push(plan.columns[k]!.convert(row[k]));
          if (++inBatch >= batchRows) await flush();
        }
        await flush();
        if (plan.hasIdentity) {
          await db.query(
            `SELECT setval(pg_get_serial_sequence($1, 'id'), coalesce((SELECT max(id) FROM ${quote(plan.name)}), 0) + 1, false)`,
            [plan.name],
          );
        }
        const ms = performance.now() - tableStarted;
        tables.push({ name: plan.name, rows: done, ms });
        emit({ phase: "tableDone", table: plan.name, rows: done, ms });
      }

      const indexStarted = performance.now();
      emit({ phase: "indexes", count: indexes.length });
      for (const index of indexes) await db.query(index.definition);
      await db.query("ANALYZE");
      indexesMs = performance.now() - indexStarted;
      emit({ phase: "indexesDone", ms: indexesMs });

      const verifyStarted = performance.now();
      emit({ phase: "verify" });
      const wrongCounts: string[] = [];
      for (const { name, rows } of sizes) {
        const { rows: counted } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(name)}`);
        if (Number(counted[0]!.n) !== rows) wrongCounts.push(`${name}: ${rows} in SQLite, ${counted[0]!.n} in PostgreSQL`);
      }
      if (wrongCounts.length) throw new Error(`Row counts differ after the copy (nothing was committed): ${wrongCounts.join("; ")}`);
      const inherited = counterMismatches(sqlite);
      const target = await pgCounterMismatches(db);
      const known = new Set(inherited);
      const fresh = target.filter((m) => !known.has(m));
      if (fresh.length || target.length !== inherited.length) {
        throw new Error(`Counters differ from a recount after the copy (nothing was committed): ${[...fresh, ...inherited.filter((m) => !target.includes(m))].slice(0, 10).join("; ")}`);
      }
      verifyMs = performance.now() - verifyStarted;
      await db.query("COMMIT");
      return {
        tables,
        rows: totalDone,
        replacedNuls: counter.nuls,
        inheritedCounterMismatches: inherited,
        ms: { copy: indexStarted - copyStarted, indexes: indexesMs, verify: verifyMs, total: performance.now() - started },
      };
    } catch (error) {
      await db.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      db.release();
    }
  } finally {
    sqlite.close();
    await pool.end();
  }
}
