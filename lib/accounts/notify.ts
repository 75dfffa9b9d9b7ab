// Writing notices, inside the transaction of the write that causes them, and mailing them at once to members who
// asked for that (the daily digest, lib/accounts/digest.ts, gathers the rest).
import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { first, returned, type Tx } from "@/db";
import { notifications, type NotificationKind } from "@/db/schema";
import { enqueueMail } from "../mail/queue";
import { mailRecipient, notifyPrefs, prefKindOf } from "./notification-prefs";
import { noticeHref, noticesById, noticeText } from "./notifications";
import { absoluteLink, translatorFor } from "./notice-mail";

export type NewNotice = {
  userId: string;
  kind: NotificationKind;
  actorId?: string | null;
  postId?: number | null;
  commentId?: number | null;
  detail?: Record<string, string> | null;
};

/** Adds a notice and, when the member wants this kind at once by email, queues its mail. */
export async function notify(tx: Tx, notice: NewNotice, now = Date.now()): Promise<number> {
  const { id } = await returned(tx
    .insert(notifications)
    .values({ ...notice, actorId: notice.actorId ?? null, postId: notice.postId ?? null, commentId: notice.commentId ?? null, detail: notice.detail ?? null, createdAt: new Date(now) })
    .returning({ id: notifications.id }));
  await mailAtOnce(tx, id, notice.userId, notice.kind, now);
  return id;
}

/**
 * A recommendation: one notice per writing, which grows ("3 people recommended …") and comes back up as unread
 * with each new one, instead of a row per recommendation. Mailed at once only when it was read or new.
 */
export async function notifyLike(tx: Tx, like: { userId: string; actorId: string; postId: number; commentId: number | null; count: number }, now = Date.now()): Promise<number> {
  const existing = await first(tx
    .select({ id: notifications.id, readAt: notifications.readAt })
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, like.userId),
        eq(notifications.kind, "like"),
        eq(notifications.postId, like.postId),
        like.commentId === null ? isNull(notifications.commentId) : eq(notifications.commentId, like.commentId),
      ),
      ));
  if (!existing) return notify(tx, { ...like, kind: "like" }, now);
  await tx.update(notifications)
    .set({ actorId: like.actorId, actorCount: Math.max(1, like.count), createdAt: new Date(now), readAt: null, ...(existing.readAt && { emailedAt: null }) })
    .where(eq(notifications.id, existing.id));
  if (existing.readAt) await mailAtOnce(tx, existing.id, like.userId, "like", now);
  return existing.id;
}

async function mailAtOnce(tx: Tx, id: number, userId: string, kind: NotificationKind, now: number): Promise<void> {
  if ((await notifyPrefs(userId, tx))[prefKindOf(kind)] !== "immediate") return;
  const to = await mailRecipient(userId, tx);
  if (!to) return;
  const [notice] = await noticesById(tx, [id]);
  if (!notice) return;
  const t = translatorFor(to.locale);
  await enqueueMail(tx, { kind: "notification", to: to.email, locale: to.locale, name: to.name, link: absoluteLink(await noticeHref(notice)), lines: [noticeText(t, notice)] }, new Date(now));
  await tx.update(notifications).set({ emailedAt: new Date(now) }).where(eq(notifications.id, id));
}
