import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { CommentsSection } from "@/components/comment/comments-section";
import { Breadcrumb } from "@/components/layout/breadcrumb";
import { BoardListUnderThread } from "@/components/post/board-list-under-thread";
import { PostArticle } from "@/components/post/post-article";
import { PostJsonLd } from "@/components/post/post-json-ld";
import { ThreadNeighbours } from "@/components/post/thread-neighbours";
import { getCurrentUser } from "@/lib/auth/session";
import { boardFeedHref } from "@/lib/syndication/feeds";
import { localeAlternates } from "@/lib/i18n/alternates";
import { excerpt } from "@/lib/content/posts";
import { boardNamesIn } from "@/lib/content/board-names";
import { boardHref, postHref, threadPageHref } from "@/lib/routes";
import { commentPageOf, findThread, readThread, type ThreadQuery } from "@/lib/content/thread-read";

type Props = {
  params: Promise<{ board: string; postId: string }>;
  searchParams: Promise<ThreadQuery & { hl?: string }>;
};

/** The post the URL names (lib/content/thread-read.ts): a 404 when there is none to show, a 308 when it lives in another board. */
const loadPost = cache(async (params: Props["params"]) => {
  const { board, postId } = await params;
  const found = await findThread(decodeURIComponent(board), postId, await getCurrentUser());
  if (found && "livesIn" in found) permanentRedirect(postHref(found.livesIn, Number(postId)));
  if (!found) notFound();
  return { ...found.post, boardName: (await boardNamesIn(await getLocale()))(found.post).name };
});

/** The comment page ?cpage= names; one past the last page is a 404. */
const loadCommentPage = cache(async (postId: number, raw: string | string[] | undefined) => await commentPageOf(postId, raw) ?? notFound());

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [post, query] = await Promise.all([loadPost(params), searchParams]);
  const description = excerpt(post.bodyHtml);
  // Each comment page is its own canonical page; page 1 is the plain thread URL.
  const url = threadPageHref(post.boardSlug, post.id, (await loadCommentPage(post.id, query.cpage)).page);
  return {
    title: `${post.title} · ${post.boardName}`,
    description,
    alternates: { ...localeAlternates(url, query.hl), types: { "application/atom+xml": [{ url: boardFeedHref(post.boardSlug), title: post.boardName }] } },
    // A shared link shows the title, the board and an excerpt.
    openGraph: { type: "article", title: post.title, description, url, section: post.boardName, publishedTime: post.createdAt.toISOString(), authors: [post.author.name] },
    twitter: { card: "summary", title: `${post.title} · ${post.boardName}`, description },
    robots: post.status === "published" ? undefined : { index: false },
  };
}

export default async function PostPage({ params, searchParams }: Props) {
  const [post, viewer, query] = await Promise.all([loadPost(params), getCurrentUser(), searchParams]);
  const view = await readThread(post, viewer, query, await loadCommentPage(post.id, query.cpage));
  return (
    <>
      <Breadcrumb items={[{ label: post.boardName, href: boardHref(post.boardSlug) }, { label: post.title }]} />
      {post.status === "published" && <PostJsonLd post={post} comments={view.comments} page={view.page} />}
      <PostArticle view={view} />
      <CommentsSection view={view} viewer={viewer} />
      <ThreadNeighbours view={view} />
      <BoardListUnderThread post={post} />
    </>
  );
}
