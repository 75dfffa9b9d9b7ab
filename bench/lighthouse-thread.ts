// Picks the thread Lighthouse audits: one with about as many comments as a typical thread, not the 100-comment hot one,
// from the database the app serves.
import type { NumberQuery } from "./served-database";

/** About what a typical thread carries; the hot thread's 100 comments are the load cases' worst case instead. */
const TYPICAL_COMMENTS = 13;

export async function lighthouseThread(query: NumberQuery, boardId: number, hotPostId: number): Promise<{ id: number; comments: number }> {
  const id = await query(
    `SELECT id FROM posts WHERE board_id = ? AND status = 'published' AND id != ?
     ORDER BY abs(comment_count - ?), id LIMIT 1`,
    boardId,
    hotPostId,
    TYPICAL_COMMENTS,
  );
  const chosen = id || hotPostId;
  return { id: chosen, comments: await query("SELECT comment_count FROM posts WHERE id = ?", chosen) };
}
