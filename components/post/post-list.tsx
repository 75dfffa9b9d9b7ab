import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DateTime } from "@/components/format/date-time";
import { boardNamesIn } from "@/lib/content/board-names";
import type { PostListItem } from "@/lib/content/posts";
import { postHref, profileHref } from "@/lib/routes";
import { memberName } from "@/lib/accounts/deleted-members";

type Props = {
  posts: PostListItem[];
  label: string;
  showBoard?: boolean;
  /** Which date a row shows: when it was written, or its last activity when the list is in that order. */
  dateShown?: "written" | "activity";
};

/** Rows of posts: pinned and locked marks, title and comment count, then author, date and views. */
export async function PostList({ posts, label, showBoard = false, dateShown = "written" }: Props) {
  const [t, format, td, locale] = await Promise.all([getTranslations("board"), getFormatter(), getTranslations("accountDeletion"), getLocale()]);
  const boardName = showBoard ? await boardNamesIn(locale) : null;
  return (
    <ol
      aria-label={label}
      className="divide-y divide-stone-200 overflow-hidden rounded-lg border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900"
    >
      {posts.map((post) => (
        <li key={post.id} className="px-4 py-3">
          <div className="flex items-baseline gap-2">
            {post.pinned && (
              <span className="shrink-0 rounded bg-accent-50 px-1.5 py-0.5 text-xs font-semibold text-accent-700 dark:bg-stone-800 dark:text-accent-300">
                {t("pinned")}
              </span>
            )}
            {post.locked && (
              <span className="shrink-0 rounded bg-stone-100 px-1.5 py-0.5 text-xs font-semibold text-stone-700 dark:bg-stone-800 dark:text-stone-200">
                <span aria-hidden="true">🔒 </span>
                {t("locked")}
              </span>
            )}
            <Link href={postHref(post.boardSlug, post.id)} className="font-medium text-stone-900 dark:text-stone-100">
              {post.title}
            </Link>
            {post.commentCount > 0 && (
              <span className="shrink-0 text-sm font-semibold text-accent-700 dark:text-accent-300">
                <span aria-hidden="true">[{format.number(post.commentCount)}]</span>
                <span className="sr-only">{t("comments", { count: post.commentCount })}</span>
              </span>
            )}
          </div>
          <div className="mt-1 flex flex-wrap gap-x-3 text-sm text-stone-500 dark:text-stone-400">
            {boardName && <span>{boardName(post).name}</span>}
            <span>
              <span className="sr-only">{t("columns.author")}: </span>
              <Link href={profileHref(post.author.username)} className="text-stone-600 dark:text-stone-300">
                {memberName(post.author, td("deletedMember"))}
              </Link>
            </span>
            {dateShown === "activity" ? (
              <span>
                {t("columns.activity")} <DateTime value={post.lastActivityAt} withTime />
              </span>
            ) : (
              <span>
                <span className="sr-only">{t("columns.date")}: </span>
                <DateTime value={post.createdAt} />
              </span>
            )}
            <span>
              {t("columns.views")} {format.number(post.viewCount)}
            </span>
            {post.likeCount > 0 && (
              <span>
                {t("columns.recommended")} {format.number(post.likeCount)}
              </span>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
