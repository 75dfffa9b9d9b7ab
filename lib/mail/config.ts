// Mail settings from the environment: SMTP_URL (where mail goes; unset keeps it in the outbox) and MAIL_FROM.
import { publicOrigin } from "../platform/site-origin";

/** The SMTP server's URL, e.g. smtp://user:pass@mail.example:587; null keeps mail in the outbox for admins. */
export function smtpUrl(): string | null {
  return process.env.SMTP_URL?.trim() || null;
}

export function mailConfigured(): boolean {
  return smtpUrl() !== null;
}

/** The sender address: MAIL_FROM, else "Rapport <no-reply@the site's host>". */
export function mailFrom(): string {
  const configured = process.env.MAIL_FROM?.trim();
  if (configured) return configured;
  return `Rapport <no-reply@${new URL(publicOrigin()).hostname}>`;
}
