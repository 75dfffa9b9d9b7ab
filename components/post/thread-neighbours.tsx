// Below a thread: the previous and next posts of its board, and the way back to the board.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { boardHref, postHref } from "@/lib/routes";
import type { ThreadView } from "@/lib/content/thread-read";

export async function ThreadNeighbours({ view }: { view: ThreadView }) {
  const { post, neighbours } = view;
  const t = await getTranslations("post");
  return (
    <>
      <nav aria-label={t("neighbours")} className="mt-8 grid gap-2 text-sm sm:grid-cols-2">
        {neighbours.previous && (
          <Link href={postHref(post.boardSlug, neighbours.previous.id)} className="rounded-lg border border-stone-200 p-3 dark:border-stone-800">
            <span className="block text-stone-500 dark:text-stone-400">{t("previous")}</span>
            <span className="line-clamp-1">{neighbours.previous.title}</span>
          </Link>
        )}
        {neighbours.next && (
          <Link href={postHref(post.boardSlug, neighbours.next.id)} className="rounded-lg border border-stone-200 p-3 sm:col-start-2 dark:border-stone-800">
            <span className="block text-stone-500 dark:text-stone-400">{t("next")}</span>
            <span className="line-clamp-1">{neighbours.next.title}</span>
          </Link>
        )}
      </nav>
      <p className="mt-6">
        <Link href={boardHref(post.boardSlug)}>← {t("backToList", { board: post.boardName })}</Link>
      </p>
    </>
  );
}
