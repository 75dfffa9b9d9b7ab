"use server";

import { redirect } from "next/navigation";
import { currentWriter } from "@/lib/auth/session";
import { createComment, deleteComment, editComment } from "@/lib/commenting";
import { formValues, type FormState } from "@/lib/forms";
import { honeypotFilled } from "@/lib/honeypot";
import { COMMENT_HEADING_OFFSET } from "@/lib/markdown/pipeline";
import { renderMarkdownOffThread } from "@/lib/markdown/render-pool";
import { LIKE_FIELD, parseLikeValue, toggleLike } from "@/lib/likes";
import { expireThread } from "@/lib/render-cache";
import { commentHref, commentPage } from "@/lib/comment-pages";
import { postHref, threadPageHref } from "@/lib/routes";
import { fieldErrors } from "@/lib/validation/account";
import { commentInput, submissionKey } from "@/lib/validation/content";
import { answeringInText } from "@/lib/i18n/form-text";
import { land, redirectAfterWrite } from "@/lib/landing";

export type CommentFormState = FormState<"body">;

/**
 * Sends the writer back to the thread with a redirect, after expiring the cached renders of the thread that changed
 * (none when nothing was written). Next.js renders the page redirected to into the action's answer; the comment
 * forms, which write most, land through lib/landing.ts instead.
 */
function landOn(changedPostId: number | null, url: string): never {
  if (changedPostId === null) redirect(url);
  expireThread(changedPostId);
  redirectAfterWrite(url);
}

const idOf = (form: FormData, name: string) => {
  const value = Number(form.get(name));
  return Number.isSafeInteger(value) && value > 0 ? value : null;
};
const boardOf = (form: FormData) => String(form.get("board") ?? "");

/** Adds a comment or a reply and lands the writer on it. */
export const addComment = answeringInText(async function addComment(_prev: CommentFormState, form: FormData): Promise<CommentFormState> {
  const values = formValues(form, ["body"] as const);
  const writer = await currentWriter();
  if ("message" in writer) return { message: writer.message, values };
  if (honeypotFilled(form)) return { message: "submissionRefused", values };
  const input = commentInput.safeParse(values);
  if (!input.success) return { errors: fieldErrors<"body">(input.error), values };
  const rendered = await renderMarkdownOffThread(input.data.body, COMMENT_HEADING_OFFSET);
  if (!rendered.ok) return { errors: { body: rendered.message }, values };
  const postId = idOf(form, "postId") ?? 0;
  const result = createComment(writer.user, postId, idOf(form, "parentId"), { ...input.data, bodyHtml: rendered.html }, submissionKey(form.get("submissionKey")));
  if (!result.ok) return { message: result.message, messageValues: result.messageValues, values };
  expireThread(postId);
  return { ...(await land(commentHref(boardOf(form), postId, result.id))), values: { body: "" } };
});

/** Saves an edit to the writer's own comment. */
export const saveComment = answeringInText(async function saveComment(_prev: CommentFormState, form: FormData): Promise<CommentFormState> {
  const values = formValues(form, ["body"] as const);
  const writer = await currentWriter();
  if ("message" in writer) return { message: writer.message, values };
  const input = commentInput.safeParse(values);
  if (!input.success) return { errors: fieldErrors<"body">(input.error), values };
  const rendered = await renderMarkdownOffThread(input.data.body, COMMENT_HEADING_OFFSET);
  if (!rendered.ok) return { errors: { body: rendered.message }, values };
  const commentId = idOf(form, "commentId") ?? 0;
  const result = editComment(writer.user, commentId, { ...input.data, bodyHtml: rendered.html });
  if (!result.ok) return { message: result.message, values };
  expireThread(result.postId);
  return { ...(await land(commentHref(boardOf(form), result.postId, commentId))), values };
});

/** Deletes the writer's own comment. */
export const deleteOwnComment = answeringInText(async function deleteOwnComment(_prev: FormState, form: FormData): Promise<FormState> {
  const writer = await currentWriter();
  if ("message" in writer) return { message: writer.message };
  const commentId = idOf(form, "commentId") ?? 0;
  const result = deleteComment(writer.user, commentId);
  if (!result.ok) return { message: result.message };
  // The row stays (as a tombstone or not), so its page is still known: the writer returns to where they were.
  landOn(result.postId, `${threadPageHref(boardOf(form), result.postId, commentPage(result.postId, commentId))}#comments`);
});

/** Recommends a post or a comment, or takes it back, and returns to it; the button pressed says which. */
export async function toggleRecommend(form: FormData): Promise<void> {
  const writer = await currentWriter();
  const asked = parseLikeValue(form.get(LIKE_FIELD));
  const liked = "user" in writer && asked ? toggleLike(writer.user, asked.target, asked.id) : null;
  const postId = liked?.ok ? liked.postId : (idOf(form, "postId") ?? 0);
  const back = asked?.target === "comment" ? commentHref(boardOf(form), postId, asked.id) : `${postHref(boardOf(form), postId)}#recommend`;
  landOn(liked?.ok ? postId : null, back);
}
