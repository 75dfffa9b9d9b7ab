// The site_settings table: admin-set values by key (the verification switch, the header's name and logo, the terms).
import "server-only";
import { eq, inArray } from "drizzle-orm";
import { first, getDb } from "@/db";
import { siteSettings } from "@/db/schema";

export async function readSetting(key: string): Promise<string | null> {
  return (await first(getDb().select({ value: siteSettings.value }).from(siteSettings).where(eq(siteSettings.key, key))))?.value ?? null;
}

export async function readSettings<K extends string>(keys: readonly K[]): Promise<Partial<Record<K, string>>> {
  const rows = await getDb().select().from(siteSettings).where(inArray(siteSettings.key, [...keys]));
  return Object.fromEntries(rows.map((row) => [row.key, row.value])) as Partial<Record<K, string>>;
}

/** Sets each key, or removes it when its value is null (back to the default), in one transaction. */
export async function writeSettings(values: Record<string, string | null>): Promise<void> {
  const db = getDb();
  await db.transaction(async (tx) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === null) await tx.delete(siteSettings).where(eq(siteSettings.key, key));
      else await tx.insert(siteSettings).values({ key, value }).onConflictDoUpdate({ target: siteSettings.key, set: { value } });
    }
  });
}
