// The home page's popular threads of the week (인기글) and newest comments (최근 댓글), side by side on wide screens.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { memberName } from "@/lib/accounts/deleted-members";
import { CompactDate } from "@/components/format/compact-date";
import { listLatestComments, listPopularThreads } from "@/lib/content/home-extras";
import { postHref } from "@/lib/routes";

const box = "rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900";

export async function HomeExtras() {
  const [t, format, td] = await Promise.all([getTranslations("homeExtras"), getFormatter(), getTranslations("accountDeletion")]);
  const popular = await listPopularThreads();
  const comments = await listLatestComments();
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      <section aria-labelledby="popular-heading" className={box}>
        <h2 id="popular-heading" className="mb-3 text-lg font-bold">
          {t("popular")}
        </h2>
        {popular.length === 0 ? (
          <p className="text-sm text-stone-500 dark:text-stone-400">{t("noPopular")}</p>
        ) : (
          <ol className="space-y-2 text-sm">
            {popular.map((post, i) => (
              <li key={post.id} className="flex items-baseline gap-2">
                <span aria-hidden="true" className="w-4 shrink-0 text-right font-semibold tabular-nums text-accent-700 dark:text-accent-300">
                  {i + 1}
                </span>
                <span className="min-w-0">
                  <Link href={postHref(post.boardSlug, post.id)} className="line-clamp-1 text-stone-900 dark:text-stone-100">
                    {post.title}
                  </Link>
                  <span className="text-stone-500 dark:text-stone-400">
                    {post.boardName} · {t("counts", { views: format.number(post.viewCount), likes: format.number(post.likeCount) })}
                  </span>
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="latest-comments-heading" className={box}>
        <h2 id="latest-comments-heading" className="mb-3 text-lg font-bold">
          {t("latestComments")}
        </h2>
        {comments.length === 0 ? (
          <p className="text-sm text-stone-500 dark:text-stone-400">{t("noComments")}</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {comments.map((comment) => (
              <li key={comment.id}>
                <Link href={comment.href} className="line-clamp-2 text-stone-900 dark:text-stone-100">
                  {comment.excerpt}
                </Link>
                <span className="line-clamp-1 text-stone-500 dark:text-stone-400">
                  <span className="sr-only">{t("on")} </span>
                  {comment.postTitle} · {memberName({ username: comment.authorUsername, name: comment.authorName }, td("deletedMember"))} · <CompactDate value={comment.createdAt} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
