import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ThemeSwitch } from "./theme-switch";

export async function SiteFooter() {
  const [t, tPages] = await Promise.all([getTranslations("site"), getTranslations("sitePages")]);
  return (
    <footer className="space-y-2 border-t border-stone-200 py-6 text-center text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
      <p>
        {t("footer")} · <Link href="/mod/log" className="underline">{t("modLog")}</Link> · <a href="/feed.xml" className="underline">{t("feed")}</a> ·{" "}
        <Link href="/terms" className="underline">{tPages("terms")}</Link> · <Link href="/privacy" className="underline">{tPages("privacy")}</Link>
      </p>
      <ThemeSwitch />
    </footer>
  );
}
