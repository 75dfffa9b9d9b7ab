// Checks a database against what the server acknowledged: integrity, every acknowledged write, and every counter.
import fs from "node:fs";
import Database from "better-sqlite3";
import { counterMismatches } from "../../db/counters";
import type { Ledger, Versions } from "./ledger";

/** Problems listed per check; the count is always complete. */
const PROBLEMS_SHOWN = 5;
/** Messages SQLite gives when a write could not get the lock, in a server log line or an error. */
const BUSY_PATTERN = /SQLITE_BUSY|database is locked/;

export type Check = { name: string; problems: string[] };

const matches = <T>(versions: Versions<T>, stored: T) =>
  [versions.confirmed, ...versions.unanswered].some((v) => JSON.stringify(v) === JSON.stringify(stored));

function integrity(sqlite: Database.Database): Check {
  const rows = sqlite.pragma("integrity_check", { simple: false }) as { integrity_check: string }[];
  const bad = rows.map((r) => r.integrity_check).filter((r) => r !== "ok");
  return { name: "PRAGMA integrity_check is ok", problems: bad };
}

function writes(sqlite: Database.Database, ledger: Ledger, memberIds: string[]): Check {
  const problems: string[] = [];
  const post = sqlite.prepare("SELECT title, body_source AS body, status, author_id AS author FROM posts WHERE id = ?");
  const comment = sqlite.prepare("SELECT body_source AS body, status, post_id AS postId, author_id AS author FROM comments WHERE id = ?");
  const authorOk = (index: number, id: string) => memberIds[index] === id;
  for (const p of ledger.posts.values()) {
    const row = post.get(p.id) as { title: string; body: string; status: string; author: string } | undefined;
    if (!row) problems.push(`post ${p.id} is missing`);
    else if (row.status !== "published" || !authorOk(p.author, row.author)) problems.push(`post ${p.id} is ${row.status}, by ${row.author}`);
    else if (!matches(p.content, { title: row.title, body: row.body })) problems.push(`post ${p.id} has "${row.title}", not the acknowledged content`);
  }
  for (const c of ledger.comments.values()) {
    const row = comment.get(c.id) as { body: string; status: string; postId: number; author: string } | undefined;
    if (!row) problems.push(`comment ${c.id} is missing`);
    else if (row.status !== "published" || row.postId !== c.postId || !authorOk(c.author, row.author)) problems.push(`comment ${c.id} is ${row.status} on post ${row.postId}`);
    else if (!matches(c.content, row.body)) problems.push(`comment ${c.id} says "${row.body}", not the acknowledged content`);
  }
  return { name: `every acknowledged post (${ledger.posts.size}) and comment (${ledger.comments.size}) is there with its content`, problems };
}

function likes(sqlite: Database.Database, ledger: Ledger, memberIds: string[]): Check {
  const liked = {
    post: sqlite.prepare("SELECT 1 FROM post_likes WHERE post_id = ? AND user_id = ?").pluck(),
    comment: sqlite.prepare("SELECT 1 FROM comment_likes WHERE comment_id = ? AND user_id = ?").pluck(),
  };
  const problems = [...ledger.likes.values()]
    .filter((l) => Boolean(liked[l.target].get(l.id, memberIds[l.member])) !== l.liked)
    .map((l) => `${l.target} ${l.id} by member ${l.member}: expected ${l.liked ? "recommended" : "not recommended"}`);
  const unknown = ledger.unknownLikes.size ? `; ${ledger.unknownLikes.size} cut off by a kill, not checked` : "";
  return { name: `every acknowledged recommendation (${ledger.likes.size} member-target pairs) is in its expected state${unknown}`, problems };
}

/** counterMismatches() covers comment and post counts; recommendation counts are checked beside them. */
function counters(sqlite: Database.Database): Check {
  const likeCounts = [
    "SELECT 'post ' || id FROM posts WHERE like_count != (SELECT count(*) FROM post_likes l WHERE l.post_id = posts.id)",
    "SELECT 'comment ' || id FROM comments WHERE like_count != (SELECT count(*) FROM comment_likes l WHERE l.comment_id = comments.id)",
  ].flatMap((sql) => (sqlite.prepare(sql).pluck().all() as string[]).map((row) => `like_count: ${row}`));
  return { name: "every counter equals a recount (counterMismatches() and like counts)", problems: [...counterMismatches(sqlite), ...likeCounts] };
}

/** Each post's views must have grown by exactly its distinct viewers: buffered views are written at shutdown. */
function views(sqlite: Database.Database, ledger: Ledger, before: Map<number, number>): Check {
  const expected = new Map<number, number>();
  for (const view of ledger.views) {
    const postId = Number(view.split(" ")[0]);
    expected.set(postId, (expected.get(postId) ?? 0) + 1);
  }
  const stored = sqlite.prepare("SELECT view_count FROM posts WHERE id = ?").pluck();
  const problems = [...expected].flatMap(([postId, viewers]) => {
    const grown = Number(stored.get(postId)) - (before.get(postId) ?? 0);
    return grown === viewers ? [] : [`post ${postId}: ${grown} views written, ${viewers} distinct viewers`];
  });
  return { name: `every counted view was written (${ledger.views.size} post-viewer pairs)`, problems };
}

/** Opens the database read-only and runs every check in one read transaction, so they see one moment. */
export function verifyDatabase(file: string, ledger: Ledger, memberIds: string[], viewsBefore?: Map<number, number>): Check[] {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    sqlite.exec("BEGIN");
    const checks = [integrity(sqlite), writes(sqlite, ledger, memberIds), likes(sqlite, ledger, memberIds), counters(sqlite)];
    if (viewsBefore) checks.push(views(sqlite, ledger, viewsBefore));
    sqlite.exec("COMMIT");
    return checks;
  } finally {
    sqlite.close();
  }
}

export function busyInLogs(logFiles: string[]): Check {
  const lines = logFiles.flatMap((f) => (fs.existsSync(f) ? fs.readFileSync(f, "utf8").split("\n") : []));
  return { name: "no SQLITE_BUSY in the server log", problems: lines.filter((line) => BUSY_PATTERN.test(line)) };
}

/** Prints each check; true when all passed. */
export function printChecks(checks: Check[], indent = "  "): boolean {
  for (const { name, problems } of checks) {
    console.log(`${indent}${problems.length === 0 ? "ok  " : "FAIL"} ${name}`);
    for (const problem of problems.slice(0, PROBLEMS_SHOWN)) console.log(`${indent}       ${problem.slice(0, 300)}`);
    if (problems.length > PROBLEMS_SHOWN) console.log(`${indent}       ...and ${problems.length - PROBLEMS_SHOWN} more`);
  }
  return checks.every((c) => c.problems.length === 0);
}
