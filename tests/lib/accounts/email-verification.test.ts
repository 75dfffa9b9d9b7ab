import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { mailOutbox, users } from "@/db/schema";
import {
  confirmEmail,
  emailVerificationRequired,
  requestEmailChange,
  resendVerification,
  setEmailVerificationRequired,
  VERIFICATION_LINK_TTL_MS,
  verificationSetting,
} from "@/lib/accounts/email-verification";
import { MAIL_REQUESTS_PER_ACCOUNT_PER_HOUR } from "@/lib/accounts/mail-limits";
import { createAccount, findSessionUser } from "@/lib/accounts/members";
import { canStartThreads } from "@/lib/permissions";
import { resetDatabase } from "../../reset-database";

const ORIGIN = "https://forum.example";
const PASSWORD = "correct horse battery";
const IP = "203.0.113.8";

beforeEach(async () => {
  await resetDatabase();
  vi.stubEnv("SITE_URL", ORIGIN);
  vi.stubEnv("SMTP_URL", "smtp://mail.example:587");
});
afterEach(() => vi.unstubAllEnvs());

async function register(username = "sora", locale = "en") {
  const created = await createAccount({ username, email: `${username}@example.com`, password: PASSWORD, verifyIn: locale });
  if (!created.ok) throw new Error(JSON.stringify(created));
  return created.id;
}

const outbox = () =>
  getDb().select({ kind: mailOutbox.kind, to: mailOutbox.to, subject: mailOutbox.subject, text: mailOutbox.text }).from(mailOutbox).orderBy(asc(mailOutbox.id));
const tokenIn = (text: string) => /\/verify-email\/([\w-]+)/.exec(text)?.[1] ?? "";
const mayStart = async (id: string) => canStartThreads(await findSessionUser(id), await emailVerificationRequired());

describe("the verification setting", () => {
  it("is on by default exactly when SMTP_URL is set, and admins override it either way", async () => {
    expect(await verificationSetting()).toEqual({ required: true, source: "default", mailConfigured: true });
    vi.stubEnv("SMTP_URL", "");
    expect(await verificationSetting()).toEqual({ required: false, source: "default", mailConfigured: false });
    await setEmailVerificationRequired(true);
    expect(await verificationSetting()).toEqual({ required: true, source: "admin", mailConfigured: false });
    vi.stubEnv("SMTP_URL", "smtp://mail.example:587");
    await setEmailVerificationRequired(false);
    expect(await emailVerificationRequired()).toBe(false);
  });
});

describe("a new member's email", () => {
  it("gets a link in the reader's language on the configured origin; threads wait until it is opened", async () => {
    const id = await register("sora", "ko");
    const [mail] = await outbox();
    expect(mail).toMatchObject({ kind: "email_verification", to: "sora@example.com", subject: "Rapport 이메일 주소 확인" });
    expect(mail!.text).toContain(`${ORIGIN}/verify-email/`);
    expect(await mayStart(id)).toBe(false);

    expect(await confirmEmail(tokenIn(mail!.text))).toEqual({ ok: true, email: "sora@example.com" });
    expect((await findSessionUser(id))!.emailVerified).toBeInstanceOf(Date);
    expect(await mayStart(id)).toBe(true);
    expect(await confirmEmail(tokenIn(mail!.text))).toEqual({ ok: false, message: "verifyLinkInvalid" });
  });

  it("lets an unverified member start threads when verification is off, and staff always", async () => {
    const id = await register();
    await setEmailVerificationRequired(false);
    expect(await mayStart(id)).toBe(true);
    await setEmailVerificationRequired(true);
    await getDb().update(users).set({ role: "moderator" }).where(eq(users.id, id));
    expect(await mayStart(id)).toBe(true);
  });

  it("queues nothing on a site without mail that does not ask for verification", async () => {
    vi.stubEnv("SMTP_URL", "");
    const id = await register();
    expect(await outbox()).toEqual([]);
    expect(await mayStart(id)).toBe(true);
  });

  it("keeps the link in the outbox when an admin asks for verification without mail", async () => {
    vi.stubEnv("SMTP_URL", "");
    await setEmailVerificationRequired(true);
    await register();
    expect(await outbox()).toHaveLength(1);
  });

  it("expires the link after a day", async () => {
    await register();
    const token = tokenIn((await outbox())[0]!.text);
    expect(await confirmEmail(token, new Date(Date.now() + VERIFICATION_LINK_TTL_MS + 1_000))).toEqual({ ok: false, message: "verifyLinkInvalid" });
  });

  it("resends a fresh link within the hourly limit, which retires the old one", async () => {
    const id = await register();
    const first = tokenIn((await outbox())[0]!.text);
    for (let i = 0; i < MAIL_REQUESTS_PER_ACCOUNT_PER_HOUR; i++) {
      expect(await resendVerification(id, IP, "en")).toEqual({ ok: true, email: "sora@example.com" });
    }
    expect(await resendVerification(id, IP, "en")).toEqual({ ok: false, message: "verificationTooMany", messageValues: { minutes: 60 } });
    expect(await confirmEmail(first)).toEqual({ ok: false, message: "verifyLinkInvalid" });
    expect(await confirmEmail(tokenIn((await outbox()).at(-1)!.text))).toMatchObject({ ok: true });
    expect(await resendVerification(id, IP, "en")).toEqual({ ok: false, message: "alreadyVerified" });
  });
});

describe("changing the email address", () => {
  it("mails the new address a link and the old one a notice, and applies only once confirmed", async () => {
    const id = await register();
    await getDb().delete(mailOutbox);
    expect(await requestEmailChange(id, { email: "new@example.com", currentPassword: PASSWORD }, IP, "en")).toEqual({ ok: true, email: "new@example.com" });
    const [link, notice] = await outbox();
    expect(link).toMatchObject({ kind: "email_verification", to: "new@example.com" });
    expect(notice).toMatchObject({ kind: "email_change_notice", to: "sora@example.com" });
    expect(notice!.text).not.toContain("verify-email");
    expect((await findSessionUser(id))!.email).toBe("sora@example.com");

    expect(await confirmEmail(tokenIn(link!.text))).toEqual({ ok: true, email: "new@example.com" });
    expect(await findSessionUser(id)).toMatchObject({ email: "new@example.com", emailVerified: expect.any(Date) });
  });

  it("refuses a wrong password, the same address, and one taken by another member", async () => {
    const id = await register();
    await register("mina");
    expect(await requestEmailChange(id, { email: "new@example.com", currentPassword: "wrong password" }, IP, "en")).toEqual({
      ok: false,
      errors: { currentPassword: "currentPasswordWrong" },
    });
    expect(await requestEmailChange(id, { email: "sora@example.com", currentPassword: PASSWORD }, IP, "en")).toEqual({ ok: false, errors: { email: "emailUnchanged" } });
    expect(await requestEmailChange(id, { email: "mina@example.com", currentPassword: PASSWORD }, IP, "en")).toEqual({ ok: false, errors: { email: "emailTaken" } });
  });

  it("refuses the change when another member took the address before the link was opened", async () => {
    const id = await register();
    await requestEmailChange(id, { email: "new@example.com", currentPassword: PASSWORD }, IP, "en");
    const token = tokenIn((await outbox()).at(-2)!.text);
    await createAccount({ username: "quick", email: "new@example.com", password: PASSWORD });
    expect(await confirmEmail(token)).toEqual({ ok: false, message: "emailTaken" });
    expect((await findSessionUser(id))!.email).toBe("sora@example.com");
  });
});
