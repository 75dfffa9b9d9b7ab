// The daily digest: for members who chose it for some kinds of notice, one mail a day with those notices that have
// not gone out by email yet. Run by a timer the server starts (lib/platform/server-start.ts), due once a day.
import "server-only";
import { and, eq, gt, inArray, isNull } from "drizzle-orm";
import { first, getDb } from "@/db";
import { notificationPrefs, notifications, siteSettings, NOTIFICATION_KINDS } from "@/db/schema";
import { enqueueMail } from "../mail/queue";
import { logger } from "../platform/logger";
import { mailRecipient, notifyPrefs, prefKindOf } from "./notification-prefs";
import { noticesById, noticeText } from "./notifications";
import { absoluteLink, translatorFor } from "./notice-mail";

export const DIGEST_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** How often the timer asks whether a digest is due. */
export const DIGEST_CHECK_MS = 15 * 60 * 1000;
/** Notices older than this are not mailed, so switching to the digest does not mail a member's whole history. */
export const DIGEST_LOOKBACK_MS = 2 * DIGEST_INTERVAL_MS;
/** Lines in one digest; the rest are on the notifications page it links to. */
export const DIGEST_MAX_LINES = 50;
const LAST_RUN_KEY = "notification_digest_last_run";

/** Queues one digest mail per member who has unsent notices of a digest kind; returns how many were queued. */
export async function gatherDigests(now = Date.now()): Promise<number> {
  const db = getDb();
  const members = await db.selectDistinct({ userId: notificationPrefs.userId }).from(notificationPrefs).where(eq(notificationPrefs.mode, "digest"));
  let queued = 0;
  for (const { userId } of members) {
    const to = await mailRecipient(userId);
    if (!to) continue;
    const prefs = await notifyPrefs(userId);
    const kinds = NOTIFICATION_KINDS.filter((kind) => prefs[prefKindOf(kind)] === "digest");
    await db.transaction(async (tx) => {
      const ids = (await tx
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(eq(notifications.userId, userId), isNull(notifications.emailedAt), inArray(notifications.kind, kinds), gt(notifications.createdAt, new Date(now - DIGEST_LOOKBACK_MS)))))
        .map((row) => row.id);
      if (ids.length === 0) return;
      const t = translatorFor(to.locale);
      const lines = (await noticesById(tx, ids)).slice(0, DIGEST_MAX_LINES).map((notice) => noticeText(t, notice));
      await enqueueMail(tx, { kind: "notification_digest", to: to.email, locale: to.locale, name: to.name, link: absoluteLink("/notifications"), lines }, new Date(now));
      await tx.update(notifications).set({ emailedAt: new Date(now) }).where(inArray(notifications.id, ids));
      queued++;
    });
  }
  return queued;
}

/** Gathers the digests when a day has passed since the last time; what the server's timer calls. */
export async function gatherDigestsIfDue(now = Date.now()): Promise<number | null> {
  const db = getDb();
  const last = Number((await first(db.select({ value: siteSettings.value }).from(siteSettings).where(eq(siteSettings.key, LAST_RUN_KEY))))?.value ?? 0);
  if (now - last < DIGEST_INTERVAL_MS) return null;
  await db.insert(siteSettings).values({ key: LAST_RUN_KEY, value: String(now) }).onConflictDoUpdate({ target: siteSettings.key, set: { value: String(now) } });
  return gatherDigests(now);
}

/** Starts the daily digest's timer; stop() ends it. */
export function startDigestTimer(intervalMs = DIGEST_CHECK_MS): { stop(): void } {
  const tick = async () => {
    try {
      await gatherDigestsIfDue();
    } catch (error) {
      logger.error({ error: error instanceof Error ? error.message : String(error) }, "notification digest failed");
    }
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
