// Sends queued mail in the background: a loop calls sendDueMail, which sends what is due and, on a failure, tries
// again later with exponential backoff, until the mail is marked failed. Failures are logged (never a mail's text).
import "server-only";
import { and, asc, eq, lte } from "drizzle-orm";
import { getDb } from "@/db";
import { mailOutbox } from "@/db/schema";
import { logger } from "../platform/logger";
import { mailFrom } from "./config";
import { smtpTransport, type MailTransport } from "./transport";

/** Attempts before a mail is marked failed: with the backoff below, about a day of trying. */
export const MAX_SEND_ATTEMPTS = 8;
export const FIRST_RETRY_MS = 60_000;
export const MAX_RETRY_MS = 6 * 60 * 60 * 1000;
/** How often the loop looks for due mail. */
export const SEND_INTERVAL_MS = 2_000;
const BATCH = 20;
const ERROR_MAX = 500;

/** The wait after the n-th failed attempt: 1, 2, 4, 8 … minutes, at most 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
}

export type SendReport = { sent: number; retrying: number; failed: number };

/** Sends every queued mail that is due now; the loop's one step, and what tests call. */
export async function sendDueMail(transport: MailTransport, now = new Date()): Promise<SendReport> {
  const db = getDb();
  const due = await db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.status, "queued"), lte(mailOutbox.nextAttemptAt, now)))
    .orderBy(asc(mailOutbox.nextAttemptAt), asc(mailOutbox.id))
    .limit(BATCH);
  const report: SendReport = { sent: 0, retrying: 0, failed: 0 };
  for (const mail of due) {
    const attempts = mail.attempts + 1;
    try {
      await transport.sendMail({ from: mailFrom(), to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
      // Delivered: the text, which may hold a one-time link, is not kept once it has left.
      await db.update(mailOutbox).set({ status: "sent", attempts, sentAt: new Date(), lastError: null, text: "", html: "" }).where(eq(mailOutbox.id, mail.id));
      report.sent++;
    } catch (error) {
      const lastError = (error instanceof Error ? error.message : String(error)).slice(0, ERROR_MAX);
      const failed = attempts >= MAX_SEND_ATTEMPTS;
      await db.update(mailOutbox)
        .set({
          attempts,
          lastError,
          status: failed ? "failed" : "queued",
          nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
        })
        .where(eq(mailOutbox.id, mail.id));
      logger.warn({ mailId: mail.id, kind: mail.kind, attempts, failed, error: lastError }, failed ? "mail failed" : "mail send failed, will retry");
      if (failed) report.failed++;
      else report.retrying++;
    }
  }
  return report;
}

export type MailSender = { stop(): Promise<void> };

/**
 * Starts the loop: every `intervalMs` it sends what is due. Without a transport (no SMTP_URL) nothing starts and mail
 * waits in the outbox for admins. stop() waits for a send in progress, so the database can close after it.
 */
export function startMailSender(transport: MailTransport | null | undefined = undefined, intervalMs = SEND_INTERVAL_MS): MailSender | null {
  if (transport === undefined) {
    try {
      transport = smtpTransport();
    } catch (error) {
      // A malformed SMTP_URL must not stop the forum: mail waits in the outbox, and the log says why.
      logger.error({ error: error instanceof Error ? error.message : String(error) }, "SMTP_URL is not usable; mail waits in the outbox");
      return null;
    }
  }
  if (!transport) return null;
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    running = sendDueMail(transport)
      .catch((error: unknown) => logger.error({ error: error instanceof Error ? error.message : String(error) }, "mail sender step failed"))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs).unref();
      });
  };
  timer = setTimeout(tick, 0).unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      transport.close?.();
    },
  };
}

