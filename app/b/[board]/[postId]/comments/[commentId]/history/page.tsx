import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/components/layout/breadcrumb";
import { VersionList } from "@/components/post/version-list";
import { findCommentForWriting } from "@/lib/content/commenting";
import { getPost } from "@/lib/content/posts";
import { commentHref } from "@/lib/content/comment-pages";
import { commentHistory } from "@/lib/content/revisions";

type Props = { params: Promise<{ board: string; postId: string; commentId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("history");
  return { title: t("commentTitle"), robots: { index: false } };
}

/** A visible comment's versions; a deleted or hidden comment's history is not shown to readers. */
export default async function CommentHistoryPage({ params }: Props) {
  const { board, postId, commentId } = await params;
  const isId = (v: string) => /^[1-9]\d{0,15}$/.test(v);
  const post = isId(postId) ? getPost(decodeURIComponent(board), Number(postId)) : null;
  const comment = post && isId(commentId) ? findCommentForWriting(Number(commentId)) : null;
  if (!post || !comment || comment.postId !== post.id || comment.status !== "published") notFound();
  const t = await getTranslations("history");
  return (
    <>
      <Breadcrumb items={[{ label: post.title, href: commentHref(post.boardSlug, post.id, comment.id) }, { label: t("commentTitle") }]} />
      <h1 className="mb-6 text-2xl font-bold">{t("commentTitle")}</h1>
      <VersionList versions={commentHistory(comment.id)} />
    </>
  );
}
