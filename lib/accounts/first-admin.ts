// The first admin: a one-time link printed at start while the site has no admin; it dies once used.
import "server-only";
import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import { first, getDb } from "@/db";
import { siteSettings } from "@/db/schema";
import { adminExists, createAccount } from "./members";
import type { WriteResult } from "../write-result";
import type { RegisterInput } from "../validation/account";

const TOKEN_KEY = "setup_token_sha256";

const digest = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

/** A fresh setup token, or null when an admin already exists. Only its hash is stored. */
export async function issueSetupToken(): Promise<string | null> {
  if (await adminExists()) return null;
  const token = crypto.randomBytes(24).toString("base64url");
  await getDb()
    .insert(siteSettings)
    .values({ key: TOKEN_KEY, value: digest(token) })
    .onConflictDoUpdate({ target: siteSettings.key, set: { value: digest(token) } });
  return token;
}

export async function isValidSetupToken(token: string): Promise<boolean> {
  if (await adminExists()) return false;
  const stored = await first(getDb().select({ value: siteSettings.value }).from(siteSettings).where(eq(siteSettings.key, TOKEN_KEY)));
  if (!stored) return false;
  const given = Buffer.from(digest(token), "hex");
  const expected = Buffer.from(stored.value, "hex");
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

/**
 * Creates the first admin with a valid token, and retires the token in the same transaction as the insert, so the
 * link submitted twice at once creates one admin.
 */
export async function createFirstAdmin(
  token: string,
  input: RegisterInput,
): Promise<WriteResult<{ id: string }, "username" | "email">> {
  if (!(await isValidSetupToken(token))) return { ok: false, message: "setupLinkInvalid" };
  const created = await createAccount({ ...input, role: "admin" }, async (tx) => {
    const used = await tx
      .delete(siteSettings)
    .where(and(eq(siteSettings.key, TOKEN_KEY), eq(siteSettings.value, digest(token))))
    .returning({ key: siteSettings.key });
    return used.length === 1;
  });
  if (!created.ok && created.message === "claimRefused") return { ok: false, message: "setupLinkInvalid" };
  return created;
}
