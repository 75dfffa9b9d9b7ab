import { getFormatter, getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { readerPreferences } from "@/lib/accounts/reader-preferences";
import { isDeletedUsername } from "@/lib/accounts/deleted-members";
import { addComment, saveComment } from "@/app/b/[board]/[postId]/actions";
import { RECOMMEND_FORM_ID } from "@/components/post/recommend-button";
import type { CurrentUser } from "@/lib/auth/session";
import type { ReactNode } from "react";
import { REMOVAL_REASONS } from "@/db/enums";
import {
  type CommentControls,
  commentHeaderHtml,
  type FormPlace,
  memberThreadElements,
  memberThreadHtml,
  publicThreadHtml,
  THREAD_CLASS,
  type ThreadContext,
} from "./comment-html";
import { LIKE_FIELD, likeValue } from "@/lib/content/likes";
import { canComment, canDeleteComment, canEditComment, canLike, canModerate, canReport } from "@/lib/permissions";
import { moderateContent, reportAction } from "@/app/b/[board]/[postId]/moderation-actions";
import { ReasonForm } from "@/components/moderation/reason-form";
import type { ThreadComment } from "@/lib/content/comments";
import type { CommentMode } from "@/lib/content/thread-read";
import { asWritten } from "@/lib/i18n/date-formats";
import { relativeTime } from "@/lib/i18n/relative-time";
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
  const [locale, format, timeZone, preferences, t, tm, tp, tn] = await Promise.all([
    getLocale(),
    getFormatter(),
    getTimeZone(),
    readerPreferences(),
    getTranslations("comments"),
    getTranslations("moderation"),
    getTranslations("post"),
    getTranslations("notices"),
  ]);
  const now = Date.now();
  return {
    locale,
    t,
    tm,
    tp,
    tn,
    formatDate: (value, options) => asWritten(format.dateTime(value, options), locale),
    timeZone,
    ...(preferences.dateStyle === "relative" && { relativeDate: (value: Date) => relativeTime(value, now, locale) }),
    boardSlug: post.boardSlug,
    postId: post.id,
  };
}

/** The words of every form a control may open in place, translated here so the browser needs no catalogue. */
async function inPlaceLabels(t: ThreadContext["t"], tm: ThreadContext["tm"]): Promise<InPlaceLabels> {
  const tq = await getTranslations("composer2");
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
    quoteSelection: tq("quoteSelection"),
    quoteSource: tq("quoteSource", { id: "{id}" }),
  };
}

/**
 * The comments of a post in thread order; replies are indented under their parent. Readers who are not signed in
 * get the list's HTML as it is; members get their controls around the same comments, as one string too unless they
 * opened a form on a comment: then the same markup (./comment-html.ts) comes as elements, the form in its slot.
 */
export async function CommentThread({ comments: written, post, viewer, liked, mode, editSources, page }: Props) {
  const context = await threadContext(post);
  // A deleted account's comments are signed with the reader's words for it: "[탈퇴한 회원]".
  const deletedLabel = (await getTranslations("accountDeletion"))("deletedMember");
  const rows = written.map((c) => (isDeletedUsername(c.author.username) ? { ...c, author: { ...c.author, name: deletedLabel } } : c));
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
    const authored = { ...comment, authorId: comment.author.id, threadLocked: post.locked };
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
  const open = openForm(comments);
  if (!open) {
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
  return <ol className={THREAD_CLASS}>{await memberThreadElements(comments, context, controlsOf, open)}</ol>;

  /** The form the member opened on a comment (?edit=, ?reply=, …) and where it goes, if they may use it. */
  function openForm(list: typeof comments): { commentId: number; place: FormPlace; form: ReactNode } | null {
    const id = mode.edit?.id ?? mode.reply ?? mode.report ?? mode.moderate ?? mode.delete;
    const comment = list.find((c) => c.id === id);
    if (!comment || !viewer) return null;
    const authored = { ...comment, authorId: comment.author.id, threadLocked: post.locked };
    const target = { board: post.boardSlug, targetType: "comment", targetId: String(comment.id) };
    const cancelHref = `${here}#comment-${comment.id}`;
    const at = (place: FormPlace, form: ReactNode) => ({ commentId: comment.id, place, form });
    if (mode.edit?.id === comment.id && canEditComment(viewer, authored)) {
      return at(
        "body",
        <CommentForm
          action={saveComment}
          id={`edit-body-${comment.id}`}
          hidden={hidden({ commentId: String(comment.id) })}
          initialBody={mode.edit.bodySource}
          label={t("editLabel")}
          submitLabel={t("save")}
          cancelHref={cancelHref}
        />,
      );
    }
    if (mode.reply === comment.id && mayReply) {
      return at(
        "end",
        <div id={`reply-${comment.id}`} className="mt-4 scroll-mt-4">
          <CommentForm
            action={addComment}
            id={`reply-body-${comment.id}`}
            hidden={hidden({ parentId: String(comment.id), submissionKey: crypto.randomUUID() })}
            label={t("replyTo", { name: comment.author.name })}
            submitLabel={t("postReply")}
            cancelHref={cancelHref}
          />
        </div>,
      );
    }
    if (mode.report === comment.id && canReport(viewer, authored)) {
      return at("end", <ReasonForm action={reportAction} hidden={target} submitLabel={tm("sendReport")} cancelHref={cancelHref} />);
    }
    if (mode.moderate === comment.id && canModerate(viewer)) {
      const published = comment.status === "published";
      return at(
        "end",
        <ReasonForm
          action={moderateContent}
          hidden={{ ...target, op: published ? "remove" : "restore" }}
          submitLabel={published ? tm("remove") : tm("restore")}
          reasonless={!published}
          cancelHref={cancelHref}
        />,
      );
    }
    if (mode.delete === comment.id && canDeleteComment(viewer, authored)) {
      return at("end", <DeleteCommentForm hidden={hidden({ commentId: String(comment.id) })} cancelHref={cancelHref} />);
    }
    return null;
  }
}
