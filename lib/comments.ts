// Comments as readers see them: a post's thread in reading order, replies under their parents.
import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { commentLikes, comments, users, type ContentStatus } from "@/db/schema";
import type { Author } from "./posts";

export type ThreadComment = {
  id: number;
  parentId: number | null;
  depth: number;
  author: Author & { id: string };
  status: ContentStatus;
  /** Empty for a tombstone: the text of deleted or hidden writing never leaves the server. */
  bodyHtml: string;
  createdAt: Date;
  editedAt: Date | null;
  likeCount: number;
};

/**
 * A post's comments in thread order: each comment followed by its replies. A comment that is no longer
 * visible stays as a tombstone while it has visible replies, so the thread keeps its shape; otherwise it is left out.
 */
export function listThread(postId: number): ThreadComment[] {
  const rows = getDb()
    .select({
      id: comments.id,
      parentId: comments.parentId,
      depth: comments.depth,
      authorId: users.id,
      authorUsername: users.username,
      authorName: users.name,
      status: comments.status,
      bodyHtml: comments.bodyHtml,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
      likeCount: comments.likeCount,
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(eq(comments.postId, postId))
    .orderBy(asc(comments.path))
    .all();

  // Walking backwards, a comment knows whether anything visible sits below it before it is itself decided.
  const keep = new Array<boolean>(rows.length).fill(false);
  const hasVisibleBelow = new Set<number>();
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i]!;
    keep[i] = row.status === "published" || hasVisibleBelow.has(row.id);
    if (keep[i] && row.parentId !== null) hasVisibleBelow.add(row.parentId);
  }
  return rows
    .filter((_, i) => keep[i])
    .map(({ authorId, authorUsername, authorName, ...c }) => ({
      ...c,
      bodyHtml: c.status === "published" ? c.bodyHtml : "",
      author: { id: authorId, username: authorUsername, name: authorName },
    }));
}

/** Which of a post's comments the reader has recommended. */
export function likedCommentIds(userId: string, postId: number): Set<number> {
  const rows = getDb()
    .select({ id: commentLikes.commentId })
    .from(commentLikes)
    .innerJoin(comments, eq(comments.id, commentLikes.commentId))
    .where(and(eq(commentLikes.userId, userId), eq(comments.postId, postId)))
    .all();
  return new Set(rows.map((r) => r.id));
}
