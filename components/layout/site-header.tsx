import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SearchBox } from "@/components/search/search-box";
import { LocaleSwitch } from "./locale-switch";
import { UserMenu } from "./user-menu";

export async function SiteHeader() {
  const t = await getTranslations("site");
  return (
    <header className="border-b border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="text-xl font-bold tracking-tight text-stone-900 no-underline dark:text-stone-50">
          {t("name")}
        </Link>
        <SearchBox />
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <UserMenu />
          <LocaleSwitch />
        </div>
      </div>
    </header>
  );
}
