// Comments as readers see them: a post's thread in reading order, replies under their parents.
import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { comments, users } from "@/db/schema";
import type { Author } from "./posts";

export type ThreadComment = {
  id: number;
  parentId: number | null;
  depth: number;
  author: Author;
  bodyHtml: string;
  createdAt: Date;
  editedAt: Date | null;
  likeCount: number;
};

/** A post's visible comments in thread order: each comment followed by its replies. */
export function listThread(postId: number): ThreadComment[] {
  return getDb()
    .select({
      id: comments.id,
      parentId: comments.parentId,
      depth: comments.depth,
      authorUsername: users.username,
      authorName: users.name,
      bodyHtml: comments.bodyHtml,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
      likeCount: comments.likeCount,
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(and(eq(comments.postId, postId), eq(comments.status, "published")))
    .orderBy(asc(comments.path))
    .all()
    .map(({ authorUsername, authorName, ...c }) => ({ ...c, author: { username: authorUsername, name: authorName } }));
}
