// Notices for members: replies, recommendations (grouped per writing), mentions, moderators' decisions on their
// writing and answers to their appeals. Reads, and the one text each notice reads as, on the page and in mail.
import "server-only";
import { isDeletedUsername } from "./deleted-members";
import { and, count, desc, eq, inArray, isNull, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { first, getDb, type Tx } from "@/db";
import { boards, notifications, posts, users, type NotificationKind } from "@/db/schema";
import { commentHref } from "../content/comment-pages";
import { postHref } from "../routes";

export const NOTIFICATIONS_PAGE_SIZE = 30;

export async function unreadCount(userId: string): Promise<number> {
  return (await first(getDb().select({ n: count() }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))))?.n ?? 0;
}

const actors = alias(users, "actors");

export type Notice = {
  id: number;
  userId: string;
  kind: NotificationKind;
  createdAt: Date;
  readAt: Date | null;
  commentId: number | null;
  postId: number | null;
  postTitle: string | null;
  boardSlug: string | null;
  actorName: string | null;
  /** The actor's username: a deleted account's is how its placeholder name is told apart. */
  actorUsername: string | null;
  actorCount: number;
  detail: Record<string, string> | null;
};

/** Notices with what their text and link need, newest first (a grouped notice moves up when it grows). */
export async function readNotices(db: Tx, where: SQL | undefined, limit: number, offset = 0): Promise<Notice[]> {
  return await db
    .select({
      id: notifications.id,
      userId: notifications.userId,
      kind: notifications.kind,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      commentId: notifications.commentId,
      postId: posts.id,
      postTitle: posts.title,
      boardSlug: boards.slug,
      actorName: actors.name,
      actorUsername: actors.username,
      actorCount: notifications.actorCount,
      detail: notifications.detail,
    })
    .from(notifications)
    .leftJoin(posts, eq(posts.id, notifications.postId))
    .leftJoin(boards, eq(boards.id, posts.boardId))
    .leftJoin(actors, eq(actors.id, notifications.actorId))
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit)
    .offset(offset);
}

export async function listNotifications(userId: string, page: number): Promise<Notice[]> {
  return readNotices(getDb(), eq(notifications.userId, userId), NOTIFICATIONS_PAGE_SIZE, (page - 1) * NOTIFICATIONS_PAGE_SIZE);
}

export async function noticesById(db: Tx, ids: number[]): Promise<Notice[]> {
  return ids.length === 0 ? [] : await readNotices(db, inArray(notifications.id, ids), ids.length);
}

export async function countNotifications(userId: string): Promise<number> {
  return (await first(getDb().select({ n: count() }).from(notifications).where(eq(notifications.userId, userId))))?.n ?? 0;
}

export async function markAllRead(userId: string, now = Date.now()): Promise<void> {
  await getDb()
    .update(notifications)
    .set({ readAt: new Date(now) })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}

/** A translator over the whole catalogue: next-intl's on a page, createTranslator's in mail. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The words of one notice, in the translator's language. */
export function noticeText(t: Translate, notice: Notice): string {
  const title = notice.postTitle ?? "";
  const name = notice.actorUsername && isDeletedUsername(notice.actorUsername) ? t("accountDeletion.deletedMember") : (notice.actorName ?? "");
  const d = notice.detail ?? {};
  switch (notice.kind) {
    case "reply_to_post":
    case "reply_to_comment":
      return t(`notifications.${notice.kind}`, { name, title });
    case "like":
      return t(notice.commentId ? "notify2.likeComment" : "notify2.likePost", { name, title, count: notice.actorCount, others: notice.actorCount - 1 });
    case "mention":
      return t("notify2.mention", { name, title });
    case "moderation": {
      const reason = d.reason ? (REASON_KEYS.has(d.reason) ? t(`moderation.reasons.${d.reason}`) : d.reason) : "";
      const text = t(`notify2.decision.${d.action ?? "removed"}`, { title, target: t(`notify2.target.${notice.commentId ? "comment" : "post"}`) });
      return reason ? `${text} ${t("notify2.reason", { reason })}` : text;
    }
    case "appeal_answer":
      return t(d.outcome === "lifted" ? "notify2.appealLifted" : "notify2.appealUpheld", { answer: d.answer ?? "" });
  }
}

const REASON_KEYS = new Set(["spam", "abuse", "off_topic", "personal_info", "other"]);

/** Where a notice leads: the comment, the thread, or (for an appeal's answer) the appeal page. */
export async function noticeHref(notice: Notice): Promise<string> {
  if (notice.kind === "appeal_answer" || notice.postId === null || notice.boardSlug === null) return "/appeal";
  return notice.commentId ? await commentHref(notice.boardSlug, notice.postId, notice.commentId) : postHref(notice.boardSlug, notice.postId);
}
