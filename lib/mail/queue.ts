// Queues a mail in the outbox, inside the transaction of the write that causes it, so a mail exists exactly when
// its write does. Sending happens later, off the request (./sender.ts).
import "server-only";
import { returned, type getDb } from "@/db";
import { mailOutbox, type MailKind } from "@/db/schema";
import { renderMail } from "./templates";

type Db = ReturnType<typeof getDb>;
/** The database or a transaction of it. */
export type MailWriter = Db | Parameters<Parameters<Db["transaction"]>[0]>[0];

export type OutgoingMail = {
  kind: MailKind;
  to: string;
  /** The member's language; English when unknown. */
  locale: string | null | undefined;
  name: string;
  /** An absolute link on the configured origin. */
  link?: string;
  /** For notices: their lines of text, after the body. */
  lines?: string[];
};

export async function enqueueMail(db: MailWriter, mail: OutgoingMail, now = new Date()): Promise<number> {
  const content = renderMail(mail.kind, mail.locale, { name: mail.name, link: mail.link, lines: mail.lines });
  const row = await returned(db
    .insert(mailOutbox)
    .values({ kind: mail.kind, to: mail.to, ...content, nextAttemptAt: now, createdAt: now })
    .returning({ id: mailOutbox.id }));
  return row.id;
}
