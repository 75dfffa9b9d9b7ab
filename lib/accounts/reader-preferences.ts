// How the person reading this request sees dates and colours: a member's settings, else what the browser sent.
import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import type { DateStyle } from "@/db/schema";
import { getCurrentUser } from "../auth/session";
import { isTimeZone } from "../validation/account-settings";
import { readSettings } from "./settings";
import { chosenTheme, THEME_COOKIE, TIME_ZONE_COOKIE, type ChosenTheme } from "./preference-cookies";

export type ReaderPreferences = {
  /** Null: the site's zone for the page's language (lib/i18n/config.ts). */
  timeZone: string | null;
  dateStyle: DateStyle;
  /** Null: follow the device. */
  theme: ChosenTheme | null;
  /** A member who has chosen no zone and whose browser has not told us its own yet: the page asks it once. */
  asksBrowserZone: boolean;
};

/**
 * Visitors get the site's zone and absolute dates whatever they send, since their pages are shared by the page cache;
 * only their theme cookie counts, and the cache keys pages by it (lib/platform/page-cache/routes.ts).
 */
export const readerPreferences = cache(async (): Promise<ReaderPreferences> => {
  const [user, jar] = await Promise.all([getCurrentUser(), cookies()]);
  const cookieTheme = chosenTheme(jar.get(THEME_COOKIE)?.value);
  const settings = user ? await readSettings(user.id) : null;
  if (!settings) return { timeZone: null, dateStyle: "absolute", theme: cookieTheme, asksBrowserZone: false };
  const browserZone = jar.get(TIME_ZONE_COOKIE)?.value;
  const timeZone = settings.timeZone ?? (isTimeZone(browserZone) ? browserZone : null);
  return {
    timeZone,
    dateStyle: settings.dateStyle,
    theme: chosenTheme(settings.theme),
    asksBrowserZone: settings.timeZone === null && !isTimeZone(browserZone),
  };
});
