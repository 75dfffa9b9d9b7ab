// The SMTP transport, made by nodemailer from SMTP_URL; what the sender needs of it is only sendMail.
import "server-only";
import nodemailer from "nodemailer";
import { smtpUrl } from "./config";

export type MailMessage = { from: string; to: string; subject: string; text: string; html: string };
export type MailTransport = { sendMail(message: MailMessage): Promise<unknown>; close?(): void };

/** A transport for SMTP_URL, or null when mail is not configured (it then waits in the outbox). */
export function smtpTransport(url = smtpUrl()): MailTransport | null {
  if (!url) return null;
  // Short timeouts: a dead server must not hold the sender for minutes; the retry comes with the backoff.
  return nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
}
