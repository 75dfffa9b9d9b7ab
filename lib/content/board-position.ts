// Where a thread sits in its board's list (the default order: pinned first, then last activity), for the board list
// that a table-style board shows under each thread, as gnuboard does.
import "server-only";
import { and, eq, gt, or, sql, count } from "drizzle-orm";
import { first, getDb } from "@/db";
import { posts } from "@/db/schema";
import { PAGE_SIZE } from "../pagination";

/** The page of the board's list that holds the thread; page 1 for a thread the list does not show (held, removed). */
export async function boardPageOf(postId: number): Promise<number> {
  const db = getDb();
  const post = await first(db
    .select({ boardId: posts.boardId, status: posts.status, pinned: posts.pinned, lastActivityAt: posts.lastActivityAt })
    .from(posts)
    .where(eq(posts.id, postId)));
  if (!post || post.status !== "published") return 1;
  // Rows before it in the list's order (desc pinned, desc last activity, desc id), read from posts_board_list_idx.
  const before =
    (await first(db
      .select({ n: count() })
      .from(posts)
      .where(
        and(
          eq(posts.boardId, post.boardId),
          eq(posts.status, "published"),
          or(
            gt(posts.pinned, post.pinned),
            and(eq(posts.pinned, post.pinned), gt(posts.lastActivityAt, post.lastActivityAt)),
            and(eq(posts.pinned, post.pinned), eq(posts.lastActivityAt, post.lastActivityAt), gt(posts.id, postId)),
          ),
        ),
      )))?.n ?? 0;
  return Math.floor(before / PAGE_SIZE) + 1;
}
