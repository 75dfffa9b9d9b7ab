import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { addComment, saveComment } from "@/app/b/[board]/[postId]/actions";
import { RECOMMEND_FORM_ID } from "@/components/post/recommend-button";
import type { CurrentUser } from "@/lib/auth/session";
import { REMOVAL_REASONS } from "@/db/enums";
import {
  BODY_CLASS,
  type CommentControls,
  commentHeaderHtml,
  FOOTER_CLASS,
  HEADER_CLASS,
  indent,
  isReadable,
  itemClass,
  memberFooterHtml,
  memberThreadHtml,
  publicThreadHtml,
  THREAD_CLASS,
  type ThreadContext,
  TOMBSTONE_CLASS,
  tombstone,
} from "./comment-html";
import { LIKE_FIELD, likeValue } from "@/lib/content/likes";
import { canComment, canDeleteComment, canEditComment, canLike, canModerate, canReport } from "@/lib/permissions";
import { moderateContent, reportAction } from "@/app/b/[board]/[postId]/moderation-actions";
import { ReasonForm } from "@/components/moderation/reason-form";
import type { ThreadComment } from "@/lib/content/comments";
import type { CommentMode } from "@/lib/content/thread-read";
import { threadPageHref } from "@/lib/routes";
import { CommentForm, composeLabels } from "./comment-form";
import { CommentFormsInPlace } from "./comment-forms-in-place";
import type { InPlaceLabels } from "./in-place-form";
import { DeleteCommentForm } from "./delete-comment-form";

type Props = {
  comments: ThreadComment[];
  post: { id: number; boardSlug: string; status: string; locked: boolean };
  viewer: CurrentUser | null;
  liked: Set<number>;
  mode: CommentMode;
  /** The Markdown of the comments the reader may edit, for editing in place (lib/content/thread-read.ts). */
  editSources: Record<number, string>;
  /** The comment page shown (lib/content/comment-pages.ts): the reply, edit and delete links stay on it. */
  page: number;
};

/** The reader's language and the thread's place, for the comments' HTML (./comment-html.ts). */
async function threadContext(post: Props["post"]): Promise<ThreadContext> {
  const [locale, format, t, tm, tp] = await Promise.all([getLocale(), getFormatter(), getTranslations("comments"), getTranslations("moderation"), getTranslations("post")]);
  return { locale, t, tm, tp, formatDate: (value, options) => format.dateTime(value, options), boardSlug: post.boardSlug, postId: post.id };
}

/** The words of every form a control may open in place, translated here so the browser needs no catalogue. */
async function inPlaceLabels(t: ThreadContext["t"], tm: ThreadContext["tm"]): Promise<InPlaceLabels> {
  const reasons = Object.fromEntries(REMOVAL_REASONS.map((reason) => [reason, tm(`reasons.${reason}`)])) as InPlaceLabels["reasons"]["reasons"];
  return {
    replyTo: t("replyTo", { name: "{name}" }),
    postReply: t("postReply"),
    editLabel: t("editLabel"),
    save: t("save"),
    cancel: t("cancel"),
    confirmDelete: t("confirmDelete"),
    delete: t("delete"),
    sendReport: tm("sendReport"),
    remove: tm("remove"),
    restore: tm("restore"),
    reasons: { reason: tm("reason"), note: tm("note"), close: tm("close"), cancel: tm("cancel"), reasons },
    compose: await composeLabels(),
  };
}

/** Whether the reader opened a form on one of the comments (?reply=, ?edit=, …). */
const formOpen = (mode: CommentMode) => Object.values(mode).some((value) => value !== undefined);

/**
 * The comments of a post in thread order; replies are indented under their parent. Readers who are not signed in
 * get the list's HTML as it is; members get their controls around the same comments, as one string too unless they
 * opened a form on a comment, which is then rendered with its form.
 */
export async function CommentThread({ comments: rows, post, viewer, liked, mode, editSources, page }: Props) {
  const context = await threadContext(post);
  const { t, tm, tp } = context;
  if (rows.length === 0) {
    return <p className="py-6 text-center text-stone-500 dark:text-stone-400">{t("empty")}</p>;
  }
  if (!viewer) return <ol className={THREAD_CLASS} dangerouslySetInnerHTML={{ __html: publicThreadHtml(rows, context) }} />;
  const comments = rows.map((comment) => ({ ...comment, headerHtml: commentHeaderHtml(comment, context) }));
  const here = threadPageHref(post.boardSlug, post.id, page);
  // A control's link keeps the comment page (?cpage=N) it was clicked on.
  const ask = (param: string, id: number) => `${here}${here.includes("?") ? "&" : "?"}${param}=${id}`;
  const hidden = (extra: Record<string, string>) => ({ board: post.boardSlug, postId: String(post.id), ...extra });
  const mayReply = canComment(viewer, post);
  // Looked up once per page, not once per comment: a hundred comments would ask for each label a hundred times.
  const labels = { recommend: tp("recommend"), reply: t("reply"), edit: t("edit"), delete: t("delete"), report: tm("report"), moderate: tm("moderate") };
  /** A member's controls under a comment: what they may do to it, as links that open the form on this page. */
  const controlsOf = (comment: ThreadComment): CommentControls => {
    const authored = { ...comment, authorId: comment.author.id };
    const link = (param: keyof typeof labels, anchor = `comment-${comment.id}`) => ({ href: `${ask(param, comment.id)}#${anchor}`, label: labels[param] });
    const published = comment.status === "published";
    return {
      like: canLike(viewer, authored)
        ? { form: RECOMMEND_FORM_ID, name: LIKE_FIELD, value: likeValue("comment", comment.id), pressed: liked.has(comment.id), label: labels.recommend }
        : null,
      links: [
        ...(mayReply && published ? [link("reply", `reply-${comment.id}`)] : []),
        ...(canEditComment(viewer, authored) ? [link("edit")] : []),
        ...(canDeleteComment(viewer, authored) ? [link("delete")] : []),
        ...(canReport(viewer, authored) ? [link("report")] : []),
        ...(canModerate(viewer) ? [link("moderate")] : []),
      ],
    };
  };
  if (!formOpen(mode)) {
    // The same list, whose controls open their forms in place when the script runs (visitors' pages stay plain HTML).
    const place = {
      board: post.boardSlug,
      postId: String(post.id),
      here,
      editSources,
      unpublished: canModerate(viewer) ? rows.filter((comment) => comment.status !== "published").map((comment) => comment.id) : [],
    };
    const html = memberThreadHtml(comments, context, controlsOf);
    return <CommentFormsInPlace html={html} className={THREAD_CLASS} place={place} labels={await inPlaceLabels(t, tm)} />;
  }
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
                {/* Author, time, status and history link, serialised once per comment and remembered (./comment-html.ts). */}
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
                <footer className={FOOTER_CLASS} dangerouslySetInnerHTML={{ __html: memberFooterHtml(comment, controlsOf(comment), tp) }} />
                {mode.report === comment.id && canReport(viewer, authored) && (
                  <ReasonForm action={reportAction} hidden={target} submitLabel={tm("sendReport")} cancelHref={`${here}#comment-${comment.id}`} />
                )}
                {mode.moderate === comment.id && canModerate(viewer) && (
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

