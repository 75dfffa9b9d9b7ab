import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/components/layout/breadcrumb";
import { Pagination } from "@/components/layout/pagination";
import { PostList } from "@/components/post/post-list";
import { getBoard, type BoardRef } from "@/lib/boards";
import { pageCount, parsePage } from "@/lib/pagination";
import { listBoardPosts } from "@/lib/posts";
import { boardHref } from "@/lib/routes";

type Props = { params: Promise<{ board: string }>; searchParams: Promise<{ page?: string | string[] }> };

/** The board and page the URL names, or a 404 for an unknown board or a page past the end. */
async function resolve({ params, searchParams }: Props): Promise<{ board: BoardRef; page: number; last: number }> {
  const [{ board: slug }, { page: rawPage }] = await Promise.all([params, searchParams]);
  const board = getBoard(decodeURIComponent(slug));
  const page = parsePage(rawPage);
  if (!board || page === null) notFound();
  const last = pageCount(board.postCount);
  if (page > last) notFound();
  return { board, page, last };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { board, page } = await resolve(props);
  const t = await getTranslations("board");
  return {
    title: page > 1 ? t("pageTitle", { board: board.name, page }) : board.name,
    description: board.description,
  };
}

export default async function BoardPage(props: Props) {
  const { board, page, last } = await resolve(props);
  const t = await getTranslations("board");
  const posts = listBoardPosts(board.id, page);
  return (
    <>
      <Breadcrumb items={[{ label: board.name }]} />
      <header className="mb-6">
        <h1 className="text-2xl font-bold">{board.name}</h1>
        {board.description && <p className="mt-1 text-stone-600 dark:text-stone-300">{board.description}</p>}
      </header>
      {posts.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-500 dark:border-stone-700">
          {t("empty")}
        </p>
      ) : (
        <PostList posts={posts} label={t("postList", { board: board.name })} />
      )}
      <Pagination current={page} last={last} hrefFor={(n) => boardHref(board.slug, n)} />
    </>
  );
}
