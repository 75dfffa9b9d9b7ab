import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { moderateContent, switchThreadAction } from "@/app/b/[board]/[postId]/moderation-actions";
import { OpenInPlace } from "@/components/form/open-in-place";
import { ReasonForm } from "./reason-form";
import { listBoards } from "@/lib/content/boards";
import { boardNamesIn } from "@/lib/content/board-names";
import type { PostDetail } from "@/lib/content/posts";
import { postHref } from "@/lib/routes";
import { MoveForm } from "./move-form";
import { HiddenFields } from "@/components/form/hidden-fields";

/** A moderator's controls for a thread: remove or restore, lock, pin and move. `formOpen`: the page shows the removal form already. */
export async function ThreadTools({ post, formOpen = false }: { post: PostDetail; formOpen?: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("moderation"), getLocale()]);
  const named = await boardNamesIn(locale);
  const published = post.status === "published";
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
      {formOpen ? (
        <Link href={`${here}?moderate=post#moderate`}>{published ? t("remove") : t("restore")}</Link>
      ) : (
        // With JavaScript the form opens here at once; without, the link loads the page with it (components/post/post-article.tsx).
        <OpenInPlace href={`${here}?moderate=post#moderate`} label={published ? t("remove") : t("restore")}>
          <ReasonForm
            action={moderateContent}
            hidden={{ ...hidden, op: published ? "remove" : "restore" }}
            submitLabel={published ? t("remove") : t("restore")}
            reasonless={!published}
            cancelHref={here}
          />
        </OpenInPlace>
      )}
      {toggle(post.locked ? "unlock" : "lock", post.locked ? t("unlock") : t("lock"))}
      {toggle(post.pinned ? "unpin" : "pin", post.pinned ? t("unpin") : t("pin"))}
      <MoveForm
        postId={post.id}
        board={post.boardSlug}
        boards={(await listBoards()).map((b) => ({ slug: b.slug, name: named(b).name }))}
        labels={{ moveTo: t("moveTo"), move: t("move") }}
      />
    </section>
  );
}
