import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { addComment, saveComment } from "@/app/b/[board]/[postId]/actions";
import { DateTime } from "@/components/format/date-time";
import { RecommendButton } from "@/components/post/recommend-button";
import type { CurrentUser } from "@/lib/auth/session";
import type { ThreadComment } from "@/lib/comments";
import { canComment, canDeleteComment, canEditComment, canLike, isActive, isStaff } from "@/lib/permissions";
import { moderateContent, reportAction } from "@/app/b/[board]/[postId]/moderation-actions";
import { ReasonForm } from "@/components/moderation/reason-form";
import { commentHistoryHref, postHref, profileHref } from "@/lib/routes";
import { CommentForm } from "./comment-form";
import { DeleteCommentForm } from "./delete-comment-form";

/** Indentation per reply level, in rem; capped by the comment depth limit. */
const INDENT_REM = 1.25;

/** What the reader asked to do to one comment, from ?reply=, ?edit= or ?delete= in the URL. */
export type CommentMode = { reply?: number; edit?: { id: number; bodySource: string }; delete?: number; moderate?: number; report?: number };

type Props = {
  comments: ThreadComment[];
  post: { id: number; boardSlug: string; status: string; locked: boolean };
  viewer: CurrentUser | null;
  liked: Set<number>;
  mode: CommentMode;
};

/** The comments of a post in thread order; replies are indented under their parent. */
export async function CommentThread({ comments, post, viewer, liked, mode }: Props) {
  const t = await getTranslations("comments");
  const tm = await getTranslations("moderation");
  if (comments.length === 0) {
    return <p className="py-6 text-center text-stone-500 dark:text-stone-400">{t("empty")}</p>;
  }
  const here = postHref(post.boardSlug, post.id);
  const hidden = (extra: Record<string, string>) => ({ board: post.boardSlug, postId: String(post.id), ...extra });
  const mayReply = canComment(viewer, post);
  return (
    <ol className="space-y-3">
      {comments.map((comment) => {
        const authored = { ...comment, authorId: comment.author.id };
        const readable = comment.bodyHtml !== "" || comment.status === "published";
        const target = { board: post.boardSlug, targetType: "comment", targetId: String(comment.id) };
        return (
          <li
            key={comment.id}
            id={`comment-${comment.id}`}
            style={{ marginInlineStart: `${comment.depth * INDENT_REM}rem` }}
            className={`scroll-mt-4 rounded-lg border border-stone-200 bg-white p-4 target:ring-2 target:ring-accent-600 dark:border-stone-800 dark:bg-stone-900 ${
              comment.depth > 0 ? "border-l-4 border-l-stone-300 dark:border-l-stone-700" : ""
            }`}
          >
            {!readable ? (
              <p className="text-sm italic text-stone-500 dark:text-stone-400">{tombstone(comment, t, tm)}</p>
            ) : (
              <article aria-label={t("commentBy", { name: comment.author.name })}>
                <header className="mb-2 flex flex-wrap items-baseline gap-x-2 text-sm">
                  <Link href={profileHref(comment.author.username)} className="font-semibold">
                    {comment.author.name}
                  </Link>
                  <a href={`#comment-${comment.id}`} className="text-stone-500 dark:text-stone-400">
                    <DateTime value={comment.createdAt} withTime />
                  </a>
                  {comment.status !== "published" && (
                    <span className="rounded bg-amber-100 px-1.5 text-xs font-semibold text-amber-900 dark:bg-amber-900 dark:text-amber-100">{tombstone(comment, t, tm)}</span>
                  )}
                  {comment.editedAt && (
                    <Link href={commentHistoryHref(post.boardSlug, post.id, comment.id)} className="text-stone-500 dark:text-stone-400">
                      ({t("edited")})
                    </Link>
                  )}
                </header>
                {mode.edit?.id === comment.id && canEditComment(viewer, authored) ? (
                  <CommentForm
                    action={saveComment}
                    id={`edit-body-${comment.id}`}
                    hidden={hidden({ commentId: String(comment.id) })}
                    initialBody={mode.edit.bodySource}
                    label={t("editLabel")}
                    submitLabel={t("save")}
                    cancelHref={`${here}#comment-${comment.id}`}
                  />
                ) : (
                  <div className="prose-body text-base" dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} />
                )}
                <footer className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
                  <RecommendButton target="comment" id={comment.id} postId={post.id} board={post.boardSlug} count={comment.likeCount} liked={liked.has(comment.id)} canLike={canLike(viewer, authored)} />
                  {mayReply && comment.status === "published" && <Link href={`${here}?reply=${comment.id}#reply-${comment.id}`}>{t("reply")}</Link>}
                  {canEditComment(viewer, authored) && <Link href={`${here}?edit=${comment.id}#comment-${comment.id}`}>{t("edit")}</Link>}
                  {canDeleteComment(viewer, authored) && <Link href={`${here}?delete=${comment.id}#comment-${comment.id}`}>{t("delete")}</Link>}
                  {isActive(viewer) && viewer?.id !== comment.author.id && comment.status === "published" && (
                    <Link href={`${here}?report=${comment.id}#comment-${comment.id}`}>{tm("report")}</Link>
                  )}
                  {isStaff(viewer) && <Link href={`${here}?moderate=${comment.id}#comment-${comment.id}`}>{tm("moderate")}</Link>}
                </footer>
                {mode.report === comment.id && isActive(viewer) && (
                  <ReasonForm action={reportAction} hidden={target} submitLabel={tm("sendReport")} cancelHref={`${here}#comment-${comment.id}`} />
                )}
                {mode.moderate === comment.id && isStaff(viewer) && (
                  <ReasonForm
                    action={moderateContent}
                    hidden={{ ...target, op: comment.status === "published" ? "remove" : "restore" }}
                    submitLabel={comment.status === "published" ? tm("remove") : tm("restore")}
                    reasonless={comment.status !== "published"}
                    cancelHref={`${here}#comment-${comment.id}`}
                  />
                )}
                {mode.delete === comment.id && canDeleteComment(viewer, authored) && (
                  <DeleteCommentForm hidden={hidden({ commentId: String(comment.id) })} cancelHref={`${here}#comment-${comment.id}`} />
                )}
                {mode.reply === comment.id && mayReply && (
                  <div id={`reply-${comment.id}`} className="mt-4 scroll-mt-4">
                    <CommentForm
                      action={addComment}
                      id={`reply-body-${comment.id}`}
                      hidden={hidden({ parentId: String(comment.id), submissionKey: crypto.randomUUID() })}
                      label={t("replyTo", { name: comment.author.name })}
                      submitLabel={t("postReply")}
                      cancelHref={`${here}#comment-${comment.id}`}
                    />
                  </div>
                )}
              </article>
            )}
          </li>
        );
      })}
    </ol>
  );
}


type Translate = (key: string, values?: Record<string, string>) => string;

/** What stands in the place of writing a reader may not see, or labels it for those who may. */
function tombstone(comment: ThreadComment, t: Translate, tm: Translate): string {
  if (comment.status === "removed") return tm("removedBanner", { reason: tm(`reasons.${comment.removalReason ?? "other"}`) });
  if (comment.status === "held") return comment.holdReasons.includes("reports") ? tm("hiddenPendingReview") : tm("awaitingReview");
  return t("deleted");
}
