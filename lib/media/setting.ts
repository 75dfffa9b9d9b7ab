// The admins' switch for image uploads, kept in site_settings like the email verification switch.
import "server-only";
import { eq } from "drizzle-orm";
import { first, getDb } from "@/db";
import { siteSettings } from "@/db/schema";

const SETTING_KEY = "uploads";

/** On unless an admin turned uploads off; images already published stay served either way. */
export async function uploadsEnabled(): Promise<boolean> {
  const stored = await first(getDb().select({ value: siteSettings.value }).from(siteSettings).where(eq(siteSettings.key, SETTING_KEY)));
  return stored?.value !== "off";
}

/** The admins' choice; callers check canAdminister (the action's spine does). */
export async function setUploadsEnabled(enabled: boolean): Promise<void> {
  const value = enabled ? "on" : "off";
  await getDb().insert(siteSettings).values({ key: SETTING_KEY, value }).onConflictDoUpdate({ target: siteSettings.key, set: { value } });
}
