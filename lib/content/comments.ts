// Comments as readers see them: a post's thread in reading order, replies under their parents.
import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db";
import { commentLikes, comments, users, type ContentStatus } from "@/db/schema";
import { canSeeHidden } from "../permissions";
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

/** The columns that decide a comment's place in the thread and whether a reader sees it: no text. */
export type ShapeRow = { id: number; parentId: number | null; authorId: string; status: ContentStatus; holdReasons: string[] | null };

const shapeColumns = {
  id: comments.id,
  parentId: comments.parentId,
  authorId: comments.authorId,
  status: comments.status,
  holdReasons: comments.holdReasons,
};

/** A post's comments in thread order (by path: each comment followed by its replies), with only the shape columns. */
export async function threadShape(postId: number): Promise<ShapeRow[]> {
  return await getDb().select(shapeColumns).from(comments).where(eq(comments.postId, postId)).orderBy(asc(comments.path));
}

const readableBy = (viewer: Viewer) => (row: Pick<ShapeRow, "status" | "authorId">) =>
  row.status === "published" || (row.status !== "deleted" && canSeeHidden(viewer, { authorId: row.authorId }));

/**
 * Which rows of a thread (in thread order) `viewer` sees, as text or as a tombstone. Removed comments, and comments
 * hidden by reports, stay as tombstones; deleted or held ones stay only while they have visible replies, so the
 * thread keeps its shape.
 */
export function keptRows(rows: ShapeRow[], viewer: Viewer): boolean[] {
  // Walking backwards, a comment knows whether anything visible sits below it before it is itself decided.
  const keep = new Array<boolean>(rows.length).fill(false);
  const hasVisibleBelow = new Set<number>();
  const readable = readableBy(viewer);
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i]!;
    keep[i] = readable(row) || alwaysTombstoned(row) || hasVisibleBelow.has(row.id);
    if (keep[i] && row.parentId !== null) hasVisibleBelow.add(row.parentId);
  }
  return keep;
}

/**
 * A post's comments in thread order: each comment followed by its replies, tombstones as keptRows decides.
 * Authors and moderators see the text of their held and removed writing. With `only`, just those comments
 * (lib/content/comment-pages.ts passes one page's worth).
 */
export async function listThread(postId: number, viewer: Viewer = null, only?: number[]): Promise<ThreadComment[]> {
  if (only?.length === 0) return [];
  const selected = await getDb()
    .select({
      ...shapeColumns,
      depth: comments.depth,
      authorUsername: users.username,
      authorName: users.name,
      removalReason: comments.removalReason,
      bodyHtml: comments.bodyHtml,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
      likeCount: comments.likeCount,
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(only ? and(eq(comments.postId, postId), inArray(comments.id, only)) : eq(comments.postId, postId))
    .orderBy(asc(comments.path));
  // A page's ids were already chosen by keptRows; the whole thread is decided here.
  const kept = only ? null : keptRows(selected, viewer);
  const rows = kept ? selected.filter((_, i) => kept[i]) : selected;
  const readable = readableBy(viewer);
  return rows.map(({ authorId, authorUsername, authorName, holdReasons, ...c }) => ({
    ...c,
    holdReasons: holdReasons ?? [],
    bodyHtml: readable({ status: c.status, authorId }) ? c.bodyHtml : "",
    author: { id: authorId, username: authorUsername, name: authorName },
  }));
}

/** Which of a post's comments the reader has recommended. */
export async function likedCommentIds(userId: string, postId: number): Promise<Set<number>> {
  const rows = await getDb()
    .select({ id: commentLikes.commentId })
    .from(commentLikes)
    .innerJoin(comments, eq(comments.id, commentLikes.commentId))
    .where(and(eq(commentLikes.userId, userId), eq(comments.postId, postId)));
  return new Set(rows.map((r) => r.id));
}
