// Public profiles: who a member is, and what they have written lately.
import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { first, getDb } from "@/db";
import { boards, comments, posts, users, type UserRole, type UserStatus } from "@/db/schema";
import { usernameKey } from "./usernames";

export const PROFILE_PAGE_SIZE = 20;

export type Profile = {
  id: string;
  username: string;
  name: string;
  role: UserRole;
  status: UserStatus;
  statusUntil: Date | null;
  createdAt: Date;
  postCount: number;
  commentCount: number;
  /** The member's bio, sanitised HTML rendered at save (./settings.ts); "" for none. */
  bioHtml: string;
  /** Set for a deleted account: the page shows "[deleted member]" and nothing about who it was. */
  deletedAt: Date | null;
  /** Their picture (lib/media/avatars.ts); the page draws initials for null or any address not on this site. */
  image: string | null;
};

export async function getProfile(username: string): Promise<Profile | null> {
  return (
    await first(getDb()
      .select({
        id: users.id,
        username: users.username,
        name: users.name,
        role: users.role,
        status: users.status,
        statusUntil: users.statusUntil,
        createdAt: users.createdAt,
        postCount: users.postCount,
        commentCount: users.commentCount,
        bioHtml: users.bioHtml,
        deletedAt: users.deletedAt,
        image: users.image,
      })
      .from(users)
      .where(eq(users.usernameKey, usernameKey(username)))) ?? null
  );
}

const visible = (status: typeof posts.status | typeof comments.status) => eq(status, "published");

export async function listProfilePosts(userId: string, page: number) {
  return await getDb()
    .select({ id: posts.id, title: posts.title, boardSlug: boards.slug, boardName: boards.name, createdAt: posts.createdAt, commentCount: posts.commentCount })
    .from(posts)
    .innerJoin(boards, eq(boards.id, posts.boardId))
    .where(and(eq(posts.authorId, userId), visible(posts.status), eq(boards.archived, false)))
    .orderBy(desc(posts.createdAt))
    .limit(PROFILE_PAGE_SIZE)
    .offset((page - 1) * PROFILE_PAGE_SIZE);
}

export async function listProfileComments(userId: string, page: number) {
  return await getDb()
    .select({
      id: comments.id,
      bodyHtml: comments.bodyHtml,
      createdAt: comments.createdAt,
      postId: posts.id,
      postTitle: posts.title,
      boardSlug: boards.slug,
    })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .innerJoin(boards, eq(boards.id, posts.boardId))
    .where(and(eq(comments.authorId, userId), visible(comments.status), visible(posts.status), eq(boards.archived, false)))
    .orderBy(desc(comments.createdAt))
    .limit(PROFILE_PAGE_SIZE)
    .offset((page - 1) * PROFILE_PAGE_SIZE);
}
