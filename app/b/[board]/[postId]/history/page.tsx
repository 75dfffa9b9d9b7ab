import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/components/layout/breadcrumb";
import { VersionList } from "@/components/post/version-list";
import { getPost } from "@/lib/content/posts";
import { postHistory } from "@/lib/content/revisions";
import { postHref } from "@/lib/routes";

type Props = { params: Promise<{ board: string; postId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("history");
  return { title: t("postTitle"), robots: { index: false } };
}

export default async function PostHistoryPage({ params }: Props) {
  const { board, postId } = await params;
  const post = /^[1-9]\d{0,15}$/.test(postId) ? getPost(decodeURIComponent(board), Number(postId)) : null;
  if (!post) notFound();
  const t = await getTranslations("history");
  return (
    <>
      <Breadcrumb items={[{ label: post.boardName, href: `/b/${post.boardSlug}` }, { label: post.title, href: postHref(post.boardSlug, post.id) }, { label: t("postTitle") }]} />
      <h1 className="mb-6 text-2xl font-bold">{t("postTitle")}</h1>
      <VersionList versions={postHistory(post.id)} />
    </>
  );
}
