// Fills an empty database with the demo boards, members and threads (scripts/seed/demo/), so a fresh start shows a
// living forum. Run by the production server before it takes requests, by `npm run dev`, and by the seed commands.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type Database from "better-sqlite3";
import pg from "pg";
import { databasePath, openDatabase } from "../../db";
import { copySqliteToPostgres } from "../../db/copy-pg";
import { recountCounters } from "../../db/counters";
import { COMMENT_HEADING_OFFSET, POST_HEADING_OFFSET, renderMarkdown } from "../../lib/markdown/pipeline";
import { commentPath } from "../../lib/content/thread-shape";
import { usernameKey } from "../../lib/accounts/usernames";
import { loadDemoContent, type DemoComment, type DemoContent } from "./demo-content";

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/**
 * First start: an empty database gets the demo content before the server opens it. A connection of its own, closed
 * after, so the server's process keeps the one connection it opens itself.
 */
export function seedDemoOnFirstStart(file = databasePath()): void {
  const { sqlite } = openDatabase(file);
  try {
    const created = seedDemoIfEmpty(sqlite);
    if (created) console.log(`Rapport: created demo content (${created.posts} posts, ${created.comments} comments).`);
  } finally {
    sqlite.close();
  }
}

/** Any constant works; it names the lock nodes take so that only the first to start writes the demo content. */
const DEMO_LOCK = 7_043_512;

/**
 * First start on PostgreSQL (DATABASE_URL): the demo content is written into a temporary SQLite file by the code
 * above and copied across by `db:copy`'s copier, which verifies row counts and counters. Only into a database with
 * no rows at all; nodes that start together take turns, and the later ones find the boards there.
 */
export async function seedDemoOnFirstStartPostgres(url: string): Promise<void> {
  if (process.env.RAPPORT_DEMO_CONTENT === "off") return;
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const client = await pool.connect();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-demo-"));
  try {
    await client.query("SELECT pg_advisory_lock($1)", [DEMO_LOCK]);
    const { rows } = await client.query("SELECT to_regclass('public.boards') IS NOT NULL AS migrated");
    if (rows[0].migrated && (await client.query("SELECT 1 FROM boards LIMIT 1")).rowCount) return;
    const file = path.join(dir, "demo.db");
    seedDemoOnFirstStart(file);
    try {
      await copySqliteToPostgres({ from: file, to: url });
    } catch (error) {
      // A database that already holds members or settings but no boards is the operator's: it gets no demo.
      if ((error as Error).name !== "CopyRefusal") throw error;
      console.log("Rapport: the database is not empty; no demo content written.");
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [DEMO_LOCK]).catch(() => {});
    client.release();
    await pool.end();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Seeds the demo content when there are no boards yet; returns what it made, or null if it did nothing. The files
 * are read only then, so a database that already has boards never depends on them.
 */
export function seedDemoIfEmpty(sqlite: Database.Database, now = Date.now(), load: () => DemoContent = loadDemoContent): { posts: number; comments: number } | null {
  if (process.env.RAPPORT_DEMO_CONTENT === "off") return null;
  const hasBoards = sqlite.prepare("SELECT 1 FROM boards LIMIT 1").get();
  if (hasBoards) return null;
  const content = load();
  return sqlite.transaction(() => insertDemo(sqlite, content, now))();
}

function insertDemo(sqlite: Database.Database, { members, boards, posts }: DemoContent, now: number) {
  const userIds = new Map<string, string>();
  const insertUser = sqlite.prepare(
    `INSERT INTO users (id, username, username_key, name, role, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const user of members) {
    const id = crypto.randomUUID();
    userIds.set(user.username, id);
    insertUser.run(id, user.username, usernameKey(user.username), user.name, user.role ?? "member", now - user.daysAgo * DAY_MS);
  }

  const boardIds = new Map<string, number>();
  const insertBoard = sqlite.prepare(
    `INSERT INTO boards (slug, name, description, position, posting_role) VALUES (?, ?, ?, ?, ?)`,
  );
  const insertTranslation = sqlite.prepare(`INSERT INTO board_translations (board_id, locale, name, description) VALUES (?, ?, ?, ?)`);
  boards.forEach((board, position) => {
    const result = insertBoard.run(board.slug, board.name, board.description, position, board.postingRole ?? "member");
    boardIds.set(board.slug, Number(result.lastInsertRowid));
    for (const [locale, text] of Object.entries(board.translations ?? {})) {
      insertTranslation.run(result.lastInsertRowid, locale, text.name, text.description ?? "");
    }
  });

  const insertPost = sqlite.prepare(
    `INSERT INTO posts (board_id, author_id, title, body_source, body_html, pinned, view_count, created_at, last_activity_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertComment = sqlite.prepare(
    `INSERT INTO comments (post_id, author_id, parent_id, depth, path, body_source, body_html, created_at)
     VALUES (?, ?, ?, ?, '', ?, ?, ?)`,
  );
  const setPath = sqlite.prepare(`UPDATE comments SET path = ? WHERE id = ?`);
  const touchPost = sqlite.prepare(`UPDATE posts SET last_activity_at = max(last_activity_at, ?) WHERE id = ?`);
  let commentCount = 0;

  const addComments = (postId: number, postedAt: number, list: DemoComment[], parent: { id: number; path: string; depth: number } | null) => {
    for (const comment of list) {
      const at = postedAt + comment.minutesAfter * MINUTE_MS;
      const depth = parent ? parent.depth + 1 : 0;
      const result = insertComment.run(
        postId,
        must(userIds, comment.author),
        parent?.id ?? null,
        depth,
        comment.body,
        renderMarkdown(comment.body, COMMENT_HEADING_OFFSET),
        at,
      );
      const id = Number(result.lastInsertRowid);
      const path = commentPath(parent?.path ?? null, id);
      setPath.run(path, id);
      touchPost.run(at, postId);
      commentCount++;
      if (comment.replies) addComments(postId, postedAt, comment.replies, { id, path, depth });
    }
  };

  // Oldest first, so ids follow time as they would on a real board.
  const ordered = [...posts].sort((a, b) => b.daysAgo - a.daysAgo);
  for (const post of ordered) {
    const postedAt = Math.round(now - post.daysAgo * DAY_MS);
    const result = insertPost.run(
      must(boardIds, post.board),
      must(userIds, post.author),
      post.title,
      post.body,
      renderMarkdown(post.body, POST_HEADING_OFFSET),
      post.pinned ? 1 : 0,
      post.views,
      postedAt,
      postedAt,
    );
    addComments(Number(result.lastInsertRowid), postedAt, post.comments ?? [], null);
  }
  recountCounters(sqlite);
  return { posts: ordered.length, comments: commentCount };
}

function must<K, V>(map: Map<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo content refers to an unknown ${String(key)}`);
  return value;
}
