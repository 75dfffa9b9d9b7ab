// Under a thread of a table-style board: the page of its board's list that holds it, the thread marked, as gnuboard
// shows it. Cards-style boards show nothing here.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PostTable } from "@/components/post/post-table";
import { getBoard } from "@/lib/content/boards";
import { boardPageOf } from "@/lib/content/board-position";
import { boardPage } from "@/lib/content/cached-reads";
import { boardHref } from "@/lib/routes";

export async function BoardListUnderThread({ post }: { post: { id: number; boardSlug: string } }) {
  const board = await getBoard(post.boardSlug);
  if (!board || board.listStyle !== "table") return null;
  const page = await boardPageOf(post.id);
  const posts = await boardPage(board, page);
  if (posts.length === 0) return null;
  const t = await getTranslations("boardTable");
  return (
    <section aria-labelledby="board-list-heading" className="mt-8">
      <h2 id="board-list-heading" className="mb-3 text-lg font-bold">
        <Link href={boardHref(board.slug, page)} className="text-stone-900 dark:text-stone-100">
          {t("underThread", { board: board.name })}
        </Link>
      </h2>
      <PostTable posts={posts} caption={t("captionUnderThread", { board: board.name, page })} boardSlug={board.slug} sort="activity" currentPostId={post.id} />
    </section>
  );
}
