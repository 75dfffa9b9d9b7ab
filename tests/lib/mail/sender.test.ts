import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { first, getDb } from "@/db";
import { mailOutbox } from "@/db/schema";
import { enqueueMail } from "@/lib/mail/queue";
import { MAX_SEND_ATTEMPTS, retryDelayMs, sendDueMail, startMailSender } from "@/lib/mail/sender";
import { smtpTransport } from "@/lib/mail/transport";
import { listOutbox } from "@/lib/mail/outbox";
import { resetDatabase } from "../../reset-database";
import { startSmtpInbox, type SmtpInbox } from "../../smtp-inbox";

let inbox: SmtpInbox;

beforeAll(async () => {
  inbox = await startSmtpInbox();
  process.env.MAIL_FROM = "Rapport <no-reply@forum.example>";
});
afterAll(async () => {
  delete process.env.MAIL_FROM;
  await inbox.close();
});
beforeEach(async () => {
  await resetDatabase();
  inbox.refuse(false);
  inbox.mails.length = 0;
});

const queue = (to: string, locale: string | null = "en") =>
  enqueueMail(getDb(), { kind: "password_reset", to, locale, name: "Sora", link: "https://forum.example/reset-password/abc" });

const row = async (id: number) => (await first(getDb().select().from(mailOutbox).where(eq(mailOutbox.id, id))))!;

describe("sending queued mail over SMTP", () => {
  it("delivers text and HTML to a real SMTP server, then forgets the text", async () => {
    const id = await queue("sora@example.com", "ko");
    expect(await sendDueMail(smtpTransport(inbox.url)!)).toEqual({ sent: 1, retrying: 0, failed: 0 });
    const mail = await inbox.next("sora@example.com");
    expect(mail.from).toBe("no-reply@forum.example");
    expect(mail.raw).toMatch(/Content-Type: text\/plain/);
    expect(mail.raw).toMatch(/Content-Type: text\/html/);
    expect(mail.body).toContain("https://forum.example/reset-password/abc");
    expect(mail.body).toContain("비밀번호");
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 1, text: "", html: "" });
  });

  it("sends nothing that is not due yet", async () => {
    await enqueueMail(getDb(), { kind: "email_change_notice", to: "later@example.com", locale: "en", name: "L" }, new Date(Date.now() + 60_000));
    expect(await sendDueMail(smtpTransport(inbox.url)!)).toEqual({ sent: 0, retrying: 0, failed: 0 });
  });

  it("retries with exponential backoff after a refusal, then marks the mail failed", async () => {
    inbox.refuse(true);
    const id = await queue("retry@example.com");
    const transport = smtpTransport(inbox.url)!;
    let now = new Date();
    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_SEND_ATTEMPTS; attempt++) {
      const report = await sendDueMail(transport, now);
      const stored = await row(id);
      expect(stored.attempts).toBe(attempt);
      expect(String(stored.lastError)).toMatch(/try again later/);
      if (attempt < MAX_SEND_ATTEMPTS) {
        expect(report).toEqual({ sent: 0, retrying: 1, failed: 0 });
        expect(stored.status).toBe("queued");
        waits.push(Number(stored.nextAttemptAt) - now.getTime());
        // Not due a moment before its time.
        expect(await sendDueMail(transport, new Date(Number(stored.nextAttemptAt) - 1))).toEqual({ sent: 0, retrying: 0, failed: 0 });
        now = new Date(Number(stored.nextAttemptAt));
      } else {
        expect(report).toEqual({ sent: 0, retrying: 0, failed: 1 });
        expect(stored.status).toBe("failed");
      }
    }
    expect(waits).toEqual(waits.map((_, i) => retryDelayMs(i + 1)));
    expect(inbox.mails).toHaveLength(0);
    // The failure is visible to admins with its error.
    const { mails, counts } = await listOutbox();
    expect(counts.failed).toBe(1);
    expect(mails[0]).toMatchObject({ status: "failed", attempts: MAX_SEND_ATTEMPTS });
    expect(mails[0]!.lastError).toMatch(/try again later/);
  });

  it("retries an unreachable server and delivers once it answers", async () => {
    const id = await queue("late@example.com");
    const dead = smtpTransport("smtp://127.0.0.1:1")!;
    expect(await sendDueMail(dead)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const later = new Date(Number((await row(id)).nextAttemptAt));
    expect(await sendDueMail(smtpTransport(inbox.url)!, later)).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect((await inbox.next("late@example.com")).body).toContain("/reset-password/abc");
  });

  it("runs as a background loop that can be stopped", async () => {
    const sender = startMailSender(smtpTransport(inbox.url), 20)!;
    await queue("loop@example.com");
    await inbox.next("loop@example.com", 5_000);
    await sender.stop();
    expect(startMailSender(null)).toBeNull();
  });
});

describe("retryDelayMs", () => {
  it("doubles from a minute up to six hours", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(30)).toBe(6 * 60 * 60 * 1000);
  });
});
