// `npm run backup` / `restore` on PostgreSQL (db/backup-pg.ts): pg_dump's custom format and pg_restore in one
// transaction, against a throwaway cluster.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BackupRefusal } from "@/db/backup";
import { backupPostgres, findPgTool, PgToolMissing, restorePostgres } from "@/db/backup-pg";
import { migratePostgres } from "@/db/migrate-pg";
import { parseQuery, type SearchTerm } from "@/lib/search/query";
import { pgMatchQuery } from "@/lib/search/search-pg-sql";
import { startCluster, type Cluster } from "@/scripts/postgres/cluster";

let cluster: Cluster;
let pool: pg.Pool;
let dir: string;

beforeAll(async () => {
  cluster = await startCluster();
  pool = new pg.Pool({ connectionString: cluster.url, max: 2 });
  await migratePostgres(pool);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-pg-backup-"));
}, 120_000);

afterAll(async () => {
  await pool?.end();
  await cluster?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const posts = async () => (await pool.query<{ title: string }>("SELECT title FROM posts ORDER BY id")).rows.map((r) => r.title);

describe("PostgreSQL backup and restore", () => {
  it("dumps the database and restores it in place of later changes, search included", async () => {
    await pool.query("INSERT INTO users (id, username, username_key, name) VALUES ('u1', 'kim', 'kim', 'Kim')");
    await pool.query("INSERT INTO boards (slug, name) VALUES ('free', 'Free')");
    await pool.query(
      "INSERT INTO posts (board_id, author_id, title, body_source, body_html, last_activity_at) VALUES (1, 'u1', 'Before', '김치찌개 recipe', '', now())",
    );
    const file = path.join(dir, "rapport.dump");
    const backup = backupPostgres(cluster.url, file);
    expect(backup).toMatchObject({ file });
    expect(backup.bytes).toBeGreaterThan(1000);
    expect(backup.entries).toBeGreaterThan(20);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    await pool.query("UPDATE posts SET title = 'After'");
    await pool.query("INSERT INTO posts (board_id, author_id, title, body_source, body_html, last_activity_at) VALUES (1, 'u1', 'Later', 'x', '', now())");
    expect(await posts()).toEqual(["After", "Later"]);

    await pool.end();
    restorePostgres(file, cluster.url);
    pool = new pg.Pool({ connectionString: cluster.url, max: 2 });
    expect(await posts()).toEqual(["Before"]);
    // The search functions, configuration and indexes came back and work.
    const terms = (parseQuery("찌개 recipe") as { terms: SearchTerm[] }).terms;
    const query = pgMatchQuery("post", terms, { boardId: null, authorId: null }, { limit: 10, withText: false });
    expect((await pool.query(query.text, query.values)).rows).toHaveLength(1);
    // Identity sequences came back too: the next post takes the next id.
    const { rows } = await pool.query("INSERT INTO posts (board_id, author_id, title, body_source, body_html, last_activity_at) VALUES (1, 'u1', 'Next', 'x', '', now()) RETURNING id");
    expect(rows[0].id).toBe(2);
  }, 60_000);

  it("refuses a file that is not a pg_dump archive, and a missing one, changing nothing", async () => {
    const before = await posts();
    const bogus = path.join(dir, "not-a-dump");
    fs.writeFileSync(bogus, "SQLite format 3\u0000");
    expect(() => restorePostgres(bogus, cluster.url)).toThrow(BackupRefusal);
    expect(() => restorePostgres(bogus, cluster.url)).toThrow(/not a pg_dump archive/);
    expect(() => restorePostgres(path.join(dir, "missing"), cluster.url)).toThrow(/no backup file/);
    expect(() => backupPostgres(cluster.url, path.join(dir, "no-such-folder", "x.dump"))).toThrow(/does not exist/);
    expect(await posts()).toEqual(before);
  });

  it("finds pg_dump and pg_restore, and names the package when they are missing", () => {
    expect(fs.existsSync(findPgTool("pg_dump"))).toBe(true);
    expect(fs.existsSync(findPgTool("pg_restore"))).toBe(true);
    const missing = new PgToolMissing("pg_dump", []);
    expect(missing).toBeInstanceOf(BackupRefusal);
    expect(missing.message).toMatch(/pg_dump was not found.*apt-get install postgresql-client/);
  });
});
