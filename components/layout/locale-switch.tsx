import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/app/actions";
import { LOCALES, type Locale } from "@/lib/i18n/config";

/** Each language is named in itself, so a reader can find theirs whatever the page's language. */
const LANGUAGE_NAMES: Record<Locale, string> = { en: "English", ko: "한국어" };

export async function LocaleSwitch() {
  const [current, t] = await Promise.all([getLocale(), getTranslations("nav")]);
  return (
    <form action={setLocale} aria-label={t("language")} className="flex items-center gap-1 text-sm">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          title={t("switchTo", { language: LANGUAGE_NAMES[locale] })}
          className="rounded px-2 py-1 text-stone-600 hover:bg-stone-100 aria-pressed:bg-stone-900 aria-pressed:text-white dark:text-stone-300 dark:hover:bg-stone-800 dark:aria-pressed:bg-stone-100 dark:aria-pressed:text-stone-900"
        >
          {LANGUAGE_NAMES[locale]}
        </button>
      ))}
    </form>
  );
}
