// Moving a post or comment between statuses, with the counters that only count published writing kept right. Every
// counter of published writing moves here: when writing is published at once (lib/content/new-writing.ts), and when it
// enters or leaves "published" later.
import "server-only";
import { eq, sql } from "drizzle-orm";
import { boards, comments, posts, users, type ContentStatus, type TargetType } from "@/db/schema";
import { first, type Tx } from "@/db";

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
export async function setContentStatus(tx: Tx, type: TargetType, id: number, status: ContentStatus, changes: Changes = {}): Promise<boolean> {
  const table = type === "post" ? posts : comments;
  const row = await first(tx.select({ status: table.status, authorId: table.authorId }).from(table).where(eq(table.id, id)));
  if (!row) return false;
  await tx.update(table).set({ status, ...changes }).where(eq(table.id, id));
  const delta = (status === "published" ? 1 : 0) - (row.status === "published" ? 1 : 0);
  if (delta === 0) return true;
  const where =
    type === "post"
      ? { type, boardId: (await first(tx.select({ boardId: posts.boardId }).from(posts).where(eq(posts.id, id))))!.boardId, authorId: row.authorId }
      : { type, postId: (await first(tx.select({ postId: comments.postId }).from(comments).where(eq(comments.id, id))))!.postId, authorId: row.authorId };
  await countPublished(tx, where, delta);
  return true;
}

/** Where a piece of published writing is counted: its board or thread, and its author. */
export type CountedIn = { type: "post"; boardId: number; authorId: string } | { type: "comment"; postId: number; authorId: string };

/** Moves the counters of published writing by `delta` (1 when it appears, -1 when it goes). */
export async function countPublished(tx: Tx, where: CountedIn, delta: number): Promise<void> {
  if (where.type === "post") {
    await tx.update(boards).set({ postCount: sql`${boards.postCount} + ${delta}` }).where(eq(boards.id, where.boardId));
    await tx.update(users).set({ postCount: sql`${users.postCount} + ${delta}` }).where(eq(users.id, where.authorId));
  } else {
    await tx.update(posts).set({ commentCount: sql`${posts.commentCount} + ${delta}` }).where(eq(posts.id, where.postId));
    await tx.update(users).set({ commentCount: sql`${users.commentCount} + ${delta}` }).where(eq(users.id, where.authorId));
  }
}
