import { getTranslations } from "next-intl/server";
import { addComment, saveComment } from "@/app/b/[board]/[postId]/actions";
import { RecommendButton } from "@/components/post/recommend-button";
import type { CurrentUser } from "@/lib/auth/session";
import { BODY_CLASS, FOOTER_CLASS, HEADER_CLASS, indent, isReadable, itemClass, THREAD_CLASS, TOMBSTONE_CLASS, tombstone } from "@/lib/comment-html";
import { canComment, canDeleteComment, canEditComment, canLike, isActive, isStaff } from "@/lib/permissions";
import { moderateContent, reportAction } from "@/app/b/[board]/[postId]/moderation-actions";
import { ReasonForm } from "@/components/moderation/reason-form";
import type { RenderedComment } from "@/lib/render-cache";
import { threadPageHref } from "@/lib/routes";
import { CommentForm } from "./comment-form";
import { DeleteCommentForm } from "./delete-comment-form";

/** What the reader asked to do to one comment, from ?reply=, ?edit= or ?delete= in the URL. */
export type CommentMode = { reply?: number; edit?: { id: number; bodySource: string }; delete?: number; moderate?: number; report?: number };

type Props = {
  comments: RenderedComment[];
  post: { id: number; boardSlug: string; status: string; locked: boolean };
  viewer: CurrentUser | null;
  liked: Set<number>;
  mode: CommentMode;
  /** The comment page shown (lib/comment-pages.ts): the reply, edit and delete links stay on it. */
  page: number;
  /** The cached list as readers who are not signed in see it (lib/render-cache.ts); null for members. */
  publicHtml: string | null;
};

/**
 * The comments of a post in thread order; replies are indented under their parent. Readers who are not signed in
 * get the cached HTML of the list as it is; members get their controls around the cached headers.
 */
export async function CommentThread({ comments, post, viewer, liked, mode, page, publicHtml }: Props) {
  const t = await getTranslations("comments");
  if (comments.length === 0) {
    return <p className="py-6 text-center text-stone-500 dark:text-stone-400">{t("empty")}</p>;
  }
  if (publicHtml !== null) return <ol className={THREAD_CLASS} dangerouslySetInnerHTML={{ __html: publicHtml }} />;
  const tm = await getTranslations("moderation");
  const tp = await getTranslations("post");
  const here = threadPageHref(post.boardSlug, post.id, page);
  // A control's link keeps the comment page (?cpage=N) it was clicked on.
  const ask = (param: string, id: number) => `${here}${here.includes("?") ? "&" : "?"}${param}=${id}`;
  const hidden = (extra: Record<string, string>) => ({ board: post.boardSlug, postId: String(post.id), ...extra });
  const mayReply = canComment(viewer, post);
  return (
    <ol className={THREAD_CLASS}>
      {comments.map((comment) => {
        const authored = { ...comment, authorId: comment.author.id };
        const target = { board: post.boardSlug, targetType: "comment", targetId: String(comment.id) };
        return (
          <li
            key={comment.id}
            id={`comment-${comment.id}`}
            style={{ marginInlineStart: indent(comment.depth) }}
            className={itemClass(comment.depth)}
          >
            {!isReadable(comment) ? (
              <p className={TOMBSTONE_CLASS}>{tombstone(comment, t, tm)}</p>
            ) : (
              <article aria-label={t("commentBy", { name: comment.author.name })}>
                {/* Author, time, status and history link, rendered once per thread and cached (lib/comment-html.ts). */}
                <header className={HEADER_CLASS} dangerouslySetInnerHTML={{ __html: comment.headerHtml }} />
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
                  <div className={BODY_CLASS} dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} />
                )}
                <footer className={FOOTER_CLASS}>
                  <RecommendButton target="comment" id={comment.id} count={comment.likeCount} liked={liked.has(comment.id)} canLike={canLike(viewer, authored)} t={tp} />
                  {/* Plain links, not <Link>: a hundred client components per thread cost more than a page load. */}
                  {mayReply && comment.status === "published" && <a href={`${ask("reply", comment.id)}#reply-${comment.id}`}>{t("reply")}</a>}
                  {canEditComment(viewer, authored) && <a href={`${ask("edit", comment.id)}#comment-${comment.id}`}>{t("edit")}</a>}
                  {canDeleteComment(viewer, authored) && <a href={`${ask("delete", comment.id)}#comment-${comment.id}`}>{t("delete")}</a>}
                  {isActive(viewer) && viewer?.id !== comment.author.id && comment.status === "published" && (
                    <a href={`${ask("report", comment.id)}#comment-${comment.id}`}>{tm("report")}</a>
                  )}
                  {isStaff(viewer) && <a href={`${ask("moderate", comment.id)}#comment-${comment.id}`}>{tm("moderate")}</a>}
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

