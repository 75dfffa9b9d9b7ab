// The signed link a banned member appeals through. A ban refuses sign-in, but only after the password was checked
// (lib/accounts/members.ts): that refusal carries this link, so only whoever knows the password can appeal, without
// a session a banned account could use for anything else. The link names the member, expires within the hour and
// is signed with the site's auth secret; it grants filing and reading that member's appeal, nothing more.
import "server-only";
import crypto from "node:crypto";
import { authSecret } from "./secret";

export const APPEAL_LINK_TTL_MS = 60 * 60 * 1000;

const sign = (payload: string) => crypto.createHmac("sha256", authSecret()).update(`appeal:${payload}`).digest("base64url");

/** A token "<user id>.<expiry ms>.<signature>": no ":" in it, so it travels in a sign-in refusal's code. */
export function appealToken(userId: string, now = Date.now()): string {
  const payload = `${userId}.${now + APPEAL_LINK_TTL_MS}`;
  return `${payload}.${sign(payload)}`;
}

/** The member a token names, or null when it is malformed, forged or expired. */
export function appealTokenUser(token: string | null | undefined, now = Date.now()): string | null {
  if (!token) return null;
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [userId, expiry, signature] = parts as [string, string, string];
  const expected = Buffer.from(sign(`${userId}.${expiry}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  return Number(expiry) > now ? userId : null;
}
