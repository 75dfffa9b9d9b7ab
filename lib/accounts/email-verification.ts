// Email verification: a mailed link confirms a member's address; until then, where the site asks for it, a new member
// reads and comments but starts no threads (canStartThreads in lib/permissions.ts). A new address applies only once
// confirmed, and the old one is told. On by default only when mail is configured; admins turn it on or off.
import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { first, getDb } from "@/db";
import { siteSettings, users } from "@/db/schema";
import { mailConfigured } from "../mail/config";
import { enqueueMail, type MailWriter } from "../mail/queue";
import { publicOrigin } from "../platform/site-origin";
import { verifyEmailHref } from "../routes";
import { reserveMailRequest } from "./mail-limits";
import { verifyPassword } from "./passwords";
import { consumeAccountToken, issueAccountToken } from "./tokens";
import type { WriteResult } from "../write-result";

export const VERIFICATION_LINK_TTL_MS = 24 * 60 * 60 * 1000;
const SETTING_KEY = "email_verification";

export type VerificationSetting = { required: boolean; source: "admin" | "default"; mailConfigured: boolean };

/** Whether new members must confirm their address: the admins' choice, else on exactly when SMTP_URL is set. */
export async function verificationSetting(): Promise<VerificationSetting> {
  const stored = await first(getDb().select({ value: siteSettings.value }).from(siteSettings).where(eq(siteSettings.key, SETTING_KEY)));
  const configured = mailConfigured();
  if (stored) return { required: stored.value === "on", source: "admin", mailConfigured: configured };
  return { required: configured, source: "default", mailConfigured: configured };
}

export const emailVerificationRequired = async (): Promise<boolean> => (await verificationSetting()).required;

/** The admins' choice; callers check canAdminister (the action's spine does). */
export async function setEmailVerificationRequired(required: boolean): Promise<void> {
  const value = required ? "on" : "off";
  await getDb().insert(siteSettings).values({ key: SETTING_KEY, value }).onConflictDoUpdate({ target: siteSettings.key, set: { value } });
}

type Member = { id: string; name: string; locale: string | null };

/** Queues a confirmation link for `email`, in the caller's transaction. */
export async function queueVerification(tx: MailWriter, member: Member, email: string, fallbackLocale: string): Promise<void> {
  const token = await issueAccountToken(tx, { userId: member.id, purpose: "email_verification", ttlMs: VERIFICATION_LINK_TTL_MS, email });
  await enqueueMail(tx, { kind: "email_verification", to: email, locale: member.locale ?? fallbackLocale, name: member.name, link: publicOrigin() + verifyEmailHref(token) });
}

/** Whether a new account gets a confirmation link: whenever the site asks for it or can send mail at all. */
export const verifiesNewAccounts = async (): Promise<boolean> => mailConfigured() || await emailVerificationRequired();

async function memberRow(userId: string) {
  return await first(getDb()
    .select({ id: users.id, name: users.name, locale: users.locale, email: users.email, emailVerified: users.emailVerified })
    .from(users)
    .where(eq(users.id, userId)));
}

/** Mails the member's current address a fresh link (the "resend" button), within the hourly limits. */
export async function resendVerification(userId: string, ip: string, fallbackLocale: string): Promise<WriteResult<{ email: string }>> {
  const member = await memberRow(userId);
  if (!member?.email) return { ok: false, message: "alreadyVerified" };
  if (member.emailVerified) return { ok: false, message: "alreadyVerified" };
  const wait = await reserveMailRequest("verify", `user:${userId}`, ip);
  if (wait > 0) return { ok: false, message: "verificationTooMany", messageValues: { minutes: Math.max(1, Math.ceil(wait / 60)) } };
  const email = member.email;
  await getDb().transaction((tx) => queueVerification(tx, member, email, fallbackLocale));
  return { ok: true, email };
}

/**
 * Opens a confirmation link, once: the address it names becomes the member's, confirmed. A new address taken by
 * someone else meanwhile is refused.
 */
export async function confirmEmail(token: string, now = new Date()): Promise<WriteResult<{ email: string }>> {
  return getDb().transaction(async (tx) => {
    const used = await consumeAccountToken(tx, token, "email_verification", now);
    if (!used?.email) return { ok: false as const, message: "verifyLinkInvalid" };
    const taken = await first(tx.select({ id: users.id }).from(users).where(and(eq(users.email, used.email), ne(users.id, used.userId))));
    if (taken) return { ok: false as const, message: "emailTaken" };
    await tx.update(users).set({ email: used.email, emailVerified: now }).where(eq(users.id, used.userId));
    return { ok: true as const, email: used.email };
  });
}

/**
 * A new address, after the current password: a link goes to the new address and a notice to the old one; the address
 * changes when the link is opened. Limited like the resend button.
 */
export async function requestEmailChange(
  userId: string,
  input: { email: string; currentPassword: string },
  ip: string,
  fallbackLocale: string,
): Promise<WriteResult<{ email: string }, "email" | "currentPassword">> {
  const member = await first(getDb()
    .select({ id: users.id, name: users.name, locale: users.locale, email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId)));
  if (!member || !(await verifyPassword(member.passwordHash, input.currentPassword))) {
    return { ok: false, errors: { currentPassword: "currentPasswordWrong" } };
  }
  if (member.email === input.email) return { ok: false, errors: { email: "emailUnchanged" } };
  if (await first(getDb().select({ id: users.id }).from(users).where(eq(users.email, input.email)))) return { ok: false, errors: { email: "emailTaken" } };
  const wait = await reserveMailRequest("verify", `user:${userId}`, ip);
  if (wait > 0) return { ok: false, message: "verificationTooMany", messageValues: { minutes: Math.max(1, Math.ceil(wait / 60)) } };
  const oldEmail = member.email;
  await getDb().transaction(async (tx) => {
    await queueVerification(tx, member, input.email, fallbackLocale);
    if (oldEmail) await enqueueMail(tx, { kind: "email_change_notice", to: oldEmail, locale: member.locale ?? fallbackLocale, name: member.name });
  });
  return { ok: true, email: input.email };
}
