// "Forgot your password?": a single-use link, valid for an hour, mailed to the account's address; using it sets a new
// password and raises the session version, so every other session ends. Unknown accounts get the same answer.
import "server-only";
import { eq, sql } from "drizzle-orm";
import { first, getDb } from "@/db";
import { accountTokens, users } from "@/db/schema";
import { enqueueMail } from "../mail/queue";
import { publicOrigin } from "../platform/site-origin";
import { resetPasswordHref } from "../routes";
import { hashPassword } from "./passwords";
import { reserveMailRequest } from "./mail-limits";
import { consumeAccountToken, hashToken, issueAccountToken, newToken } from "./tokens";
import { usernameKey } from "./usernames";
import type { WriteResult } from "../write-result";

export const RESET_LINK_TTL_MS = 60 * 60 * 1000;
/** Every answer takes at least this long, so the clock cannot tell a known account from an unknown one. */
export const RESET_ANSWER_MIN_MS = 250;

/** The one answer to every accepted request, whether or not an account matched. */
export const RESET_REQUESTED = "resetRequested";

export type ResetRequestAnswer = { ok: true; message: typeof RESET_REQUESTED } | { ok: false; message: "resetTooMany"; messageValues: { minutes: number } };

/**
 * Mails a reset link to the account named by `identifier` (username or email), in the member's language (else
 * `fallbackLocale`, the reader's). An unknown account costs the same work (a token made and hashed) and gets the same
 * answer; both are rate-limited alike, per account (or per what was typed) and per address.
 */
export async function requestPasswordReset(identifier: string, ip: string, fallbackLocale: string): Promise<ResetRequestAnswer> {
  const started = performance.now();
  const answer = await answerResetRequest(identifier, ip, fallbackLocale);
  const rest = RESET_ANSWER_MIN_MS - (performance.now() - started);
  if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
  return answer;
}

async function answerResetRequest(identifier: string, ip: string, fallbackLocale: string): Promise<ResetRequestAnswer> {
  const key = usernameKey(identifier.trim());
  const user = await first(getDb()
    .select({ id: users.id, name: users.name, email: users.email, locale: users.locale, status: users.status })
    .from(users)
    .where(key.includes("@") ? eq(users.email, key) : eq(users.usernameKey, key)));
  const wait = await reserveMailRequest("reset", user ? `user:${user.id}` : `unknown:${key}`, ip);
  if (wait > 0) return { ok: false, message: "resetTooMany", messageValues: { minutes: Math.max(1, Math.ceil(wait / 60)) } };
  if (!user?.email || user.status === "banned") {
    hashToken(newToken());
    return { ok: true, message: RESET_REQUESTED };
  }
  const { email } = user;
  await getDb().transaction(async (tx) => {
    const token = await issueAccountToken(tx, { userId: user.id, purpose: "password_reset", ttlMs: RESET_LINK_TTL_MS, email });
    await enqueueMail(tx, { kind: "password_reset", to: email, locale: user.locale ?? fallbackLocale, name: user.name, link: publicOrigin() + resetPasswordHref(token) });
  });
  return { ok: true, message: RESET_REQUESTED };
}

/**
 * Sets a new password with a live reset link, once. The session version rises (every session ends), the member's
 * other reset links die, and the address the link went to counts as verified: the member has just read mail there.
 */
export async function resetPassword(token: string, newPassword: string, now = new Date()): Promise<WriteResult<{ userId: string; username: string }>> {
  const passwordHash = await hashPassword(newPassword);
  return getDb().transaction(async (tx) => {
    const used = await consumeAccountToken(tx, token, "password_reset", now);
    if (!used) return { ok: false as const, message: "resetLinkInvalid" };
    const user = await first(tx
      .update(users)
      .set({
        passwordHash,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        emailVerified: sql`CASE WHEN ${users.email} = ${used.email} THEN coalesce(${users.emailVerified}, ${sql.param(now, users.emailVerified)}) ELSE ${users.emailVerified} END`,
      })
      .where(eq(users.id, used.userId))
      .returning({ username: users.username }));
    if (!user) return { ok: false as const, message: "resetLinkInvalid" };
    await tx.delete(accountTokens).where(sql`${accountTokens.userId} = ${used.userId} AND ${accountTokens.purpose} = 'password_reset' AND ${accountTokens.usedAt} IS NULL`);
    return { ok: true as const, userId: used.userId, username: user.username };
  });
}
