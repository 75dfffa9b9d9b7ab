// Comments as readers see them: a post's thread in reading order, replies under their parents.
import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { commentLikes, comments, users, type ContentStatus } from "@/db/schema";
import { canSeeHidden } from "./permissions";
import type { Author } from "./posts";

export type ThreadComment = {
  id: number;
  parentId: number | null;
  depth: number;
  author: Author & { id: string };
  status: ContentStatus;
  holdReasons: string[];
  removalReason: string | null;
  /** Empty for a tombstone: the text of deleted or hidden writing never reaches a reader who may not see it. */
  bodyHtml: string;
  createdAt: Date;
  editedAt: Date | null;
  likeCount: number;
};

export type Viewer = { id: string; role: "member" | "moderator" | "admin"; status: "active" | "suspended" | "banned" } | null;

/** Whether readers see a tombstone where the comment was, whatever lies below it. */
const alwaysTombstoned = (c: { status: ContentStatus; holdReasons: string[] | null }) =>
  c.status === "removed" || (c.status === "held" && Boolean(c.holdReasons?.includes("reports")));

/**
 * A post's comments in thread order: each comment followed by its replies. Removed comments, and comments
 * hidden by reports, stay as tombstones; deleted or held ones stay as tombstones only while they have visible
 * replies, so the thread keeps its shape. Authors and moderators see the text of their held and removed writing.
 */
export function listThread(postId: number, viewer: Viewer = null): ThreadComment[] {
  const rows = getDb()
    .select({
      id: comments.id,
      parentId: comments.parentId,
      depth: comments.depth,
      authorId: users.id,
      authorUsername: users.username,
      authorName: users.name,
      status: comments.status,
      holdReasons: comments.holdReasons,
      removalReason: comments.removalReason,
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
  const readable = (row: (typeof rows)[number]) =>
    row.status === "published" || (row.status !== "deleted" && canSeeHidden(viewer, { authorId: row.authorId }));
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i]!;
    keep[i] = readable(row) || alwaysTombstoned(row) || hasVisibleBelow.has(row.id);
    if (keep[i] && row.parentId !== null) hasVisibleBelow.add(row.parentId);
  }
  return rows
    .filter((_, i) => keep[i])
    .map(({ authorId, authorUsername, authorName, holdReasons, ...c }) => ({
      ...c,
      holdReasons: holdReasons ?? [],
      bodyHtml: readable({ ...c, authorId, authorUsername, authorName, holdReasons }) ? c.bodyHtml : "",
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
