import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BoardAdminNav } from "@/components/admin/board-admin-nav";
import { WordAddForm } from "@/components/admin/word-add-form";
import { WordDeleteForm } from "@/components/admin/word-delete-form";
import { WordModeForm } from "@/components/admin/word-mode-form";
import { requirePermission } from "@/lib/auth/session";
import { canAdminister } from "@/lib/permissions";
import { listBannedWordsForAdmin } from "@/lib/spam/word-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminWords");
  return { title: t("title"), robots: { index: false } };
}

export default async function AdminWordsPage() {
  await requirePermission(canAdminister, "/admin/words");
  const words = await listBannedWordsForAdmin();
  const t = await getTranslations("adminWords");
  return (
    <>
      <BoardAdminNav current="/admin/words" />
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-stone-600 dark:text-stone-300">{t("intro")}</p>
      {words.length === 0 ? (
        <p className="mb-10">{t("empty")}</p>
      ) : (
        <div className="mb-10 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead className="border-b border-stone-300 dark:border-stone-700">
              <tr>
                <th scope="col" className="py-2 pr-3">{t("word")}</th>
                <th scope="col" className="py-2 pr-3">{t("mode")}</th>
                <th scope="col" className="py-2"><span className="sr-only">{t("delete")}</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
              {words.map((entry) => (
                <tr key={entry.id}>
                  <th scope="row" className="py-2 pr-3 font-medium">{entry.word}</th>
                  <td className="py-2 pr-3"><WordModeForm wordId={entry.id} word={entry.word} mode={entry.mode} /></td>
                  <td className="py-2"><WordDeleteForm wordId={entry.id} word={entry.word} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2 className="mb-4 text-xl font-bold">{t("newWord")}</h2>
      <WordAddForm />
    </>
  );
}
