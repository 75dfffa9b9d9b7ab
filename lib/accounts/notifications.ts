// Notices for members: someone replied to your post or your comment.
import "server-only";
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db";
import { boards, notifications, posts, users } from "@/db/schema";

export const NOTIFICATIONS_PAGE_SIZE = 30;

export function unreadCount(userId: string): number {
  return getDb().select({ n: count() }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt))).get()?.n ?? 0;
}

const actors = alias(users, "actors");

export function listNotifications(userId: string, page: number) {
  return getDb()
    .select({
      id: notifications.id,
      kind: notifications.kind,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      commentId: notifications.commentId,
      postId: posts.id,
      postTitle: posts.title,
      boardSlug: boards.slug,
      actorName: actors.name,
    })
    .from(notifications)
    .innerJoin(posts, eq(posts.id, notifications.postId))
    .innerJoin(boards, eq(boards.id, posts.boardId))
    .innerJoin(actors, eq(actors.id, notifications.actorId))
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.id))
    .limit(NOTIFICATIONS_PAGE_SIZE)
    .offset((page - 1) * NOTIFICATIONS_PAGE_SIZE)
    .all();
}

export function countNotifications(userId: string): number {
  return getDb().select({ n: count() }).from(notifications).where(eq(notifications.userId, userId)).get()?.n ?? 0;
}

export function markAllRead(userId: string, now = Date.now()): void {
  getDb()
    .update(notifications)
    .set({ readAt: new Date(now) })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .run();
}
