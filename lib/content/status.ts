// Moving a post or comment between statuses, with the counters that only count published writing kept right. Every
// counter of published writing moves here: when writing is published at once (lib/content/new-writing.ts), and when it
// enters or leaves "published" later.
import "server-only";
import { eq, sql } from "drizzle-orm";
import { boards, comments, posts, users, type ContentStatus, type TargetType } from "@/db/schema";
import type { Tx } from "@/db";

type Changes = Partial<{
  holdReasons: string[] | null;
  removalReason: (typeof posts.$inferInsert)["removalReason"];
  removalNote: string | null;
  removalLogId: number | null;
}>;

/**
 * Sets the status of a post or comment and moves the counters when it enters or leaves "published".
 * Returns false when there is no such row.
 */
export function setContentStatus(tx: Tx, type: TargetType, id: number, status: ContentStatus, changes: Changes = {}): boolean {
  const table = type === "post" ? posts : comments;
  const row = tx.select({ status: table.status, authorId: table.authorId }).from(table).where(eq(table.id, id)).get();
  if (!row) return false;
  tx.update(table).set({ status, ...changes }).where(eq(table.id, id)).run();
  const delta = (status === "published" ? 1 : 0) - (row.status === "published" ? 1 : 0);
  if (delta === 0) return true;
  const where =
    type === "post"
      ? { type, boardId: tx.select({ boardId: posts.boardId }).from(posts).where(eq(posts.id, id)).get()!.boardId, authorId: row.authorId }
      : { type, postId: tx.select({ postId: comments.postId }).from(comments).where(eq(comments.id, id)).get()!.postId, authorId: row.authorId };
  countPublished(tx, where, delta);
  return true;
}

/** Where a piece of published writing is counted: its board or thread, and its author. */
export type CountedIn = { type: "post"; boardId: number; authorId: string } | { type: "comment"; postId: number; authorId: string };

/** Moves the counters of published writing by `delta` (1 when it appears, -1 when it goes). */
export function countPublished(tx: Tx, where: CountedIn, delta: number): void {
  if (where.type === "post") {
    tx.update(boards).set({ postCount: sql`${boards.postCount} + ${delta}` }).where(eq(boards.id, where.boardId)).run();
    tx.update(users).set({ postCount: sql`${users.postCount} + ${delta}` }).where(eq(users.id, where.authorId)).run();
  } else {
    tx.update(posts).set({ commentCount: sql`${posts.commentCount} + ${delta}` }).where(eq(posts.id, where.postId)).run();
    tx.update(users).set({ commentCount: sql`${users.commentCount} + ${delta}` }).where(eq(users.id, where.authorId)).run();
  }
}
