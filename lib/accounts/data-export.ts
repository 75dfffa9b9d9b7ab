// "Export my data": everything a member wrote and chose, as one JSON document for them alone.
import "server-only";
import { asc, eq } from "drizzle-orm";
import { first, getDb } from "@/db";
import { boards, commentLikes, comments, postLikes, posts, users } from "@/db/schema";
import { readSettings } from "./settings";

/** Bumped when the document's shape changes, so a reader of old exports can tell. */
export const EXPORT_FORMAT_VERSION = 1;

/** The member's own data, read by their id from the session and nothing else: no other member's rows can be in it. */
export async function exportMemberData(userId: string, now = new Date()) {
  const db = getDb();
  const profile = await first(db
    .select({
      username: users.username,
      name: users.name,
      email: users.email,
      emailVerified: users.emailVerified,
      role: users.role,
      locale: users.locale,
      createdAt: users.createdAt,
      bio: users.bio,
      signature: users.signature,
    })
    .from(users)
    .where(eq(users.id, userId)));
  if (!profile) return null;
  // The settings as the site reads them, defaults included (./settings.ts).
  const { timeZone, dateStyle, theme } = (await readSettings(userId))!;
  return {
    format: "rapport-member-export",
    version: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    profile,
    settings: { timeZone, dateStyle, theme },
    posts: await db
      .select({ id: posts.id, board: boards.slug, title: posts.title, markdown: posts.bodySource, status: posts.status, createdAt: posts.createdAt, editedAt: posts.editedAt })
      .from(posts)
      .innerJoin(boards, eq(boards.id, posts.boardId))
      .where(eq(posts.authorId, userId))
      .orderBy(asc(posts.id)),
    comments: await db
      .select({ id: comments.id, postId: comments.postId, parentId: comments.parentId, markdown: comments.bodySource, status: comments.status, createdAt: comments.createdAt, editedAt: comments.editedAt })
      .from(comments)
      .where(eq(comments.authorId, userId))
      .orderBy(asc(comments.id)),
    likes: {
      posts: await db.select({ postId: postLikes.postId, at: postLikes.createdAt }).from(postLikes).where(eq(postLikes.userId, userId)).orderBy(asc(postLikes.postId)),
      comments: await db
        .select({ commentId: commentLikes.commentId, at: commentLikes.createdAt })
        .from(commentLikes)
        .where(eq(commentLikes.userId, userId))
        .orderBy(asc(commentLikes.commentId)),
    },
  };
}

export type MemberExport = NonNullable<ReturnType<typeof exportMemberData>>;
