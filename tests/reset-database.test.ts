// SQLite only: counts the rows of every SQLite table, the search index's shadow tables included.
import { expect, it } from "vitest";
import { getSqlite } from "@/db";
import { makeBoard, makeComment, makePost, makeUser } from "./factories";
import { resetDatabase } from "./reset-database";

/**
 * Every table's row count, the search index's shadow tables included. Not sqlite_sequence: a migration that rebuilds a
 * table leaves it a row at 0, which a reset drops; what matters there, ids starting at 1 again, is checked below.
 */
function rowCounts(): Record<string, number> {
  const sqlite = getSqlite();
  const names = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'sqlite_sequence' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(names.map((name) => [name, sqlite.prepare(`SELECT count(*) FROM "${name}"`).pluck().get() as number]));
}

it("brings every table back to its freshly migrated row count", async () => {
  const fresh = rowCounts();
  const post = await makePost(await makeBoard(), await makeUser(), { title: "Searchable title" });
  await makeComment(post, await makeUser());
  getSqlite().exec("INSERT INTO rate_limits (key, points) VALUES ('ip:203.0.113.9', 1); INSERT INTO site_settings VALUES ('k', 'v');");
  expect(rowCounts()).not.toEqual(fresh);

  await resetDatabase();

  expect(rowCounts()).toEqual(fresh);
  expect(getSqlite().pragma("foreign_keys", { simple: true })).toBe(1);
  expect((await makeBoard()).id).toBe(1);
});
