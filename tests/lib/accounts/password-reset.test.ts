import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { accountTokens, mailOutbox, users } from "@/db/schema";
import { authenticate, createAccount, findSessionUser } from "@/lib/accounts/members";
import { MAIL_REQUESTS_PER_ACCOUNT_PER_HOUR, MAIL_REQUESTS_PER_IP_PER_HOUR } from "@/lib/accounts/mail-limits";
import { requestPasswordReset, RESET_ANSWER_MIN_MS, RESET_LINK_TTL_MS, resetPassword } from "@/lib/accounts/password-reset";
import { hashToken } from "@/lib/accounts/tokens";
import { sendDueMail } from "@/lib/mail/sender";
import { smtpTransport } from "@/lib/mail/transport";
import { logger, requestLogger } from "@/lib/platform/logger";
import { resetDatabase } from "../../reset-database";
import { startSmtpInbox, type SmtpInbox } from "../../smtp-inbox";

const ORIGIN = "https://forum.example";
const PASSWORD = "correct horse battery";
const NEW_PASSWORD = "a brand new password";
const IP = "203.0.113.7";

let inbox: SmtpInbox;
beforeAll(async () => {
  inbox = await startSmtpInbox();
});
afterAll(() => inbox.close());
beforeEach(async () => {
  await resetDatabase();
  inbox.mails.length = 0;
  vi.stubEnv("SITE_URL", ORIGIN);
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

async function member(username = "sora", locale: string | null = null) {
  const created = await createAccount({ username, email: `${username}@example.com`, password: PASSWORD });
  if (!created.ok) throw new Error(JSON.stringify(created));
  if (locale) await getDb().update(users).set({ locale }).where(eq(users.id, created.id));
  return created.id;
}

const outbox = () => getDb().select().from(mailOutbox).orderBy(asc(mailOutbox.id));
const tokenIn = (text: string) => /\/reset-password\/([\w-]+)/.exec(text)?.[1] ?? "";
const sessionVersion = async (id: string) => (await findSessionUser(id))!.sessionVersion;

describe("requestPasswordReset", () => {
  it("queues a one-hour link on the configured origin, and stores only the token's hash", async () => {
    await member();
    expect(await requestPasswordReset("sora", IP, "en")).toEqual({ ok: true, message: "resetRequested" });
    const [mail] = await outbox();
    expect(mail).toMatchObject({ to: "sora@example.com", subject: "Reset your Rapport password" });
    expect(mail!.text).toContain(`${ORIGIN}/reset-password/`);
    expect(mail!.html).toContain(`href="${ORIGIN}/reset-password/`);
    const token = tokenIn(mail!.text);
    expect(token).toMatch(/^[\w-]{43}$/);
    const stored = await getDb().select({ tokenHash: accountTokens.tokenHash, expiresAt: accountTokens.expiresAt, createdAt: accountTokens.createdAt }).from(accountTokens);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored[0]!.expiresAt.getTime() - Date.now()).toBeGreaterThan(RESET_LINK_TTL_MS - 5_000);
    expect(stored[0]!.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(RESET_LINK_TTL_MS);
  });

  it("finds the account by email too, and writes in the member's language, else the reader's", async () => {
    await member("sora", "ko");
    await member("mina");
    await requestPasswordReset("SORA@example.com", IP, "en");
    await requestPasswordReset("mina", IP, "ko");
    const [ko, fallback] = await outbox();
    expect(ko!.subject).toBe("Rapport 비밀번호 재설정");
    expect(ko!.text).toContain(`${ORIGIN}/reset-password/`);
    expect(fallback!.subject).toBe("Rapport 비밀번호 재설정");
  });

  it("gives an unknown account the identical answer, and queues nothing", async () => {
    await member();
    const known = await requestPasswordReset("sora", IP, "en");
    const unknownName = await requestPasswordReset("nobody", IP, "en");
    const unknownEmail = await requestPasswordReset("nobody@example.com", IP, "en");
    expect(unknownName).toEqual(known);
    expect(unknownEmail).toEqual(known);
    expect(await outbox()).toHaveLength(1);
    expect(await getDb().$count(accountTokens)).toBe(1);
  });

  it("answers without waiting for mail: with the SMTP server down, the mail waits queued", async () => {
    vi.stubEnv("SMTP_URL", "smtp://127.0.0.1:1");
    await member();
    expect(await requestPasswordReset("sora", IP, "en")).toEqual({ ok: true, message: "resetRequested" });
    expect(await getDb().select({ status: mailOutbox.status, attempts: mailOutbox.attempts }).from(mailOutbox)).toEqual([{ status: "queued", attempts: 0 }]);
  });

  it("takes the same time for a known and an unknown account", async () => {
    await member();
    const timed = async (identifier: string) => {
      const started = performance.now();
      await requestPasswordReset(identifier, IP, "en");
      return performance.now() - started;
    };
    const known = await timed("sora");
    const unknown = await timed("nobody");
    for (const ms of [known, unknown]) expect(ms).toBeGreaterThanOrEqual(RESET_ANSWER_MIN_MS - 1);
    expect(Math.abs(known - unknown)).toBeLessThan(RESET_ANSWER_MIN_MS / 2);
  });

  it("refuses past the hourly limit per account, known or not, and per address", async () => {
    await member();
    for (let i = 0; i < MAIL_REQUESTS_PER_ACCOUNT_PER_HOUR; i++) {
      expect(await requestPasswordReset("sora", `198.51.100.${i}`, "en")).toMatchObject({ ok: true });
      expect(await requestPasswordReset("ghost", `198.51.100.${i}`, "en")).toMatchObject({ ok: true });
    }
    const refused = { ok: false, message: "resetTooMany", messageValues: { minutes: 60 } };
    expect(await requestPasswordReset("sora", "198.51.100.99", "en")).toEqual(refused);
    expect(await requestPasswordReset("ghost", "198.51.100.99", "en")).toEqual(refused);
    expect(await outbox()).toHaveLength(MAIL_REQUESTS_PER_ACCOUNT_PER_HOUR);

    for (let i = 0; i < MAIL_REQUESTS_PER_IP_PER_HOUR; i++) {
      expect(await requestPasswordReset(`stranger${i}`, IP, "en")).toMatchObject({ ok: true });
    }
    expect(await requestPasswordReset("someone-else", IP, "en")).toEqual(refused);
  });
});

describe("resetPassword", () => {
  async function linkFor(username: string) {
    await requestPasswordReset(username, IP, "en");
    return tokenIn((await outbox()).at(-1)!.text);
  }

  it("sets the new password, raises the session version, and works once", async () => {
    const id = await member();
    const before = await sessionVersion(id);
    const token = await linkFor("sora");
    expect(await resetPassword(token, NEW_PASSWORD)).toEqual({ ok: true, userId: id, username: "sora" });
    expect(await sessionVersion(id)).toBe(before + 1);
    expect(await authenticate("sora", NEW_PASSWORD, IP)).toMatchObject({ ok: true, sessionVersion: before + 1 });
    expect(await authenticate("sora", PASSWORD, "198.51.100.1")).toMatchObject({ ok: false, reason: "invalid" });

    expect(await resetPassword(token, "yet another password")).toEqual({ ok: false, message: "resetLinkInvalid" });
    expect(await authenticate("sora", NEW_PASSWORD, IP)).toMatchObject({ ok: true });
  });

  it("works until an hour has passed, not after", async () => {
    await member();
    const token = await linkFor("sora");
    const late = new Date(Date.now() + RESET_LINK_TTL_MS + 1_000);
    expect(await resetPassword(token, NEW_PASSWORD, late)).toEqual({ ok: false, message: "resetLinkInvalid" });
    const inTime = new Date(Date.now() + RESET_LINK_TTL_MS - 60_000);
    expect(await resetPassword(token, NEW_PASSWORD, inTime)).toMatchObject({ ok: true });
  });

  it("refuses an unknown token, and an older link once a newer one was sent", async () => {
    await member();
    expect(await resetPassword("not-a-token", NEW_PASSWORD)).toEqual({ ok: false, message: "resetLinkInvalid" });
    const first = await linkFor("sora");
    const second = await linkFor("sora");
    expect(await resetPassword(first, NEW_PASSWORD)).toEqual({ ok: false, message: "resetLinkInvalid" });
    expect(await resetPassword(second, NEW_PASSWORD)).toMatchObject({ ok: true });
  });

  it("lets only one of two uses at once succeed", async () => {
    await member();
    const token = await linkFor("sora");
    const results = await Promise.all([resetPassword(token, NEW_PASSWORD), resetPassword(token, "another new password")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });
});

describe("the log", () => {
  it("never holds a reset token, from the request to a failed and a successful send", async () => {
    const lines: string[] = [];
    for (const target of [logger, requestLogger]) {
      for (const level of ["trace", "debug", "info", "warn", "error", "fatal"] as const) {
        vi.spyOn(target, level).mockImplementation(((...args: unknown[]) => void lines.push(JSON.stringify(args))) as never);
      }
    }
    vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void lines.push(JSON.stringify(args)));
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void lines.push(JSON.stringify(args)));

    await member();
    await requestPasswordReset("sora", IP, "en");
    const token = tokenIn((await outbox())[0]!.text);
    inbox.refuse(true);
    await sendDueMail(smtpTransport(inbox.url)!);
    inbox.refuse(false);
    await sendDueMail(smtpTransport(inbox.url)!, new Date(Date.now() + 24 * 60 * 60 * 1000));
    expect((await inbox.next("sora@example.com")).body).toContain(token);
    await resetPassword(token, NEW_PASSWORD);

    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join("\n")).not.toContain(token);
    expect(lines.join("\n")).not.toContain(hashToken(token));
  });
});
