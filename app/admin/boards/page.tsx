import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BoardAdminNav } from "@/components/admin/board-admin-nav";
import { BoardArchiveForm } from "@/components/admin/board-archive-form";
import { BoardCreateForm } from "@/components/admin/board-create-form";
import { BoardOrderForm } from "@/components/admin/board-order-form";
import { BoardSettingsForm } from "@/components/admin/board-settings-form";
import { requirePermission } from "@/lib/auth/session";
import { canAdminister } from "@/lib/permissions";
import { listBoardsForAdmin } from "@/lib/content/board-admin";
import { boardHref } from "@/lib/routes";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminBoards");
  return { title: t("title"), robots: { index: false } };
}

export default async function AdminBoardsPage() {
  await requirePermission(canAdminister, "/admin/boards");
  const boards = await listBoardsForAdmin();
  const t = await getTranslations("adminBoards");
  return (
    <>
      <BoardAdminNav current="/admin/boards" />
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-stone-600 dark:text-stone-300">{t("intro")}</p>
      {boards.length === 0 && <p className="mb-6">{t("noBoards")}</p>}
      <ol className="mb-10 space-y-6">
        {boards.map((board, i) => (
          <li key={board.id} className="rounded-lg border border-stone-300 p-4 dark:border-stone-700">
            <h2 className="mb-3 flex flex-wrap items-baseline gap-x-3 text-lg font-semibold">
              {board.name}
              {board.archived ? (
                <span className="text-sm font-normal text-stone-500 dark:text-stone-400">{t("archived")} · /b/{board.slug}</span>
              ) : (
                <Link href={boardHref(board.slug)} className="text-sm font-normal">/b/{board.slug}</Link>
              )}
              <span className="text-sm font-normal text-stone-500 dark:text-stone-400">{t("posts", { count: board.postCount })}</span>
            </h2>
            <BoardSettingsForm board={board} />
            <div className="mt-4 flex flex-wrap gap-4 border-t border-stone-200 pt-3 dark:border-stone-800">
              <BoardOrderForm boardId={board.id} name={board.name} first={i === 0} last={i === boards.length - 1} />
              <BoardArchiveForm boardId={board.id} name={board.name} archived={board.archived} />
            </div>
          </li>
        ))}
      </ol>
      <h2 className="mb-4 text-xl font-bold">{t("newBoard")}</h2>
      <BoardCreateForm />
    </>
  );
}
