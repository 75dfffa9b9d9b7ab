// Members for load: inserted straight into a stopped server's SQLite file, older than a day, signed in later with
// minted session cookies (session-cookies.ts) rather than a password. Used by the benchmark and the load runs.
import Database from "better-sqlite3";
import { usernameKey } from "../../lib/accounts/usernames";

// Older than the one-day new-account window, so only the ordinary comment interval applies to them.
const MEMBER_AGE_MS = 30 * 24 * 60 * 60 * 1000;
// Never checked: these members are signed in with minted session tokens, not with a password.
const UNUSABLE_PASSWORD_HASH = "bench-no-password";

/** The username of the member `addMembers` inserted at `index` (from 0). */
export const benchUsername = (index: number) => `bench${index + 1}`;

/** Inserts `count` members older than a day, straight into SQLite; returns their ids in order. */
export function addMembers(file: string, count: number, now = Date.now()): string[] {
  const db = new Database(file);
  try {
    const insert = db.prepare(
      `INSERT INTO users (id, username, username_key, name, password_hash, session_version, created_at)
       VALUES (?, ?, ?, ?, ?, 1, ?)`,
    );
    const ids = Array.from({ length: count }, () => crypto.randomUUID());
    db.transaction(() => {
      ids.forEach((id, i) => {
        const username = benchUsername(i);
        insert.run(id, username, usernameKey(username), `Bench ${i + 1}`, UNUSABLE_PASSWORD_HASH, now - MEMBER_AGE_MS);
      });
    })();
    return ids;
  } finally {
    db.close();
  }
}
