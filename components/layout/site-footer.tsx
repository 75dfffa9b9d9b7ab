import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ThemeSwitch } from "./theme-switch";

export async function SiteFooter() {
  const t = await getTranslations("site");
  return (
    <footer className="space-y-2 border-t border-stone-200 py-6 text-center text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
      <p>
        {t("footer")} · <Link href="/mod/log" className="underline">{t("modLog")}</Link> · <a href="/feed.xml" className="underline">{t("feed")}</a>
      </p>
      <ThemeSwitch />
    </footer>
  );
}
