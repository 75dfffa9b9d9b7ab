import Link from "next/link";
import { Avatar } from "@/components/account/avatar";
import { getTranslations } from "next-intl/server";
import { DateTime } from "@/components/format/date-time";
import type { PostDetail } from "@/lib/content/posts";
import { profileHref } from "@/lib/routes";
import { memberName } from "@/lib/accounts/deleted-members";

/** The line under a post's title: author, date, views and comments. */
export async function PostMeta({ post, historyHref }: { post: PostDetail; historyHref?: string }) {
  const [t, td] = await Promise.all([getTranslations("post"), getTranslations("accountDeletion")]);
  return (
    <section aria-labelledby="post-info" className="mt-3">
      <h2 id="post-info" className="sr-only">
        {t("info")}
      </h2>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-600 dark:text-stone-300">
        <li className="flex items-center gap-2">
          <Avatar name={post.author.name} image={post.authorImage} size={24} />
          <span className="sr-only">{t("author")}: </span>
          <Link href={profileHref(post.author.username)} className="font-semibold">
            {memberName(post.author, td("deletedMember"))}
          </Link>
        </li>
        <li>
          <span className="sr-only">{t("date")}: </span>
          <DateTime value={post.createdAt} withTime />
          {historyHref && (
            <Link href={historyHref} className="ml-1 text-stone-500 dark:text-stone-400">
              ({t("edited")})
            </Link>
          )}
        </li>
        <li>{t("views", { count: post.viewCount })}</li>
        <li>
          <a href="#comments">{t("comments", { count: post.commentCount })}</a>
        </li>
      </ul>
    </section>
  );
}
