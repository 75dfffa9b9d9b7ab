import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/components/layout/breadcrumb";
import { Pagination } from "@/components/layout/pagination";
import { PostList } from "@/components/post/post-list";
import { countLatestPosts, listLatestPosts } from "@/lib/content/posts";
import { localeAlternates } from "@/lib/i18n/alternates";
import { pageCount, PAGE_SIZE, parsePage } from "@/lib/pagination";
import { latestHref } from "@/lib/routes";

type Props = { searchParams: Promise<{ page?: string | string[]; hl?: string }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [t, params] = await Promise.all([getTranslations("home"), searchParams]);
  const page = parsePage(params.page) ?? 1;
  return { title: page > 1 ? t("latestPageTitle", { page }) : t("latest"), alternates: localeAlternates(latestHref(page), params.hl) };
}

/** The "more" behind the home page's latest posts: every board's newest posts, 20 a page, newest first. */
export default async function LatestPage({ searchParams }: Props) {
  const page = parsePage((await searchParams).page);
  const last = pageCount(await countLatestPosts());
  if (page === null || page > last) notFound();
  const t = await getTranslations("home");
  const posts = await listLatestPosts(PAGE_SIZE, page);
  return (
    <>
      <Breadcrumb items={[{ label: t("latest") }]} />
      <h1 className="mb-6 text-2xl font-bold">{t("latest")}</h1>
      {posts.length === 0 ? <p className="text-stone-500 dark:text-stone-400">{t("noPosts")}</p> : <PostList posts={posts} label={t("latest")} showBoard />}
      <Pagination current={page} last={last} hrefFor={latestHref} />
    </>
  );
}
