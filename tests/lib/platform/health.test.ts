// The health check and /api/health: ok when migrated, 503 with a reason when pending or unreachable.
// SQLite only: checkHealth() (lib/platform/health.ts) takes a better-sqlite3 handle and reads its migrations table.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/health/route";
import { closeDatabase, getSqlite, MIGRATIONS_FOLDER, openDatabase } from "@/db";
import { checkHealth } from "@/lib/platform/health";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-health-"));
// Read from the journal rather than listed here, so that adding a migration does not break these tests.
const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as {
  entries: { tag: string }[];
};
const ALL_MIGRATIONS = journal.entries.map((entry) => entry.tag);
const NEWEST_MIGRATION = ALL_MIGRATIONS.at(-1);
const healthy = { status: "ok", database: "ok", migrations: "current" };

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

beforeEach(() => {
  // Failures are logged for the operator; keep them out of the test output but still check they happen.
  vi.spyOn(console, "error").mockImplementation(() => {});
  return () => vi.restoreAllMocks();
});

describe("checkHealth", () => {
  it("is ok on a migrated database", () => {
    expect(checkHealth()).toEqual(healthy);
  });

  it("reports the newest migration as pending when its row is gone", () => {
    const { sqlite } = openDatabase(path.join(dir, "gap.db"));
    sqlite.prepare("DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations)").run();
    expect(checkHealth(() => sqlite)).toEqual({
      status: "unavailable",
      database: "ok",
      migrations: "pending",
      reason: "migrations pending",
      pending: [NEWEST_MIGRATION],
    });
    sqlite.close();
  });

  it("reports every migration as pending on a database never migrated", () => {
    const sqlite = new Database(path.join(dir, "blank.db"));
    expect(checkHealth(() => sqlite)).toMatchObject({ migrations: "pending", pending: ALL_MIGRATIONS });
    sqlite.close();
  });

  it("reports the database unreachable when a query throws", () => {
    const closed = new Database(":memory:");
    closed.close();
    expect(checkHealth(() => closed)).toEqual({
      status: "unavailable",
      database: "unreachable",
      reason: "database unreachable",
    });
    expect(checkHealth(() => {
      throw new Error("unable to open database file");
    })).toMatchObject({ database: "unreachable" });
    expect(console.error).toHaveBeenCalledTimes(2);
  });

  it("does not claim current migrations when the journal cannot be read", () => {
    expect(checkHealth(getSqlite, path.join(dir, "no-migrations-here"))).toMatchObject({
      status: "unavailable",
      migrations: "unknown",
    });
  });
});

describe("GET /api/health", () => {
  it("answers 200, never cached", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual(healthy);
  });

  it("answers 503 while a migration is pending", async () => {
    const sqlite = getSqlite();
    const newest = sqlite.prepare("SELECT hash, created_at FROM __drizzle_migrations ORDER BY created_at DESC LIMIT 1").get();
    sqlite.prepare("DELETE FROM __drizzle_migrations WHERE created_at = @created_at").run(newest);
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toMatchObject({ migrations: "pending", pending: [NEWEST_MIGRATION] });
    } finally {
      sqlite.prepare("INSERT INTO __drizzle_migrations (hash, created_at) VALUES (@hash, @created_at)").run(newest);
    }
    expect((await GET()).status).toBe(200);
  });

  it("answers 503, not 500, when the database cannot be opened", async () => {
    const saved = process.env.DATABASE_PATH;
    const notAFolder = path.join(dir, "plain-file");
    fs.writeFileSync(notAFolder, "");
    process.env.DATABASE_PATH = path.join(notAFolder, "rapport.db");
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ database: "unreachable" });
    } finally {
      process.env.DATABASE_PATH = saved;
      closeDatabase();
    }
    expect((await GET()).status).toBe(200);
  });
});
