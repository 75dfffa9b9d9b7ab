// A member's own settings: time zone, date style, theme, and the bio and signature they write in Markdown.
import "server-only";
import { eq } from "drizzle-orm";
import { first, getDb } from "@/db";
import { users, type DateStyle, type Theme } from "@/db/schema";
import { COMMENT_HEADING_OFFSET, renderMarkdown } from "../markdown/pipeline";
import type { AccountSettingsInput } from "../validation/account-settings";

export type AccountSettings = {
  /** Null: not chosen; dates follow the browser's zone (lib/i18n/reader-dates.ts), else the site's. */
  timeZone: string | null;
  dateStyle: DateStyle;
  theme: Theme;
  bio: string;
  signature: string;
};

export async function readSettings(userId: string): Promise<AccountSettings | null> {
  const row = await first(getDb()
    .select({ timeZone: users.timeZone, dateStyle: users.dateStyle, theme: users.theme, bio: users.bio, signature: users.signature })
    .from(users)
    .where(eq(users.id, userId)));
  if (!row) return null;
  return { ...row, dateStyle: row.dateStyle ?? "absolute", theme: row.theme ?? "system" };
}

/** The bio and signature as HTML, rendered once at save: the server action passes what the render pool made. */
export type RenderedProfileText = { bioHtml: string; signatureHtml: string };

/**
 * Saves the settings; the bio and signature are rendered once, by the same sanitising pipeline as comments
 * (headings start lower, links get rel="ugc nofollow"): in the render pool by the action, or here for tests and
 * scripts. Returns whether the signature or bio changed: cached pages show them.
 */
export async function saveSettings(userId: string, input: AccountSettingsInput, rendered?: RenderedProfileText): Promise<{ signatureChanged: boolean; bioChanged: boolean }> {
  const db = getDb();
  const before = await first(db.select({ bio: users.bio, signature: users.signature }).from(users).where(eq(users.id, userId)));
  const html = (source: string) => (source === "" ? "" : renderMarkdown(source, COMMENT_HEADING_OFFSET));
  await db.update(users)
    .set({
      timeZone: input.timeZone,
      dateStyle: input.dateStyle,
      theme: input.theme,
      bio: input.bio,
      bioHtml: rendered?.bioHtml ?? html(input.bio),
      signature: input.signature,
      signatureHtml: rendered?.signatureHtml ?? html(input.signature),
    })
    .where(eq(users.id, userId));
  return { signatureChanged: before?.signature !== input.signature, bioChanged: before?.bio !== input.bio };
}

/** Whether the member signs in with a password (else only with GitHub): what deleting the account asks for. */
export async function hasPassword(userId: string): Promise<boolean> {
  return Boolean((await first(getDb().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId))))?.passwordHash);
}
