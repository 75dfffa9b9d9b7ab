import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DateTime } from "@/components/format/date-time";
import type { ThreadComment } from "@/lib/comments";
import { profileHref } from "@/lib/routes";

/** Indentation per reply level, in rem; capped by the comment depth limit. */
const INDENT_REM = 1.25;

/** The comments of a post in thread order; replies are indented under their parent. */
export async function CommentThread({ comments }: { comments: ThreadComment[] }) {
  const t = await getTranslations("comments");
  if (comments.length === 0) {
    return <p className="py-6 text-center text-stone-500 dark:text-stone-400">{t("empty")}</p>;
  }
  return (
    <ol className="space-y-3">
      {comments.map((comment) => (
        <li
          key={comment.id}
          id={`comment-${comment.id}`}
          style={{ marginInlineStart: `${comment.depth * INDENT_REM}rem` }}
          className={`scroll-mt-4 rounded-lg border border-stone-200 bg-white p-4 target:ring-2 target:ring-accent-600 dark:border-stone-800 dark:bg-stone-900 ${
            comment.depth > 0 ? "border-l-4 border-l-stone-300 dark:border-l-stone-700" : ""
          }`}
        >
          <article aria-label={comment.author.name}>
            <header className="mb-2 flex flex-wrap items-baseline gap-x-2 text-sm">
              <Link href={profileHref(comment.author.username)} className="font-semibold">
                {comment.author.name}
              </Link>
              <a href={`#comment-${comment.id}`} className="text-stone-500 dark:text-stone-400">
                <DateTime value={comment.createdAt} withTime />
              </a>
            </header>
            <div className="prose-body text-base" dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} />
          </article>
        </li>
      ))}
    </ol>
  );
}
