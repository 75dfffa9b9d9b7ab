// Recommending a post or a comment: once per member, taken back with a second press; the count moves with it.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { commentLikes, comments, postLikes, posts } from "@/db/schema";
import type { CurrentUser } from "./auth/session";
import { canLike } from "./permissions";
import { refuse, type WriteResult } from "./writing-outcome";

export type LikeTarget = "post" | "comment";

/** The form field a recommend button sends, as "post:<id>" or "comment:<id>". */
export const LIKE_FIELD = "like";
export const likeValue = (target: LikeTarget, id: number) => `${target}:${id}`;
/** What a recommend button asked for, or null for anything else. */
export function parseLikeValue(value: FormDataEntryValue | null): { target: LikeTarget; id: number } | null {
  const match = typeof value === "string" ? /^(post|comment):([1-9]\d{0,15})$/.exec(value) : null;
  if (!match) return null;
  const id = Number(match[2]);
  return Number.isSafeInteger(id) ? { target: match[1] as LikeTarget, id } : null;
}

/** Recommends, or takes a recommendation back; returns whether it is now recommended and the new count. */
export function toggleLike(user: CurrentUser, target: LikeTarget, id: number): WriteResult<{ liked: boolean; count: number; postId: number }> {
  const db = getDb();
  const row =
    target === "post"
      ? db.select({ authorId: posts.authorId, status: posts.status, postId: posts.id }).from(posts).where(eq(posts.id, id)).get()
      : db.select({ authorId: comments.authorId, status: comments.status, postId: comments.postId }).from(comments).where(eq(comments.id, id)).get();
  if (!row) return refuse(target === "post" ? "postNotFound" : "commentNotFound");
  if (!canLike(user, row)) return refuse(row.authorId === user.id ? "cannotLikeOwn" : "cannotLike");

  return db.transaction((tx) => {
    if (target === "post") {
      const removed = tx.delete(postLikes).where(and(eq(postLikes.postId, id), eq(postLikes.userId, user.id))).run().changes;
      if (!removed) tx.insert(postLikes).values({ postId: id, userId: user.id }).run();
      const updated = tx
        .update(posts)
        .set({ likeCount: sql`${posts.likeCount} + ${removed ? -1 : 1}` })
        .where(eq(posts.id, id))
        .returning({ count: posts.likeCount })
        .get();
      return { ok: true as const, liked: !removed, count: updated?.count ?? 0, postId: row.postId };
    }
    const removed = tx.delete(commentLikes).where(and(eq(commentLikes.commentId, id), eq(commentLikes.userId, user.id))).run().changes;
    if (!removed) tx.insert(commentLikes).values({ commentId: id, userId: user.id }).run();
    const updated = tx
      .update(comments)
      .set({ likeCount: sql`${comments.likeCount} + ${removed ? -1 : 1}` })
      .where(eq(comments.id, id))
      .returning({ count: comments.likeCount })
      .get();
    return { ok: true as const, liked: !removed, count: updated?.count ?? 0, postId: row.postId };
  });
}

export function likesPost(userId: string, postId: number): boolean {
  return Boolean(getDb().select({ one: sql`1` }).from(postLikes).where(and(eq(postLikes.postId, postId), eq(postLikes.userId, userId))).get());
}
