// Which writing shows an upload, and so who may see it: an image is public while a visible post or comment shows
// it; once all of them are held, removed or deleted, only their authors, the uploader and staff still get it.
import "server-only";
import { eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { first, getDb, type Tx } from "@/db";
import { comments, posts, uploads, uploadUses, users } from "@/db/schema";
import type { CurrentUser } from "../auth/session";
import { canModerate } from "../permissions";
import { displayName, mediaHref, mediaReferences } from "./names";

type Target = { postId: number } | { commentId: number };

/** Records the uploads a post's or comment's body shows, replacing what its previous version showed. In the write's transaction. */
export async function recordMediaUses(tx: Tx, target: Target, body: string): Promise<void> {
  const where = "postId" in target ? eq(uploadUses.postId, target.postId) : eq(uploadUses.commentId, target.commentId);
  await tx.delete(uploadUses).where(where);
  const hashes = mediaReferences(body);
  if (hashes.length === 0) return;
  // Only real uploads: a body may name any hash, and rows for made-up ones would only take room.
  const known = await tx.selectDistinct({ hash: uploads.hash }).from(uploads).where(inArray(uploads.hash, hashes));
  if (known.length === 0) return;
  await tx.insert(uploadUses)
    .values(known.map(({ hash }) => ({ hash, postId: "postId" in target ? target.postId : null, commentId: "commentId" in target ? target.commentId : null })));
}

/**
 * public: shown by visible writing, for everyone and cacheable for good. private: for this viewer only (their own
 * upload, their own hidden writing, or staff). hidden: answered as if it did not exist.
 */
export type MediaAccess = "public" | "private" | "hidden";

const commentPost = alias(posts, "comment_post");

export async function mediaAccess(hash: string, viewer: Pick<CurrentUser, "id" | "role" | "status"> | null): Promise<MediaAccess> {
  const db = getDb();
  const uploaders = await db.selectDistinct({ userId: uploads.userId }).from(uploads).where(eq(uploads.hash, hash));
  if (uploaders.length === 0) return "hidden";
  // A member's picture (./avatars.ts) is public while they show it.
  if (await first(db.select({ id: users.id }).from(users).where(eq(users.image, mediaHref(displayName(hash)))).limit(1))) return "public";
  const uses = await db
    .select({ postStatus: posts.status, postAuthor: posts.authorId, commentStatus: comments.status, commentAuthor: comments.authorId, commentPostStatus: commentPost.status })
    .from(uploadUses)
    .leftJoin(posts, eq(posts.id, uploadUses.postId))
    .leftJoin(comments, eq(comments.id, uploadUses.commentId))
    .leftJoin(commentPost, eq(commentPost.id, comments.postId))
    .where(eq(uploadUses.hash, hash));
  const visible = uses.some((use) => use.postStatus === "published" || (use.commentStatus === "published" && use.commentPostStatus === "published"));
  if (visible) return "public";
  if (!viewer || viewer.status !== "active") return "hidden";
  const authors = new Set([...uploaders.map((row) => row.userId), ...uses.flatMap((use) => [use.postAuthor, use.commentAuthor])]);
  return canModerate(viewer) || authors.has(viewer.id) ? "private" : "hidden";
}
