import { getTranslations } from "next-intl/server";
import type { SearchSort } from "@/lib/search/search";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";

type Props = {
  query: string;
  board: string;
  author: string;
  sort: SearchSort;
  boards: { slug: string; name: string }[];
};

const field = "block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base dark:border-stone-700 dark:bg-stone-900";

/** The search page's form: words, board, author and order, sent as a plain GET so it works without JavaScript. */
export async function SearchForm({ query, board, author, sort, boards }: Props) {
  const t = await getTranslations("search.form");
  return (
    <form
      action="/search"
      method="get"
      role="search"
      aria-label={t("label")}
      className="mb-6 space-y-3 rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
    >
      <div className="space-y-1">
        <label htmlFor="search-query" className="block text-sm font-medium">
          {t("query")}
        </label>
        <input
          id="search-query"
          type="search"
          name="q"
          defaultValue={query}
          maxLength={MAX_QUERY_LENGTH}
          aria-describedby="search-query-hint"
          className={field}
        />
        <p id="search-query-hint" className="text-sm text-stone-500 dark:text-stone-400">
          {t("queryHint")}
        </p>
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <div className="space-y-1">
          <label htmlFor="search-board" className="block text-sm font-medium">
            {t("board")}
          </label>
          <select id="search-board" name="board" defaultValue={board} className={field}>
            <option value="">{t("allBoards")}</option>
            {boards.map((b) => (
              <option key={b.slug} value={b.slug}>
                {b.name}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="search-author" className="block text-sm font-medium">
            {t("author")}
          </label>
          <input
            id="search-author"
            name="author"
            defaultValue={author}
            autoComplete="off"
            aria-describedby="search-author-hint"
            className={field}
          />
          <p id="search-author-hint" className="text-sm text-stone-500 dark:text-stone-400">
            {t("authorHint")}
          </p>
        </div>
        <div className="space-y-1">
          <label htmlFor="search-sort" className="block text-sm font-medium">
            {t("sort")}
          </label>
          <select id="search-sort" name="sort" defaultValue={sort} className={field}>
            <option value="relevance">{t("relevance")}</option>
            <option value="new">{t("new")}</option>
          </select>
        </div>
      </div>
      <button
        type="submit"
        className="rounded-md bg-stone-900 px-4 py-2 font-medium text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300"
      >
        {t("submit")}
      </button>
    </form>
  );
}
