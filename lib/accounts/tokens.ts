// One-time account links (password reset, email verification): random tokens, stored only as SHA-256, each used once
// and only before it expires. Issuing a new one retires the older unused ones of the same purpose.
import "server-only";
import crypto from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { first, getDb } from "@/db";
import { accountTokens, type AccountTokenPurpose } from "@/db/schema";
import type { MailWriter } from "../mail/queue";

export const hashToken = (token: string): string => crypto.createHash("sha256").update(token).digest("hex");

/** A fresh random token (256 bits, URL-safe). */
export const newToken = (): string => crypto.randomBytes(32).toString("base64url");

type Issue = { userId: string; purpose: AccountTokenPurpose; ttlMs: number; email?: string | null; now?: Date };

/** Stores a new token's hash (in the caller's transaction) and returns the token itself, for the mail only. */
export async function issueAccountToken(tx: MailWriter, { userId, purpose, ttlMs, email = null, now = new Date() }: Issue): Promise<string> {
  const token = newToken();
  await tx.delete(accountTokens).where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)));
  await tx.insert(accountTokens)
    .values({ userId, purpose, tokenHash: hashToken(token), email, expiresAt: new Date(now.getTime() + ttlMs) });
  return token;
}

export type UsedToken = { userId: string; email: string | null };

/**
 * Marks the token used and returns whose it was, or null when it is unknown, used, expired or for another purpose.
 * One UPDATE, so two uses at once cannot both succeed.
 */
export async function consumeAccountToken(tx: MailWriter, token: string, purpose: AccountTokenPurpose, now = new Date()): Promise<UsedToken | null> {
  const row = await first(tx
    .update(accountTokens)
    .set({ usedAt: now })
    .where(
      and(eq(accountTokens.tokenHash, hashToken(token)), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, now)),
    )
    .returning({ userId: accountTokens.userId, email: accountTokens.email }));
  return row ?? null;
}

/** Whether a link still works, to show its form or say it is dead, without using it. */
export async function isLiveAccountToken(token: string, purpose: AccountTokenPurpose, now = new Date()): Promise<boolean> {
  const row = await first(getDb()
    .select({ id: accountTokens.id })
    .from(accountTokens)
    .where(
      and(eq(accountTokens.tokenHash, hashToken(token)), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, now)),
      ));
  return row !== undefined;
}
