import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { switchThreadAction } from "@/app/b/[board]/[postId]/moderation-actions";
import { listBoards } from "@/lib/content/boards";
import type { PostDetail } from "@/lib/content/posts";
import { postHref } from "@/lib/routes";
import { MoveForm } from "./move-form";
import { HiddenFields } from "@/components/form/hidden-fields";

/** A moderator's controls for a thread: remove or restore, lock, pin and move. */
export async function ThreadTools({ post }: { post: PostDetail }) {
  const t = await getTranslations("moderation");
  const here = postHref(post.boardSlug, post.id);
  const hidden = { board: post.boardSlug, targetType: "post", targetId: String(post.id) };
  const toggle = (op: string, label: string) => (
    <form action={switchThreadAction}>
      <HiddenFields values={{ ...hidden, op }} />
      <button type="submit" className="rounded border border-stone-300 px-2 py-1 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800">
        {label}
      </button>
    </form>
  );
  return (
    <section aria-label={t("tools")} className="flex flex-wrap items-center gap-2 rounded-md border border-dashed border-amber-400 p-3 text-sm dark:border-amber-700">
      <span className="font-semibold">{t("tools")}</span>
      {post.status === "published" ? (
        <Link href={`${here}?moderate=post#moderate`}>{t("remove")}</Link>
      ) : (
        <Link href={`${here}?moderate=post#moderate`}>{t("restore")}</Link>
      )}
      {toggle(post.locked ? "unlock" : "lock", post.locked ? t("unlock") : t("lock"))}
      {toggle(post.pinned ? "unpin" : "pin", post.pinned ? t("unpin") : t("pin"))}
      <MoveForm
        postId={post.id}
        board={post.boardSlug}
        boards={listBoards().map((b) => ({ slug: b.slug, name: b.name }))}
        labels={{ moveTo: t("moveTo"), move: t("move") }}
      />
    </section>
  );
}
