// gnuboard's compact board list: a real table of number, title [comments], author, date, views and recommendations.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { memberName } from "@/lib/accounts/deleted-members";
import { CompactDate } from "@/components/format/compact-date";
import type { BoardSort, PostListItem } from "@/lib/content/posts";
import { boardHref, postHref, profileHref } from "@/lib/routes";

type Props = {
  posts: PostListItem[];
  caption: string;
  boardSlug: string;
  /** The order the list is in; the date, views and recommendations headers link to theirs. */
  sort: BoardSort;
  /** The thread being read, when the table sits under it: marked as the current one. */
  currentPostId?: number;
};

/** Which order each sortable column's header links to. */
const SORTED_BY = { date: "latest", views: "views", recommended: "recommended" } as const satisfies Record<string, BoardSort>;

// Narrow screens keep title, author and date; the number, views and recommendations show from the sm breakpoint.
const secondary = "hidden sm:table-cell";
const cell = "px-2 py-2 sm:px-3";

export async function PostTable({ posts, caption, boardSlug, sort, currentPostId }: Props) {
  const [t, format, td] = await Promise.all([getTranslations("boardTable"), getFormatter(), getTranslations("accountDeletion")]);
  const header = (column: keyof typeof SORTED_BY) => {
    const order = SORTED_BY[column];
    const current = sort === order;
    return (
      <th scope="col" aria-sort={current ? "descending" : undefined} className={`${cell} whitespace-nowrap text-right font-medium ${column === "date" ? "" : secondary}`}>
        <Link href={boardHref(boardSlug, 1, order)} aria-current={current ? "page" : undefined} className={current ? "font-semibold text-stone-900 no-underline dark:text-stone-100" : "text-stone-600 dark:text-stone-300"}>
          {t(`columns.${column}`)}
          {current && <span aria-hidden="true"> ↓</span>}
        </Link>
      </th>
    );
  };
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-stone-200 bg-stone-50 text-stone-600 dark:border-stone-800 dark:bg-stone-950 dark:text-stone-300">
          <tr>
            <th scope="col" className={`${cell} ${secondary} w-16 text-center font-medium`}>{t("columns.number")}</th>
            <th scope="col" className={`${cell} text-left font-medium`}>{t("columns.title")}</th>
            <th scope="col" className={`${cell} text-left font-medium`}>{t("columns.author")}</th>
            {header("date")}
            {header("views")}
            {header("recommended")}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100 dark:divide-stone-800">
          {posts.map((post) => {
            const current = post.id === currentPostId;
            return (
              <tr key={post.id} className={current ? "bg-accent-50 dark:bg-stone-800" : undefined}>
                <td className={`${cell} ${secondary} text-center tabular-nums text-stone-600 dark:text-stone-300`}>
                  {post.pinned ? <span className="font-semibold text-accent-700 dark:text-accent-300">{t("notice")}</span> : current ? t("current") : format.number(post.id, { useGrouping: false })}
                </td>
                <td className={cell}>
                  {post.locked && (
                    <span className="mr-1 text-stone-600 dark:text-stone-300">
                      <span aria-hidden="true">🔒</span>
                      <span className="sr-only">{t("locked")} </span>
                    </span>
                  )}
                  <Link
                    href={postHref(post.boardSlug, post.id)}
                    aria-current={current ? "page" : undefined}
                    className={current ? "font-semibold text-stone-900 dark:text-stone-100" : "text-stone-900 dark:text-stone-100"}
                  >
                    {post.title}
                  </Link>
                  {post.commentCount > 0 && (
                    <span className="ml-1 whitespace-nowrap font-semibold text-accent-700 dark:text-accent-300">
                      <span aria-hidden="true">[{format.number(post.commentCount)}]</span>
                      <span className="sr-only">{t("comments", { count: post.commentCount })}</span>
                    </span>
                  )}
                </td>
                <td className={`${cell} max-w-28 truncate`}>
                  <Link href={profileHref(post.author.username)} className="text-stone-600 dark:text-stone-300">
                    {memberName(post.author, td("deletedMember"))}
                  </Link>
                </td>
                <td className={`${cell} whitespace-nowrap text-right tabular-nums text-stone-600 dark:text-stone-300`}>
                  <CompactDate value={post.createdAt} />
                </td>
                <td className={`${cell} ${secondary} text-right tabular-nums text-stone-600 dark:text-stone-300`}>{format.number(post.viewCount)}</td>
                <td className={`${cell} ${secondary} text-right tabular-nums text-stone-600 dark:text-stone-300`}>{format.number(post.likeCount)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
