// The cookies that carry a reader's display choices: no imports, so the page cache (outside Next.js) reads them too.

/** The theme a visitor picked in the footer (a member's is also stored with their settings). */
export const THEME_COOKIE = "rapport-theme";
/** The zone the browser reported, for a member who has not picked one: sent once by a script on their pages. */
export const TIME_ZONE_COOKIE = "rapport-tz";
export const PREFERENCE_COOKIE_MAX_AGE_S = 60 * 60 * 24 * 365;

/** The themes a page can be rendered in; without one ("system") the page follows prefers-color-scheme. */
export type ChosenTheme = "light" | "dark";

export function chosenTheme(value: string | undefined | null): ChosenTheme | null {
  return value === "light" || value === "dark" ? value : null;
}
