import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/components/layout/breadcrumb";
import { VersionList } from "@/components/post/version-list";
import { getPost } from "@/lib/content/posts";
import { boardNamesIn } from "@/lib/content/board-names";
import { postHistory } from "@/lib/content/revisions";
import { boardHref, postHref } from "@/lib/routes";
import { addressId } from "@/lib/validation/ids";

type Props = { params: Promise<{ board: string; postId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("history");
  return { title: t("postTitle"), robots: { index: false } };
}

export default async function PostHistoryPage({ params }: Props) {
  const { board, postId } = await params;
  const postNumber = addressId(postId);
  const post = postNumber ? await getPost(decodeURIComponent(board), postNumber) : null;
  if (!post) notFound();
  const t = await getTranslations("history");
  return (
    <>
      <Breadcrumb items={[{ label: (await boardNamesIn(await getLocale()))(post).name, href: boardHref(post.boardSlug) }, { label: post.title, href: postHref(post.boardSlug, post.id) }, { label: t("postTitle") }]} />
      <h1 className="mb-6 text-2xl font-bold">{t("postTitle")}</h1>
      <VersionList versions={await postHistory(post.id)} />
    </>
  );
}
