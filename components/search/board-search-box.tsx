import { getTranslations } from "next-intl/server";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";

/** Under a board's list: a plain GET form to /search limited to this board (the results page offers all boards). */
export async function BoardSearchBox({ board }: { board: { slug: string; name: string } }) {
  const t = await getTranslations("sitePages.boardSearch");
  return (
    <form action="/search" method="get" role="search" aria-label={t("label", { board: board.name })} className="mt-6 flex flex-wrap items-center justify-center gap-2">
      <input type="hidden" name="board" value={board.slug} />
      <label htmlFor="board-search" className="sr-only">
        {t("label", { board: board.name })}
      </label>
      <input
        id="board-search"
        type="search"
        name="q"
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t("placeholder")}
        className="w-52 rounded-md border border-stone-300 bg-white px-2.5 py-1.5 text-sm dark:border-stone-700 dark:bg-stone-900"
      />
      <button type="submit" className="rounded-md border border-stone-300 px-2.5 py-1.5 text-sm hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800">
        {t("submit")}
      </button>
    </form>
  );
}
