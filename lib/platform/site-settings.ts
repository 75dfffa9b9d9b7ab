// The site_settings table: admin-set values by key (the verification switch, the header's name and logo, the terms).
import "server-only";
import { eq, inArray } from "drizzle-orm";
import { getDb } from "@/db";
import { siteSettings } from "@/db/schema";

export function readSetting(key: string): string | null {
  return getDb().select({ value: siteSettings.value }).from(siteSettings).where(eq(siteSettings.key, key)).get()?.value ?? null;
}

export function readSettings<K extends string>(keys: readonly K[]): Partial<Record<K, string>> {
  const rows = getDb().select().from(siteSettings).where(inArray(siteSettings.key, [...keys])).all();
  return Object.fromEntries(rows.map((row) => [row.key, row.value])) as Partial<Record<K, string>>;
}

/** Sets each key, or removes it when its value is null (back to the default), in one transaction. */
export function writeSettings(values: Record<string, string | null>): void {
  const db = getDb();
  db.transaction((tx) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === null) tx.delete(siteSettings).where(eq(siteSettings.key, key)).run();
      else tx.insert(siteSettings).values({ key, value }).onConflictDoUpdate({ target: siteSettings.key, set: { value } }).run();
    }
  });
}
