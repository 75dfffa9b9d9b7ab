import { getTranslations } from "next-intl/server";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";

/** The header's search field: a plain GET form to /search, so it works without JavaScript. */
export async function SearchBox({ query = "" }: { query?: string }) {
  const t = await getTranslations("search.box");
  return (
    <form action="/search" method="get" role="search" aria-label={t("label")} className="flex items-center gap-1">
      <label htmlFor="site-search" className="sr-only">
        {t("label")}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        defaultValue={query}
        placeholder={t("placeholder")}
        maxLength={MAX_QUERY_LENGTH}
        className="w-36 rounded-md border border-stone-300 bg-white px-2.5 py-1.5 text-sm sm:w-48 dark:border-stone-700 dark:bg-stone-900"
      />
      <button
        type="submit"
        className="rounded-md border border-stone-300 px-2.5 py-1.5 text-sm hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
      >
        {t("submit")}
      </button>
    </form>
  );
}
