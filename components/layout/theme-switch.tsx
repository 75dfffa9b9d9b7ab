import { getTranslations } from "next-intl/server";
import { setTheme } from "@/app/actions";
import { readerPreferences } from "@/lib/accounts/reader-preferences";
import { THEMES } from "@/db/enums";
import { ReturnHere } from "./return-here";

/** Light, dark or the device's: three buttons of one plain form, so the choice works without JavaScript. */
export async function ThemeSwitch() {
  const [t, preferences] = await Promise.all([getTranslations("accountSettings"), readerPreferences()]);
  const current = preferences.theme ?? "system";
  return (
    <form action={setTheme} aria-label={t("theme")} className="inline-flex items-center gap-1">
      <ReturnHere name="returnTo" />
      {THEMES.map((theme) => (
        <button
          key={theme}
          type="submit"
          name="theme"
          value={theme}
          aria-pressed={theme === current}
          className="rounded px-2 py-1 text-stone-600 hover:bg-stone-100 aria-pressed:bg-stone-900 aria-pressed:text-white dark:text-stone-300 dark:hover:bg-stone-800 dark:aria-pressed:bg-stone-100 dark:aria-pressed:text-stone-900"
        >
          {t(`themes.${theme}`)}
        </button>
      ))}
    </form>
  );
}
