// A member's choice, per kind of notice, of how it reaches them: on the site only, or also by email, at once or in a
// daily digest. Email needs a confirmed address; without one every kind stays on the site.
import "server-only";
import { eq } from "drizzle-orm";
import { first, getDb, type Tx } from "@/db";
import { notificationPrefs, users, NOTIFY_PREF_KINDS, type NotificationKind, type NotifyMode, type NotifyPrefKind } from "@/db/schema";

export type NotifyPrefs = Record<NotifyPrefKind, NotifyMode>;

/** The preference group a notice belongs to: both reply kinds are "reply". */
export function prefKindOf(kind: NotificationKind): NotifyPrefKind {
  return kind === "reply_to_post" || kind === "reply_to_comment" ? "reply" : kind;
}

const SITE_ONLY = Object.fromEntries(NOTIFY_PREF_KINDS.map((k) => [k, "site"])) as NotifyPrefs;

/** The member's choices, "site" wherever they made none. */
export async function notifyPrefs(userId: string, db: Tx = getDb()): Promise<NotifyPrefs> {
  const rows = await db.select({ kind: notificationPrefs.kind, mode: notificationPrefs.mode }).from(notificationPrefs).where(eq(notificationPrefs.userId, userId));
  return { ...SITE_ONLY, ...Object.fromEntries(rows.map((r) => [r.kind, r.mode])) };
}

/** Saves every kind's choice at once; rows for "site" are dropped, since no row means that. */
export async function saveNotifyPrefs(userId: string, prefs: NotifyPrefs): Promise<void> {
  await getDb().transaction(async (tx) => {
    await tx.delete(notificationPrefs).where(eq(notificationPrefs.userId, userId));
    const rows = NOTIFY_PREF_KINDS.filter((kind) => prefs[kind] !== "site").map((kind) => ({ userId, kind, mode: prefs[kind] }));
    if (rows.length > 0) await tx.insert(notificationPrefs).values(rows);
  });
}

export type MailRecipient = { email: string; name: string; locale: string | null };

/** Where a member's notice mail goes: their confirmed address, or null (no address, or not confirmed yet). */
export async function mailRecipient(userId: string, db: Tx = getDb()): Promise<MailRecipient | null> {
  const row = await first(db.select({ email: users.email, verified: users.emailVerified, name: users.name, locale: users.locale }).from(users).where(eq(users.id, userId)));
  if (!row?.email || !row.verified) return null;
  return { email: row.email, name: row.name, locale: row.locale };
}
