import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DateTime } from "@/components/format/date-time";
import { HomeExtras } from "@/components/home/home-extras";
import { PostList } from "@/components/post/post-list";
import { listBoards } from "@/lib/content/boards";
import { boardNamesIn } from "@/lib/content/board-names";
import { memberName } from "@/lib/accounts/deleted-members";
import { SITE_FEED_PATH } from "@/lib/syndication/feeds";
import { localeAlternates } from "@/lib/i18n/alternates";
import { listLatestPosts } from "@/lib/content/posts";
import { boardHref, latestHref, postHref } from "@/lib/routes";

const LATEST_POSTS = 10;

export async function generateMetadata({ searchParams }: { searchParams: Promise<{ hl?: string }> }): Promise<Metadata> {
  return { alternates: { ...localeAlternates("/", (await searchParams).hl), types: { "application/atom+xml": [{ url: SITE_FEED_PATH }] } } };
}

export default async function HomePage() {
  const t = await getTranslations("home");
  const td = await getTranslations("accountDeletion");
  const named = await boardNamesIn(await getLocale());
  const boards = (await listBoards()).map((board) => ({ ...board, ...named(board) }));
  const latest = await listLatestPosts(LATEST_POSTS);
  return (
    <div className="space-y-10">
      <section aria-labelledby="boards-heading">
        <h1 id="boards-heading" className="mb-4 text-2xl font-bold">
          {t("title")}
        </h1>
        {boards.length === 0 ? (
          <p className="text-stone-500 dark:text-stone-400">{t("noBoards")}</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {boards.map((board) => (
              <li
                key={board.id}
                className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
              >
                <div className="flex items-baseline justify-between gap-2">
                  <h2 className="text-lg font-semibold">
                    <Link href={boardHref(board.slug)}>{board.name}</Link>
                  </h2>
                  <span className="shrink-0 text-sm text-stone-500 dark:text-stone-400">
                    {t("posts", { count: board.postCount })}
                  </span>
                </div>
                <p className="mt-1 text-sm text-stone-600 dark:text-stone-300">{board.description}</p>
                <p className="mt-3 border-t border-stone-100 pt-2 text-sm dark:border-stone-800">
                  {board.newestPost ? (
                    <>
                      <span className="sr-only">{t("newest")}: </span>
                      <Link href={postHref(board.slug, board.newestPost.id)} className="line-clamp-1">
                        {board.newestPost.title}
                      </Link>
                      <span className="text-stone-500 dark:text-stone-400">
                        {memberName({ username: board.newestPost.authorUsername, name: board.newestPost.authorName }, td("deletedMember"))} · <DateTime value={board.newestPost.createdAt} />
                      </span>
                    </>
                  ) : (
                    <span className="text-stone-500 dark:text-stone-400">{t("noPosts")}</span>
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <HomeExtras />
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading" className="mb-4 text-xl font-bold">
          {t("latest")}
        </h2>
        {latest.length === 0 ? (
          <p className="text-stone-500 dark:text-stone-400">{t("noPosts")}</p>
        ) : (
          <>
            <PostList posts={latest} label={t("latest")} showBoard />
            <p className="mt-3 text-right text-sm">
              <Link href={latestHref()}>{t("moreLatest")}</Link>
            </p>
          </>
        )}
      </section>
    </div>
  );
}
