import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/components/layout/breadcrumb";
import { Pagination } from "@/components/layout/pagination";
import { PostList } from "@/components/post/post-list";
import { PostTable } from "@/components/post/post-table";
import { BoardSearchBox } from "@/components/search/board-search-box";
import { getCurrentUser } from "@/lib/auth/session";
import { getBoard, type BoardRef } from "@/lib/content/boards";
import { boardNamesIn } from "@/lib/content/board-names";
import { boardFeedHref } from "@/lib/syndication/feeds";
import { localeAlternates } from "@/lib/i18n/alternates";
import { canSeeWriteLink } from "@/lib/permissions";
import { pageCount, parsePage } from "@/lib/pagination";
import { boardPage } from "@/lib/content/cached-reads";
import { BOARD_SORTS, type BoardSort } from "@/lib/content/posts";
import { boardHref } from "@/lib/routes";

type Props = { params: Promise<{ board: string }>; searchParams: Promise<{ page?: string | string[]; sort?: string | string[]; hl?: string; deleted?: string }> };

/** The board, page and order the URL names, or a 404 for an unknown board or a page past the end. */
async function resolve({ params, searchParams }: Props): Promise<{ board: BoardRef; page: number; last: number; sort: BoardSort }> {
  const [{ board: slug }, { page: rawPage, sort: rawSort }] = await Promise.all([params, searchParams]);
  const sort = BOARD_SORTS.find((s) => s === rawSort) ?? "activity";
  const found = await getBoard(decodeURIComponent(slug));
  const page = parsePage(rawPage);
  if (!found || page === null) notFound();
  const board = { ...found, ...(await boardNamesIn(await getLocale()))(found) };
  const last = pageCount(board.postCount);
  if (page > last) notFound();
  return { board, page, last, sort };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { board, page } = await resolve(props);
  const t = await getTranslations("board");
  const title = page > 1 ? t("pageTitle", { board: board.name, page }) : board.name;
  return {
    title,
    description: board.description,
    // One URL per page: ?page=N stays (page 1 has none), anything else (tracking, locale) goes.
    alternates: { ...localeAlternates(boardHref(board.slug, page), (await props.searchParams).hl), types: { "application/atom+xml": [{ url: boardFeedHref(board.slug), title: board.name }] } },
    openGraph: { title, description: board.description, url: boardHref(board.slug, page) },
    twitter: { card: "summary", title, description: board.description },
  };
}

export default async function BoardPage(props: Props) {
  const { board, page, last, sort } = await resolve(props);
  const t = await getTranslations("board");
  const posts = await boardPage(board, page, sort);
  const [viewer, { deleted }] = await Promise.all([getCurrentUser(), props.searchParams]);
  return (
    <>
      <Breadcrumb items={[{ label: board.name }]} />
      {/* Where a member lands after deleting their post (lib/routes.ts afterPostDeletedHref). */}
      {viewer && deleted === "post" && (
        <p role="status" className="mb-4 rounded-md border border-stone-200 bg-stone-50 px-3 py-2 text-sm dark:border-stone-800 dark:bg-stone-900">
          {t("postDeleted")}
        </p>
      )}
      <header className="mb-6 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{board.name}</h1>
          {board.description && <p className="mt-1 text-stone-600 dark:text-stone-300">{board.description}</p>}
        </div>
        {canSeeWriteLink(viewer, board) && (
          <Link
            href={viewer ? `/b/${board.slug}/write` : `/login?callbackUrl=${encodeURIComponent(`/b/${board.slug}/write`)}`}
            className="rounded-md bg-stone-900 px-4 py-2 font-medium text-white no-underline hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900"
          >
            {t("write")}
          </Link>
        )}
      </header>
      {posts.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-500 dark:text-stone-400 dark:border-stone-700">
          {t("empty")}
        </p>
      ) : (
        <>
          <SortLinks board={board.slug} current={sort} />
          {board.listStyle === "table" ? (
            <PostTable posts={posts} caption={t("postList", { board: board.name })} boardSlug={board.slug} sort={sort} />
          ) : (
            <PostList posts={posts} label={t("postList", { board: board.name })} dateShown={sort === "activity" ? "activity" : "written"} />
          )}
        </>
      )}
      <Pagination current={page} last={last} hrefFor={(n) => boardHref(board.slug, n, sort)} />
      <BoardSearchBox board={board} />
    </>
  );
}

/** The orders a reader may list the board in: plain links, so they work without JavaScript; the current one is marked. */
async function SortLinks({ board, current }: { board: string; current: BoardSort }) {
  const t = await getTranslations("board");
  return (
    <nav aria-label={t("sortLabel")} className="mb-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {BOARD_SORTS.map((sort) => (
        <Link key={sort} href={boardHref(board, 1, sort)} aria-current={sort === current ? "page" : undefined} className={sort === current ? "font-semibold text-stone-900 no-underline dark:text-stone-100" : "text-stone-600 dark:text-stone-300"}>
          {t(`sorts.${sort}`)}
        </Link>
      ))}
    </nav>
  );
}
