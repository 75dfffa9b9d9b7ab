// Remembering a reader's theme: the cookie every page reads, and for a member their stored setting as well.
import "server-only";
import { eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { getDb } from "@/db";
import { users, type Theme } from "@/db/schema";
import { PREFERENCE_COOKIE_MAX_AGE_S, THEME_COOKIE } from "./preference-cookies";

/** "system" clears the cookie, so the visitor is back on the shared page that follows the device. */
export async function rememberTheme(theme: Theme, member: { id: string } | null): Promise<void> {
  const jar = await cookies();
  if (theme === "system") jar.delete(THEME_COOKIE);
  else jar.set(THEME_COOKIE, theme, { maxAge: PREFERENCE_COOKIE_MAX_AGE_S, sameSite: "lax", httpOnly: true, path: "/" });
  if (member) await getDb().update(users).set({ theme }).where(eq(users.id, member.id));
}
