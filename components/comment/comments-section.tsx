// The comments part of the thread page: the count, page links (above a long page too), the list, and the form for a
// new comment or why there is none.
import { getTranslations } from "next-intl/server";
import { addComment } from "@/app/b/[board]/[postId]/actions";
import { SignInLink } from "@/components/auth/sign-in-link";
import { Pagination } from "@/components/layout/pagination";
import { RecommendForm } from "@/components/post/recommend-button";
import type { CurrentUser } from "@/lib/auth/session";
import { threadPageHref } from "@/lib/routes";
import type { ThreadView } from "@/lib/content/thread-read";
import { SanctionNotice } from "@/components/notices/sanction-notice";
import { CommentForm } from "./comment-form";
import { CommentThread } from "./comment-thread";

/** A comment page with more comments than this gets its page links above the comments as well as below. */
const PAGINATION_ABOVE_FROM = 10;

export async function CommentsSection({ view, viewer }: { view: ThreadView; viewer: CurrentUser | null }) {
  const { post, page, pageCount } = view;
  const t = await getTranslations("comments");
  const pageHref = (n: number) => `${threadPageHref(post.boardSlug, post.id, n)}#comments`;
  return (
    <section id="comments" aria-labelledby="comments-heading" className="scroll-mt-4 border-t border-stone-200 pt-6 dark:border-stone-800">
      <h2 id="comments-heading" className="mb-4 text-lg font-bold">
        {t("title")} <span className="text-stone-500 dark:text-stone-400">({post.commentCount})</span>
      </h2>
      {/* Above a long page too, so a reader arriving at the top need not scroll past a hundred comments. */}
      {view.comments.length > PAGINATION_ABOVE_FROM && <Pagination current={page} last={pageCount} hrefFor={pageHref} label="commentsTop" className="mb-4" />}
      <CommentThread
        comments={view.comments}
        post={{ id: post.id, boardSlug: post.boardSlug, status: post.status, locked: post.locked }}
        viewer={viewer}
        liked={view.likedComments}
        mode={view.commentMode}
        editSources={view.editSources}
        page={page}
      />
      <Pagination current={page} last={pageCount} hrefFor={pageHref} label="comments" />
      <div className="mt-6">
        <NewComment view={view} viewer={viewer} />
      </div>
      {viewer && <RecommendForm board={post.boardSlug} postId={post.id} />}
    </section>
  );
}

/** The form for a new comment, or why there is none. */
async function NewComment({ view, viewer }: { view: ThreadView; viewer: CurrentUser | null }) {
  const { post } = view;
  const t = await getTranslations("comments");
  if (post.locked) return <p className="rounded-md bg-stone-100 p-3 text-sm dark:bg-stone-900">{t("locked")}</p>;
  if (!viewer) {
    return (
      <p className="text-sm">
        <SignInLink href="/login">{t("signInToComment")}</SignInLink>
      </p>
    );
  }
  if (viewer.status !== "active") return <SanctionNotice userId={viewer.id} />;
  if (!view.may.comment) {
    return <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">{t("cannotComment")}</p>;
  }
  return (
    <CommentForm
      action={addComment}
      id="new-comment"
      hidden={{ board: post.boardSlug, postId: String(post.id), submissionKey: crypto.randomUUID() }}
      label={t("add")}
      submitLabel={t("post")}
    />
  );
}
