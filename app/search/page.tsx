import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { boardNamesIn } from "@/lib/content/board-names";
import { Pagination } from "@/components/layout/pagination";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { parsePage } from "@/lib/pagination";
import { listSearchBoards, search, SEARCH_SORTS, type SearchSort } from "@/lib/search/search";
import { MAX_QUERY_LENGTH, MAX_TERMS, MIN_QUERY_CHARS } from "@/lib/search/query";

type Param = string | string[] | undefined;
type Props = { searchParams: Promise<{ q?: Param; board?: Param; author?: Param; sort?: Param; page?: Param }> };
type Request = { query: string | null; board: string; author: string; sort: SearchSort; page: number | null };

const first = (value: Param) => (Array.isArray(value) ? value[0] : value);

/** What the URL asks for; a query that was never typed (no ?q) shows just the form, unless it names an author. */
async function readRequest(searchParams: Props["searchParams"]): Promise<Request> {
  const params = await searchParams;
  const sort = first(params.sort);
  return {
    query: first(params.q) ?? null,
    board: first(params.board) ?? "",
    author: (first(params.author) ?? "").trim(),
    sort: SEARCH_SORTS.find((s) => s === sort) ?? "relevance",
    page: parsePage(params.page),
  };
}

/** A results page's URL, keeping the query, filters and order. */
function searchHref({ query, board, author, sort }: Request, page: number): string {
  const params = new URLSearchParams({ q: query ?? "" });
  if (board) params.set("board", board);
  if (author) params.set("author", author);
  if (sort !== "relevance") params.set("sort", sort);
  if (page > 1) params.set("page", String(page));
  return `/search?${params}`;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query } = await readRequest(searchParams);
  const t = await getTranslations("search");
  const shown = query?.trim().slice(0, 60);
  return { title: shown ? t("titleFor", { query: shown }) : t("title"), robots: { index: false } };
}

export default async function SearchPage({ searchParams }: Props) {
  const request = await readRequest(searchParams);
  const { query, board, author, sort, page } = request;
  if (page === null) notFound();
  const t = await getTranslations("search");
  const named = await boardNamesIn(await getLocale());
  // No words and no author is just the form; an author alone lists their writing.
  const outcome = query === null && !author ? null : await search({ query: query ?? "", board: board || null, author: author || null, sort, page });
  if (outcome?.ok && outcome.total > 0 && page > outcome.pageCount) notFound();
  const note = (text: string) => <p className="mb-4 text-stone-600 dark:text-stone-300">{text}</p>;
  const boards = (await listSearchBoards()).map((b) => ({ ...b, name: named(b).name }));
  const scopedTo = board ? boards.find((b) => b.slug === board) : undefined;
  const tScope = await getTranslations("sitePages.boardSearch");
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      <SearchForm query={query ?? ""} board={board} author={author} sort={sort} boards={boards} />
      {outcome && scopedTo && (
        <p className="mb-4 text-sm">
          {tScope("scoped", { board: scopedTo.name })} <Link href={searchHref({ ...request, board: "" }, 1)}>{tScope("widen")}</Link>
        </p>
      )}
      <div aria-live="polite">
        {outcome && !outcome.ok &&
          note(t(`problems.${outcome.problem}`, { min: MIN_QUERY_CHARS, max: MAX_QUERY_LENGTH, author: author.slice(0, 40) }))}
        {outcome?.ok && outcome.dropped > 0 && note(t("dropped", { max: MAX_TERMS }))}
        {outcome?.ok &&
          note(outcome.more ? t("moreResults", { count: outcome.total }) : outcome.total > 0 ? t("results", { count: outcome.total }) : t("noResults"))}
      </div>
      {outcome?.ok && outcome.results.length > 0 && (
        <>
          <SearchResults results={outcome.results} />
          <Pagination current={page} last={outcome.pageCount} hrefFor={(n) => searchHref(request, n)} />
        </>
      )}
    </>
  );
}
