import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { CommentThread } from "@/components/comment/comment-thread";
import { Breadcrumb } from "@/components/layout/breadcrumb";
import { PostMeta } from "@/components/post/post-meta";
import { listThread } from "@/lib/comments";
import { excerpt, getNeighbours, getPost } from "@/lib/posts";
import { boardHref, postHref } from "@/lib/routes";

type Props = { params: Promise<{ board: string; postId: string }> };

/** The post the URL names; unknown ids, malformed ids and posts of another board are 404s. */
const loadPost = cache(async (params: Props["params"]) => {
  const { board, postId } = await params;
  if (!/^[1-9]\d{0,15}$/.test(postId)) notFound();
  const post = getPost(decodeURIComponent(board), Number(postId));
  if (!post) notFound();
  return post;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await loadPost(params);
  return { title: `${post.title} · ${post.boardName}`, description: excerpt(post.bodyHtml) };
}

export default async function PostPage({ params }: Props) {
  const post = await loadPost(params);
  const t = await getTranslations("post");
  const tc = await getTranslations("comments");
  const comments = listThread(post.id);
  const { previous, next } = getNeighbours(post.boardId, post.id);
  return (
    <>
      <Breadcrumb items={[{ label: post.boardName, href: boardHref(post.boardSlug) }, { label: post.title }]} />
      <article aria-labelledby="post-title">
        <header className="border-b border-stone-200 pb-4 dark:border-stone-800">
          <p className="text-sm font-semibold text-accent-700 dark:text-accent-300">
            <Link href={boardHref(post.boardSlug)}>{post.boardName}</Link>
          </p>
          <h1 id="post-title" className="mt-1 text-2xl font-bold leading-snug sm:text-3xl">
            {post.title}
          </h1>
          <PostMeta post={post} />
        </header>
        <section aria-label={t("body")} className="prose-body py-6" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
      </article>

      <section id="comments" aria-labelledby="comments-heading" className="scroll-mt-4 border-t border-stone-200 pt-6 dark:border-stone-800">
        <h2 id="comments-heading" className="mb-4 text-lg font-bold">
          {tc("title")} <span className="text-stone-500">({post.commentCount})</span>
        </h2>
        <CommentThread comments={comments} />
      </section>

      <nav aria-label={t("neighbours")} className="mt-8 grid gap-2 text-sm sm:grid-cols-2">
        {previous && (
          <Link href={postHref(post.boardSlug, previous.id)} className="rounded-lg border border-stone-200 p-3 dark:border-stone-800">
            <span className="block text-stone-500">{t("previous")}</span>
            <span className="line-clamp-1">{previous.title}</span>
          </Link>
        )}
        {next && (
          <Link href={postHref(post.boardSlug, next.id)} className="rounded-lg border border-stone-200 p-3 sm:col-start-2 dark:border-stone-800">
            <span className="block text-stone-500">{t("next")}</span>
            <span className="line-clamp-1">{next.title}</span>
          </Link>
        )}
      </nav>
      <p className="mt-6">
        <Link href={boardHref(post.boardSlug)}>← {t("backToList", { board: post.boardName })}</Link>
      </p>
    </>
  );
}
