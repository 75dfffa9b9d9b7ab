// Recommending a post or a comment: once per member, taken back with a second press; the count moves with it.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { first, getDb } from "@/db";
import { boards, commentLikes, comments, postLikes, posts } from "@/db/schema";
import type { CurrentUser } from "../auth/session";
import { canLike } from "../permissions";
import { notifyLike } from "../accounts/notify";
import { refuse, type WriteResult } from "../write-result";

export type LikeTarget = "post" | "comment";

/** The form field a recommend button sends, as "post:<id>" or "comment:<id>". */
export const LIKE_FIELD = "like";
export const likeValue = (target: LikeTarget, id: number) => `${target}:${id}`;

/** Recommends, or takes a recommendation back; returns whether it is now recommended and the new count. */
export async function toggleLike(user: CurrentUser, target: LikeTarget, id: number): Promise<WriteResult<{ liked: boolean; count: number; postId: number; boardSlug: string }>> {
  const db = getDb();
  const row =
    target === "post"
      ? await first(db
          .select({ authorId: posts.authorId, status: posts.status, threadLocked: posts.locked, postId: posts.id, boardSlug: boards.slug })
          .from(posts)
          .innerJoin(boards, eq(boards.id, posts.boardId))
          .where(eq(posts.id, id)))
      : await first(db
          .select({ authorId: comments.authorId, status: comments.status, threadLocked: posts.locked, postId: comments.postId, boardSlug: boards.slug })
          .from(comments)
          .innerJoin(posts, eq(posts.id, comments.postId))
          .innerJoin(boards, eq(boards.id, posts.boardId))
          .where(eq(comments.id, id)));
  if (!row) return refuse(target === "post" ? "postNotFound" : "commentNotFound");
  if (!canLike(user, row)) return refuse(row.authorId === user.id ? "cannotLikeOwn" : row.threadLocked ? "threadLockedToLikes" : "cannotLike");

  return db.transaction(async (tx) => {
    if (target === "post") {
      const removed = (await tx.delete(postLikes).where(and(eq(postLikes.postId, id), eq(postLikes.userId, user.id))).returning({ postId: postLikes.postId })).length;
      if (!removed) await tx.insert(postLikes).values({ postId: id, userId: user.id });
      const updated = await first(tx
        .update(posts)
        .set({ likeCount: sql`${posts.likeCount} + ${removed ? -1 : 1}` })
        .where(eq(posts.id, id))
        .returning({ count: posts.likeCount }));
      if (!removed) await notifyLike(tx, { userId: row.authorId, actorId: user.id, postId: id, commentId: null, count: updated?.count ?? 1 });
      return { ok: true as const, liked: !removed, count: updated?.count ?? 0, postId: row.postId, boardSlug: row.boardSlug };
    }
    const removed = (await tx.delete(commentLikes).where(and(eq(commentLikes.commentId, id), eq(commentLikes.userId, user.id))).returning({ commentId: commentLikes.commentId })).length;
    if (!removed) await tx.insert(commentLikes).values({ commentId: id, userId: user.id });
    const updated = await first(tx
      .update(comments)
      .set({ likeCount: sql`${comments.likeCount} + ${removed ? -1 : 1}` })
      .where(eq(comments.id, id))
      .returning({ count: comments.likeCount }));
    if (!removed) await notifyLike(tx, { userId: row.authorId, actorId: user.id, postId: row.postId, commentId: id, count: updated?.count ?? 1 });
    return { ok: true as const, liked: !removed, count: updated?.count ?? 0, postId: row.postId, boardSlug: row.boardSlug };
  });
}

export async function likesPost(userId: string, postId: number): Promise<boolean> {
  return Boolean(await first(getDb().select({ one: sql`1` }).from(postLikes).where(and(eq(postLikes.postId, postId), eq(postLikes.userId, userId)))));
}
