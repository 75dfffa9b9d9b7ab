// A thread's opening post as the thread page shows it: its status for those who may see it held or removed, the
// moderation and report forms the URL opened, and the post with its recommend, edit and report controls.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { moderateContent, reportAction } from "@/app/b/[board]/[postId]/moderation-actions";
import { OpenInPlace } from "@/components/form/open-in-place";
import { ReasonForm } from "@/components/moderation/reason-form";
import { ThreadTools } from "@/components/moderation/thread-tools";
import { PostMeta } from "@/components/post/post-meta";
import { RecommendButton } from "@/components/post/recommend-button";
import { SignInLink } from "@/components/auth/sign-in-link";
import { boardHref, postHistoryHref, postHref } from "@/lib/routes";
import type { ThreadView } from "@/lib/content/thread-read";

export async function PostArticle({ view }: { view: ThreadView }) {
  const { post, may } = view;
  const t = await getTranslations("post");
  const tm = await getTranslations("moderation");
  const ts = await getTranslations("accountSettings");
  const tn = await getTranslations("notices");
  const here = postHref(post.boardSlug, post.id);
  const target = { board: post.boardSlug, targetType: "post", targetId: String(post.id) };
  return (
    <>
      {post.status !== "published" && (
        <p role="status" className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200">
          {post.status === "removed"
            ? tm("removedBanner", { reason: tm(`reasons.${post.removalReason ?? "other"}`) })
            : post.holdReasons.includes("reports")
              ? tn("heldByReports")
              : tn("heldExplain", { reasons: post.holdReasons.map((r) => tm(`checkReasons.${r}`)).join(", ") })}
        </p>
      )}
      {may.moderate && <ThreadTools post={post} formOpen={view.postForm === "moderate"} />}
      {view.postForm === "moderate" && (
        <div id="moderate">
          <ReasonForm
            action={moderateContent}
            hidden={{ ...target, op: post.status === "published" ? "remove" : "restore" }}
            submitLabel={post.status === "published" ? tm("remove") : tm("restore")}
            reasonless={post.status !== "published"}
            cancelHref={here}
          />
        </div>
      )}
      <article aria-labelledby="post-title">
        <header className="border-b border-stone-200 pb-4 dark:border-stone-800">
          <p className="text-sm font-semibold text-accent-700 dark:text-accent-300">
            <Link href={boardHref(post.boardSlug)}>{post.boardName}</Link>
          </p>
          <h1 id="post-title" className="mt-1 text-2xl font-bold leading-snug sm:text-3xl">
            {post.title}
          </h1>
          <PostMeta post={post} historyHref={post.editedAt ? postHistoryHref(post.boardSlug, post.id) : undefined} />
          {post.locked && (
            <p role="note" className="mt-3 rounded-md bg-stone-100 p-3 text-sm dark:bg-stone-900">
              <span aria-hidden="true">🔒 </span>
              {t("lockedNotice")}
            </p>
          )}
        </header>
        <section aria-label={t("body")} className="prose-body py-6" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
        {post.signatureHtml && (
          // gnuboard's 서명: the author's signature under each post (not comments), set apart from the post itself.
          <aside aria-label={ts("signatureLabel")} className="prose-body border-t border-dashed border-stone-300 py-3 text-sm text-stone-600 dark:border-stone-700 dark:text-stone-300" dangerouslySetInnerHTML={{ __html: post.signatureHtml }} />
        )}
        <footer id="recommend" className="flex flex-wrap items-center gap-4 border-t border-stone-100 py-4 text-sm dark:border-stone-800">
          <RecommendButton target="post" id={post.id} count={post.likeCount} liked={view.likedPost} canLike={may.like} t={t} />
          {view.inviteToRecommend && <SignInLink href="/login">{t("signInToRecommend")}</SignInLink>}
          {may.edit && <Link href={`${here}/edit`}>{t("edit")}</Link>}
          {may.report &&
            (view.postForm === "report" ? (
              <Link href={`${here}?report=post#report`}>{tm("report")}</Link>
            ) : (
              <OpenInPlace href={`${here}?report=post#report`} label={tm("report")}>
                <ReasonForm action={reportAction} hidden={target} submitLabel={tm("sendReport")} cancelHref={here} />
              </OpenInPlace>
            ))}
        </footer>
        {view.postForm === "report" && (
          <div id="report">
            <ReasonForm action={reportAction} hidden={target} submitLabel={tm("sendReport")} cancelHref={here} />
          </div>
        )}
      </article>
    </>
  );
}
