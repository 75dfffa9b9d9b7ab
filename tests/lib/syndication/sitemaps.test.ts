import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getSqlite, traceStatements } from "@/db";
import { siteOrigin } from "@/lib/platform/site-url";
import { listFeedPosts, sitemapChunkXml, sitemapXml } from "@/lib/syndication/sitemaps";
import { makeBoard, makePost, makeUser } from "../../factories";
import { resetDatabase } from "../../reset-database";
import { usesPostgres } from "@/db/engine";

beforeEach(async () => {
  await resetDatabase();
  vi.stubEnv("AUTH_URL", "");
  vi.stubEnv("SITE_URL", "");
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("siteOrigin", () => {
  it("uses SITE_URL, then AUTH_URL, without a trailing slash or path", () => {
    vi.stubEnv("AUTH_URL", "https://forum.example:8443/api/auth");
    expect(siteOrigin()).toBe("https://forum.example:8443");
    vi.stubEnv("SITE_URL", "https://site.example/");
    expect(siteOrigin()).toBe("https://site.example");
  });

  it("falls back to this machine on PORT, never to what a request says", () => {
    vi.stubEnv("SITE_URL", "");
    vi.stubEnv("PORT", "4321");
    expect(siteOrigin()).toBe("http://localhost:4321");
  });
});

// SQLite only: checks SQLite's query plans (EXPLAIN QUERY PLAN).
describe.skipIf(usesPostgres())("listFeedPosts", () => {
  it("orders the site by when posts were written, and a board by id, each straight from an index", async () => {
    const board = await makeBoard();
    const author = await makeUser();
    const first = await makePost(board, author, { createdAt: new Date("2024-01-02") });
    const second = await makePost(board, author, { createdAt: new Date("2024-01-01") });
    const site = await plansOf(async () => expect((await listFeedPosts(null)).map((p) => p.id)).toEqual([first.id, second.id]));
    const inBoard = await plansOf(async () => expect((await listFeedPosts(board.id)).map((p) => p.id)).toEqual([second.id, first.id]));
    expect(site[0]?.plan).toContain("SEARCH posts USING INDEX posts_latest_idx (status=?)");
    expect(inBoard[0]?.plan).toContain("SEARCH posts USING INDEX posts_board_id_idx (board_id=? AND status=?)");
    expect([...site, ...inBoard].flatMap((p) => p.plan).join("\n")).not.toContain("TEMP B-TREE");
  });
});

/** Every statement run against posts while `work` runs, with SQLite's plan for it. */
async function plansOf(work: () => Promise<void>): Promise<{ sql: string; plan: string[] }[]> {
  const sqlite = getSqlite();
  const seen: string[] = [];
  const stop = traceStatements((source) => seen.push(source));
  try {
    await work();
  } finally {
    stop();
  }
  return seen
    .filter((sql) => sql.includes('"posts"'))
    .map((sql) => {
      const params = Array.from(sql.matchAll(/\?/g), () => 1);
      const rows = sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
      return { sql, plan: rows.map((r) => r.detail) };
    });
}

// SQLite only: checks SQLite's query plans (EXPLAIN QUERY PLAN).
describe.skipIf(usesPostgres())("sitemap queries", () => {
  it("build the index from the (board, status, id) index: no scan of posts, no sort", async () => {
    const board = await makeBoard();
    const author = await makeUser();
    for (let i = 0; i < 12; i++) await makePost(board, author);
    const plans = await plansOf(async () => expect(await sitemapXml("https://forum.example", 5)).toContain("<sitemapindex"));
    expect(plans.length).toBeGreaterThan(3);
    for (const { sql, plan } of plans) {
      expect(plan.join("\n"), sql).not.toContain("TEMP B-TREE");
      for (const step of plan.filter((s) => /^(SCAN|SEARCH) (posts|p)\b/.test(s))) {
        // "SEARCH posts" alone is max(id), answered from the end of the primary key. A count may take any of the
        // board indexes that start with (board_id, status): each covers it.
        expect(step, sql).toMatch(/^SEARCH (posts|p) USING (COVERING )?INDEX posts_board_\w+_idx \(board_id=\? AND status=\?|^SEARCH posts$/);
      }
    }
  });

  it("read a chunk by primary key range, already in id order", async () => {
    const board = await makeBoard();
    const post = await makePost(board, await makeUser());
    const plans = await plansOf(async () => expect(await sitemapChunkXml("https://forum.example", Math.ceil(post.id / 5), 5)).not.toBeNull());
    const steps = plans.flatMap((p) => p.plan);
    expect(steps).toContain("SEARCH posts USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)");
    expect(steps.join("\n")).not.toContain("TEMP B-TREE");
  });
});

