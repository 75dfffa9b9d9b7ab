// The outbox as admins read it at /admin/mail: the latest mails with their state, attempts and last error.
import "server-only";
import { desc, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { mailOutbox, type MailKind, type MailStatus } from "@/db/schema";

export const OUTBOX_PAGE_SIZE = 50;

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

export function listOutbox(page = 1): { mails: OutboxMail[]; counts: Record<MailStatus, number> } {
  const db = getDb();
  const mails = db
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
    .offset((page - 1) * OUTBOX_PAGE_SIZE)
    .all();
  const counts: Record<MailStatus, number> = { queued: 0, sent: 0, failed: 0 };
  for (const row of db.select({ status: mailOutbox.status, n: sql<number>`count(*)` }).from(mailOutbox).groupBy(mailOutbox.status).all()) {
    counts[row.status] = row.n;
  }
  return { mails, counts };
}
