import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { databasePath, getSqlite } from "@/db";

describe("the database connection", () => {
  it("opens the file named by DATABASE_PATH", () => {
    getSqlite();
    expect(databasePath()).toBe(process.env.DATABASE_PATH);
    expect(fs.existsSync(databasePath())).toBe(true);
  });

  it("is tuned for a web server", () => {
    const sqlite = getSqlite();
    expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(sqlite.pragma("synchronous", { simple: true })).toBe(1); // NORMAL
    expect(sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(sqlite.pragma("busy_timeout", { simple: true })).toBeGreaterThanOrEqual(1000);
  });

  it("is migrated before first use", () => {
    const tables = getSqlite()
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(expect.arrayContaining(["users", "accounts", "boards", "posts", "comments"]));
  });

  it("refuses a post whose board does not exist", () => {
    expect(() =>
      getSqlite()
        .prepare(
          "INSERT INTO posts (board_id, author_id, title, body_source, body_html, last_activity_at) VALUES (999, 'x', 't', 'b', 'b', 0)",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });
});
