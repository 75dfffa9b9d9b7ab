import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/components/layout/breadcrumb";
import { VersionList } from "@/components/post/version-list";
import { findCommentForWriting } from "@/lib/content/commenting";
import { getPost } from "@/lib/content/posts";
import { boardNamesIn } from "@/lib/content/board-names";
import { commentHref } from "@/lib/content/comment-pages";
import { commentHistory } from "@/lib/content/revisions";
import { boardHref } from "@/lib/routes";
import { addressId } from "@/lib/validation/ids";

type Props = { params: Promise<{ board: string; postId: string; commentId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("history");
  return { title: t("commentTitle"), robots: { index: false } };
}

/** A visible comment's versions; a deleted or hidden comment's history is not shown to readers. */
export default async function CommentHistoryPage({ params }: Props) {
  const { board, postId, commentId } = await params;
  const [postNumber, commentNumber] = [addressId(postId), addressId(commentId)];
  const post = postNumber ? await getPost(decodeURIComponent(board), postNumber) : null;
  const comment = post && commentNumber ? await findCommentForWriting(commentNumber) : null;
  if (!post || !comment || comment.postId !== post.id || comment.status !== "published") notFound();
  const t = await getTranslations("history");
  return (
    <>
      <Breadcrumb
        items={[
          { label: (await boardNamesIn(await getLocale()))(post).name, href: boardHref(post.boardSlug) },
          { label: post.title, href: await commentHref(post.boardSlug, post.id, comment.id) },
          { label: t("commentTitle") },
        ]}
      />
      <h1 className="mb-6 text-2xl font-bold">{t("commentTitle")}</h1>
      <VersionList versions={await commentHistory(comment.id)} />
    </>
  );
}
