// Edit history: every kept version of a post or comment, oldest first, with what changed from the one before.
import "server-only";
import { diffWordsWithSpace } from "diff";
import { asc, eq } from "drizzle-orm";
import { first, getDb } from "@/db";
import { commentRevisions, comments, postRevisions, posts } from "@/db/schema";

export type Change = { kind: "same" | "added" | "removed"; text: string };
export type Version = { title?: string; body: string; writtenAt: Date; current: boolean; titleChanges?: Change[]; bodyChanges: Change[] };

function changes(before: string, after: string): Change[] {
  return diffWordsWithSpace(before, after).map((part) => ({
    kind: part.added ? "added" : part.removed ? "removed" : "same",
    text: part.value,
  }));
}

/** Each version with what it changed from the one before; the first changed nothing, so it reads as plain text. */
function withChanges(versions: Omit<Version, "bodyChanges" | "titleChanges">[]): Version[] {
  return versions.map((version, i) => {
    const previous = versions[i - 1];
    const from = (before: string | undefined, after: string): Change[] => (previous ? changes(before ?? "", after) : [{ kind: "same", text: after }]);
    return {
      ...version,
      bodyChanges: from(previous?.body, version.body),
      titleChanges: version.title === undefined ? undefined : from(previous?.title, version.title),
    };
  });
}

export async function postHistory(postId: number): Promise<Version[]> {
  const db = getDb();
  const post = await first(db.select({ title: posts.title, body: posts.bodySource, createdAt: posts.createdAt, editedAt: posts.editedAt }).from(posts).where(eq(posts.id, postId)));
  if (!post) return [];
  const older = await db
    .select({ title: postRevisions.title, body: postRevisions.bodySource, writtenAt: postRevisions.writtenAt })
    .from(postRevisions)
    .where(eq(postRevisions.postId, postId))
    .orderBy(asc(postRevisions.id));
  return withChanges([
    ...older.map((v) => ({ ...v, current: false })),
    { title: post.title, body: post.body, writtenAt: post.editedAt ?? post.createdAt, current: true },
  ]);
}

export async function commentHistory(commentId: number): Promise<Version[]> {
  const db = getDb();
  const comment = await first(db.select({ body: comments.bodySource, createdAt: comments.createdAt, editedAt: comments.editedAt }).from(comments).where(eq(comments.id, commentId)));
  if (!comment) return [];
  const older = await db
    .select({ body: commentRevisions.bodySource, writtenAt: commentRevisions.writtenAt })
    .from(commentRevisions)
    .where(eq(commentRevisions.commentId, commentId))
    .orderBy(asc(commentRevisions.id));
  return withChanges([...older.map((v) => ({ ...v, current: false })), { body: comment.body, writtenAt: comment.editedAt ?? comment.createdAt, current: true }]);
}
