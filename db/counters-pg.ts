// The counter checks of db/counters.ts, in PostgreSQL's SQL: rows whose stored counter differs from a recount.
import type pg from "pg";

/** One set-based query per counter: each returns a row per wrong counter ("post 12", "user <id>"). */
export const PG_COUNTER_CHECKS: [string, string][] = [
  [
    "post.comment_count",
    `SELECT 'post ' || p.id AS row FROM posts p
     LEFT JOIN (SELECT post_id, count(*) AS n FROM comments WHERE status = 'published' GROUP BY post_id) c ON c.post_id = p.id
     WHERE p.comment_count <> coalesce(c.n, 0)`,
  ],
  [
    "board.post_count",
    `SELECT 'board ' || b.id AS row FROM boards b
     LEFT JOIN (SELECT board_id, count(*) AS n FROM posts WHERE status = 'published' GROUP BY board_id) p ON p.board_id = b.id
     WHERE b.post_count <> coalesce(p.n, 0)`,
  ],
  [
    "user.post_count",
    `SELECT 'user ' || u.id AS row FROM users u
     LEFT JOIN (SELECT author_id, count(*) AS n FROM posts WHERE status = 'published' GROUP BY author_id) p ON p.author_id = u.id
     WHERE u.post_count <> coalesce(p.n, 0)`,
  ],
  [
    "user.comment_count",
    `SELECT 'user ' || u.id AS row FROM users u
     LEFT JOIN (SELECT author_id, count(*) AS n FROM comments WHERE status = 'published' GROUP BY author_id) c ON c.author_id = u.id
     WHERE u.comment_count <> coalesce(c.n, 0)`,
  ],
];

/** Rows whose stored counter differs from a recount; empty when every counter is right. */
export async function pgCounterMismatches(client: pg.Pool | pg.PoolClient | pg.Client): Promise<string[]> {
  const out: string[] = [];
  for (const [name, query] of PG_COUNTER_CHECKS) {
    const { rows } = await client.query<{ row: string }>(query);
    out.push(...rows.map((r) => `${name}: ${r.row}`));
  }
  return out;
}
