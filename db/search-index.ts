// Filling the full-text search index in bulk. Triggers (db/migrations/0003_search.sql) keep it in step row by row;
// a rebuild, or a bulk load of a million rows, does better with four set-based statements over the same views.
import type Database from "better-sqlite3";

/** The search index's tables, whose rows are filled from the search_*_documents views. */
export const SEARCH_INDEX_TABLES = ["search_post_words", "search_post_grams", "search_comment_words", "search_comment_grams"] as const;

/** The triggers that index each new post and comment as it is inserted. */
const INSERT_TRIGGERS = ["search_posts_insert", "search_comments_insert"];

/**
 * The statements that index posts with an id of at least `fromPostId` and comments of at least `fromCommentId`
 * (every row by default): the same as the migration's backfill and the insert triggers, for many rows at once.
 */
export function searchIndexStatements(fromPostId = 0, fromCommentId = 0): string[] {
  const posts = `id >= ${Math.trunc(fromPostId)}`;
  const comments = `id >= ${Math.trunc(fromCommentId)}`;
  return [
    `INSERT INTO search_post_words(rowid, title, body, scope) SELECT id, title, body, scope FROM search_post_documents WHERE ${posts}`,
    `INSERT INTO search_post_grams(rowid, title, body, scope) SELECT id, gram_title, gram_body, scope FROM search_post_documents WHERE ${posts} AND has_grams`,
    `INSERT INTO search_comment_words(rowid, body, scope) SELECT id, body, scope FROM search_comment_documents WHERE ${comments}`,
    `INSERT INTO search_comment_grams(rowid, body, scope) SELECT id, gram_body, scope FROM search_comment_documents WHERE ${comments} AND has_grams`,
  ];
}

/**
 * Runs `insert`, which only adds posts and comments, from the ids `from` names on, with the insert triggers off,
 * then indexes the new rows in one pass. Whatever `insert` committed is indexed and the triggers are back even if it
 * throws. Only for a database nothing else writes to meanwhile (the generator's, before a server opens it): others'
 * rows would go unindexed.
 */
export function insertingInBulk<T>(sqlite: Database.Database, from: { postId: number; commentId: number }, insert: () => T): T {
  const triggers = sqlite
    .prepare(`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN (${INSERT_TRIGGERS.map(() => "?").join(", ")})`)
    .pluck()
    .all(...INSERT_TRIGGERS) as string[];
  for (const name of INSERT_TRIGGERS) sqlite.exec(`DROP TRIGGER IF EXISTS ${name}`);
  try {
    return insert();
  } finally {
    sqlite.transaction(() => {
      for (const sql of triggers) sqlite.exec(sql);
      for (const statement of searchIndexStatements(from.postId, from.commentId)) sqlite.exec(statement);
    })();
  }
}
