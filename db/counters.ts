// Recounts every stored counter from the rows themselves: after bulk loads, and to check that writes kept them right.
import type Database from "better-sqlite3";

// One pass over each table, grouped, rather than a count per row: a million comments recount in seconds.
const RECOUNT_SQL = `
UPDATE posts SET comment_count = 0;
UPDATE posts SET comment_count = agg.n FROM (
  SELECT post_id, count(*) AS n FROM comments WHERE status = 'published' GROUP BY post_id
) AS agg WHERE agg.post_id = posts.id;
UPDATE boards SET post_count = 0;
UPDATE boards SET post_count = agg.n FROM (
  SELECT board_id, count(*) AS n FROM posts WHERE status = 'published' GROUP BY board_id
) AS agg WHERE agg.board_id = boards.id;
UPDATE users SET post_count = 0, comment_count = 0;
UPDATE users SET post_count = agg.n FROM (
  SELECT author_id, count(*) AS n FROM posts WHERE status = 'published' GROUP BY author_id
) AS agg WHERE agg.author_id = users.id;
UPDATE users SET comment_count = agg.n FROM (
  SELECT author_id, count(*) AS n FROM comments WHERE status = 'published' GROUP BY author_id
) AS agg WHERE agg.author_id = users.id;
`;

export function recountCounters(sqlite: Database.Database): void {
  sqlite.transaction(() => sqlite.exec(RECOUNT_SQL))();
}

/** Rows whose stored counter differs from a recount; empty when every counter is right. */
export function counterMismatches(sqlite: Database.Database): string[] {
  const checks: [string, string][] = [
    [
      "post.comment_count",
      `SELECT 'post ' || id FROM posts WHERE comment_count !=
         (SELECT count(*) FROM comments c WHERE c.post_id = posts.id AND c.status = 'published')`,
    ],
    [
      "board.post_count",
      `SELECT 'board ' || id FROM boards WHERE post_count !=
         (SELECT count(*) FROM posts p WHERE p.board_id = boards.id AND p.status = 'published')`,
    ],
    [
      "user.post_count",
      `SELECT 'user ' || id FROM users WHERE post_count !=
         (SELECT count(*) FROM posts p WHERE p.author_id = users.id AND p.status = 'published')`,
    ],
    [
      "user.comment_count",
      `SELECT 'user ' || id FROM users WHERE comment_count !=
         (SELECT count(*) FROM comments c WHERE c.author_id = users.id AND c.status = 'published')`,
    ],
  ];
  return checks.flatMap(([name, query]) =>
    (sqlite.prepare(query).pluck().all() as string[]).map((row) => `${name}: ${row}`),
  );
}
