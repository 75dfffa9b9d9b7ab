// `npm run db:copy`: a SQLite community (the demo content, generated threads, and rows of every odd kind) copied into
// SQLite only: copies the SQLite test database (read through better-sqlite3) into PostgreSQL.
// a throwaway PostgreSQL, compared row for row through both Drizzle schemas.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { is } from "drizzle-orm";
import { drizzle as pgDrizzle } from "drizzle-orm/node-postgres";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { databasePath, getSqlite, getSyncDb } from "@/db";
import { copySqliteToPostgres, CopyRefusal, tablesInForeignKeyOrder, type CopyProgress, type CopyResult } from "@/db/copy-pg";
import { pgCounterMismatches } from "@/db/counters-pg";
import * as sqliteSchema from "@/db/schema";
import * as pgSchema from "@/db/schema-pg";
import { parseQuery, type SearchTerm } from "@/lib/search/query";
import { pgMatchQuery } from "@/lib/search/search-pg-sql";
import { startCluster, type Cluster } from "@/scripts/postgres/cluster";
import { seedDemoIfEmpty } from "@/scripts/seed/demo";
import { generate } from "@/scripts/seed/generate";
import { resetDatabase } from "../reset-database";

let cluster: Cluster;
let pool: pg.Pool;
let result: CopyResult;
const events: CopyProgress[] = [];

/** A row as a string that ignores key order (jsonb keeps its own), for comparing whole tables. */
function canonical(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

beforeAll(async () => {
  cluster = await startCluster();
  pool = new pg.Pool({ connectionString: cluster.url, max: 2 });
  await resetDatabase();
  vi.stubEnv("RAPPORT_DEMO_CONTENT", "on");
  expect(seedDemoIfEmpty(getSqlite())).not.toBeNull();
  vi.unstubAllEnvs();
  const sqlite = getSqlite();
  generate(sqlite, { posts: 30, comments: 200, board: "bulk", seed: 3 });
  // Values of every kind the conversion handles: JSON, flags, null and non-null times, big numbers, NUL.
  const [post] = sqlite.prepare("SELECT id, author_id FROM posts ORDER BY id LIMIT 1").all() as { id: number; author_id: string }[];
  sqlite.prepare("UPDATE posts SET status = 'held', hold_reasons = ?, edited_at = ? WHERE id = ?").run(JSON.stringify(["links", "reports"]), Date.now(), post!.id);
  sqlite.prepare("UPDATE boards SET archived = 1, approve_new_members = 1 WHERE slug = 'bulk'").run();
  sqlite
    .prepare("INSERT INTO moderation_log (actor_id, action, target_type, target_id, change) VALUES (?, 'move', 'post', ?, ?)")
    .run(post!.author_id, String(post!.id), JSON.stringify({ from: "free", to: "bulk", nested: { a: [1, 2] } }));
  sqlite.prepare("INSERT INTO rate_limits (key, points, expire) VALUES ('sign-in:1.2.3.4', 3, ?)").run(Date.now() + 3_600_000);
  sqlite.prepare("INSERT INTO site_settings (key, value) VALUES ('with-nul', ?)").run("a\u0000b");
  const { recountCounters } = await import("@/db/counters");
  recountCounters(sqlite);
  result = await copySqliteToPostgres({ from: databasePath(), to: cluster.url, batchRows: 100, onProgress: (e) => events.push(e) });
}, 180_000);

afterAll(async () => {
  await pool?.end();
  await cluster?.stop();
});

describe("db:copy", () => {
  it("copies every table with the same row count, and reports its progress", () => {
    const sqlite = getSqlite();
    for (const { name, rows } of result.tables) {
      expect([name, rows]).toEqual([name, sqlite.prepare(`SELECT count(*) FROM "${name}"`).pluck().get()]);
    }
    expect(result.tables.map((t) => t.name).sort()).toEqual(
      (Object.values(sqliteSchema) as unknown[]).filter((v): v is SQLiteTable => is(v, SQLiteTable)).map((t) => sqliteTableConfig(t).name).sort(),
    );
    expect(result.rows).toBeGreaterThan(34 + 106 + 30 + 200);
    expect(result.inheritedCounterMismatches).toEqual([]);
    expect(events[0]).toMatchObject({ phase: "start", totalRows: result.rows });
    // Batches of 100: the comments table reports several steps, the last at its full count.
    const commentSteps = events.filter((e) => e.phase === "table" && e.table === "comments");
    expect(commentSteps.length).toBeGreaterThan(2);
    expect(events.map((e) => e.phase)).toContain("verify");
  });

  it("copies parents before children", () => {
    const order = tablesInForeignKeyOrder().map((t) => getTableConfig(t).name);
    expect(order.indexOf("users")).toBeLessThan(order.indexOf("posts"));
    expect(order.indexOf("posts")).toBeLessThan(order.indexOf("comments"));
    expect(order.indexOf("comments")).toBeLessThan(order.indexOf("notifications"));
  });

  it("keeps every row's values, read through both schemas", async () => {
    const sqliteDb = getSyncDb();
    const pgDb = pgDrizzle(pool);
    const pgTables = new Map(
      (Object.values(pgSchema) as unknown[]).filter((v): v is PgTable => is(v, PgTable)).map((t) => [getTableConfig(t).name, t]),
    );
    let compared = 0;
    for (const table of (Object.values(sqliteSchema) as unknown[]).filter((v): v is SQLiteTable => is(v, SQLiteTable))) {
      const name = sqliteTableConfig(table).name;
      const fromSqlite = (sqliteDb.select().from(table).all() as Record<string, unknown>[])
        .filter((row) => !(name === "site_settings" && row.key === "with-nul"))
        .map(canonical)
        .sort();
      const fromPg = ((await pgDb.select().from(pgTables.get(name)!)) as Record<string, unknown>[])
        .filter((row) => !(name === "site_settings" && row.key === "with-nul"))
        .map(canonical)
        .sort();
      expect(fromPg, name).toEqual(fromSqlite);
      compared += fromPg.length;
    }
    expect(compared).toBeGreaterThan(300);
    const { rows } = await pool.query("SELECT hold_reasons, edited_at FROM posts WHERE status = 'held' AND hold_reasons IS NOT NULL");
    expect(rows[0].hold_reasons).toEqual(["links", "reports"]);
    expect(rows[0].edited_at).toBeInstanceOf(Date);
  });

  it("replaces NUL, which PostgreSQL text cannot hold, and says how many", async () => {
    expect(result.replacedNuls).toBe(1);
    const { rows } = await pool.query("SELECT value FROM site_settings WHERE key = 'with-nul'");
    expect(rows[0].value).toBe("a\uFFFDb");
  });

  it("leaves ids and search working on the target", async () => {
    const { rows: max } = await pool.query<{ id: number }>("SELECT max(id) AS id FROM posts");
    const author = (await pool.query<{ id: string }>("SELECT id FROM users LIMIT 1")).rows[0]!.id;
    const board = (await pool.query<{ id: number }>("SELECT id FROM boards WHERE NOT archived LIMIT 1")).rows[0]!.id;
    const { rows: inserted } = await pool.query<{ id: number }>(
      "INSERT INTO posts (board_id, author_id, title, body_source, body_html, last_activity_at) VALUES ($1, $2, 'New', 'zeppelin', '', now()) RETURNING id",
      [board, author],
    );
    expect(inserted[0]!.id).toBe(max[0]!.id + 1);
    const terms = (query: string) => (parseQuery(query) as { terms: SearchTerm[] }).terms;
    const everywhere = { boardId: null, authorId: null };
    const options = { limit: 500, withText: false };
    expect((await pool.query(pgMatchQuery("post", terms("zeppelin"), everywhere, options).text, pgMatchQuery("post", terms("zeppelin"), everywhere, options).values)).rows).toHaveLength(1);
    // The generator writes about 30% of bodies in Korean; the bulk board is archived, the demo's boards are not.
    const korean = pgMatchQuery("comment", terms("커피"), everywhere, options);
    const sqliteHits = getSqlite().prepare(
      "SELECT count(*) FROM comments c JOIN posts p ON p.id = c.post_id JOIN boards b ON b.id = p.board_id WHERE c.status = 'published' AND p.status = 'published' AND b.archived = 0 AND c.body_source LIKE '%커피%'",
    ).pluck().get() as number;
    expect((await pool.query(korean.text, korean.values)).rows).toHaveLength(sqliteHits);
    const { rows: indexes } = await pool.query("SELECT indexname FROM pg_indexes WHERE indexname LIKE 'search_%' ORDER BY 1");
    expect(indexes.map((r) => r.indexname)).toEqual(["search_comments_idx", "search_posts_idx"]);

    await pool.query("DELETE FROM posts WHERE id = $1", [inserted[0]!.id]);
  });

  it("recounts counters on the target as db/counters.ts does on SQLite", async () => {
    expect(await pgCounterMismatches(pool)).toEqual([]);
    const post = (await pool.query<{ id: number }>("SELECT min(id) AS id FROM posts")).rows[0]!.id;
    await pool.query("UPDATE posts SET comment_count = comment_count + 1 WHERE id = $1", [post]);
    expect(await pgCounterMismatches(pool)).toEqual([`post.comment_count: post ${post}`]);
    await pool.query("UPDATE posts SET comment_count = comment_count - 1 WHERE id = $1", [post]);
  });

  it("refuses a target that is not empty, and changes nothing there", async () => {
    const before = (await pool.query("SELECT count(*)::int AS n FROM posts")).rows[0].n;
    await expect(copySqliteToPostgres({ from: databasePath(), to: cluster.url })).rejects.toThrow(CopyRefusal);
    await expect(copySqliteToPostgres({ from: databasePath(), to: cluster.url })).rejects.toThrow(/not empty: .*already have rows/);
    expect((await pool.query("SELECT count(*)::int AS n FROM posts")).rows[0].n).toBe(before);
  });

  it("refuses a database with tables Rapport does not use, and a source that is not there", async () => {
    await pool.query("CREATE DATABASE other");
    const other = cluster.url.replace("/postgres?", "/other?");
    const client = new pg.Client(other);
    await client.connect();
    await client.query("CREATE TABLE invoices (id int)");
    await client.end();
    await expect(copySqliteToPostgres({ from: databasePath(), to: other })).rejects.toThrow(/tables Rapport does not use \(invoices\)/);
    await expect(copySqliteToPostgres({ from: "/nonexistent/rapport.db", to: other })).rejects.toThrow(/no SQLite database at/);
  });

  it("refuses a SQLite database from an older or newer version, or not Rapport's", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-copy-"));
    try {
      const file = path.join(dir, "old.db");
      const sqlite = new Database(file);
      sqlite.exec("CREATE TABLE __drizzle_migrations (id INTEGER PRIMARY KEY, hash TEXT)");
      sqlite.exec("INSERT INTO __drizzle_migrations (hash) VALUES ('a')");
      sqlite.close();
      await expect(copySqliteToPostgres({ from: file, to: cluster.url })).rejects.toThrow(/npm run db:migrate/);
      const newer = new Database(file);
      newer.exec("INSERT INTO __drizzle_migrations (hash) SELECT 'x' FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) SELECT i FROM n)");
      newer.close();
      await expect(copySqliteToPostgres({ from: file, to: cluster.url })).rejects.toThrow(/newer Rapport/);
      const other = path.join(dir, "other.db");
      const notes = new Database(other);
      notes.exec("CREATE TABLE notes (id INTEGER)");
      notes.close();
      await expect(copySqliteToPostgres({ from: other, to: cluster.url })).rejects.toThrow(/not a Rapport database/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
