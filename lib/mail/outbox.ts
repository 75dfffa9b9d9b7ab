// The outbox as admins read it at /admin/mail: the mails with their state, attempts and last error, newest first, a
// page at a time; and its pruning, so that a busy site's outbox does not grow for ever.
import "server-only";
import { desc, lt, sql, count } from "drizzle-orm";
import { getDb } from "@/db";
import { mailOutbox, type MailKind, type MailStatus } from "@/db/schema";

export const OUTBOX_PAGE_SIZE = 50;
/** How long a mail stays in the outbox, sent or not: its links expire within hours, and admins read it soon. */
export const OUTBOX_KEEP_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export type OutboxMail = {
  id: number;
  kind: MailKind;
  to: string;
  subject: string;
  /** Empty once delivered by SMTP: the text may hold a one-time link and is not kept after it left. */
  text: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date;
  sentAt: Date | null;
  createdAt: Date;
};

export async function listOutbox(page = 1): Promise<{ mails: OutboxMail[]; counts: Record<MailStatus, number>; total: number }> {
  const db = getDb();
  const mails = await db
    .select({
      id: mailOutbox.id,
      kind: mailOutbox.kind,
      to: mailOutbox.to,
      subject: mailOutbox.subject,
      text: mailOutbox.text,
      status: mailOutbox.status,
      attempts: mailOutbox.attempts,
      lastError: mailOutbox.lastError,
      nextAttemptAt: mailOutbox.nextAttemptAt,
      sentAt: mailOutbox.sentAt,
      createdAt: mailOutbox.createdAt,
    })
    .from(mailOutbox)
    .orderBy(desc(mailOutbox.id))
    .limit(OUTBOX_PAGE_SIZE)
    .offset((page - 1) * OUTBOX_PAGE_SIZE);
  const counts: Record<MailStatus, number> = { queued: 0, sent: 0, failed: 0 };
  for (const row of await db.select({ status: mailOutbox.status, n: count() }).from(mailOutbox).groupBy(mailOutbox.status)) {
    counts[row.status] = row.n;
  }
  return { mails, counts, total: counts.queued + counts.sent + counts.failed };
}

/** Deletes mails older than OUTBOX_KEEP_DAYS; returns how many. */
export async function pruneOutbox(now = Date.now()): Promise<number> {
  return (await getDb().delete(mailOutbox).where(lt(mailOutbox.createdAt, new Date(now - OUTBOX_KEEP_DAYS * DAY_MS))).returning({ id: mailOutbox.id })).length;
}
