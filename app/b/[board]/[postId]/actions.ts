"use server";
// A thread's comment actions: add, edit and delete a comment, and recommend a post or comment.

import { redirect } from "next/navigation";
import { formAction, plainAction } from "@/lib/actions/form-action";
import { createComment, deleteComment, editComment } from "@/lib/content/commenting";
import type { FormState } from "@/lib/forms";
import { COMMENT_HEADING_OFFSET } from "@/lib/markdown/pipeline";
import { renderMarkdownOffThread } from "@/lib/markdown/render-pool";
import { toggleLike } from "@/lib/content/likes";
import { expireThread } from "@/lib/content/cached-reads";
import { commentHref, commentPage } from "@/lib/content/comment-pages";
import { postHref, threadPageHref } from "@/lib/routes";
import { commentEditInput, commentRef, likeInput, newCommentInput, threadPage } from "@/lib/validation/content";
import { land, redirectAfterWrite } from "@/lib/actions/landing";

export type CommentFormState = FormState<"body">;

/** Adds a comment or a reply and lands the writer on it. */
export const addComment = formAction(
  { access: { as: "member" }, input: newCommentInput, fields: ["body"], honeypot: "submissionRefused" },
  async ({ actor, input, values }): Promise<CommentFormState> => {
    const rendered = await renderMarkdownOffThread(input.body, COMMENT_HEADING_OFFSET);
    if (!rendered.ok) return { errors: { body: rendered.message }, values };
    const result = await createComment(actor, input.postId, input.parentId, { body: input.body, bodyHtml: rendered.html }, input.submissionKey);
    if (!result.ok) return { message: result.message, messageValues: result.messageValues, values };
    await expireThread(result.postId);
    return { ...(await land(await commentHref(result.boardSlug, result.postId, result.id))), values: { body: "" } };
  },
);

/** Saves an edit to the writer's own comment. */
export const saveComment = formAction(
  { access: { as: "member" }, input: commentEditInput, fields: ["body"] },
  async ({ actor, input, values }): Promise<CommentFormState> => {
    const rendered = await renderMarkdownOffThread(input.body, COMMENT_HEADING_OFFSET);
    if (!rendered.ok) return { errors: { body: rendered.message }, values };
    const result = await editComment(actor, input.commentId, { body: input.body, bodyHtml: rendered.html });
    if (!result.ok) return { message: result.message, values };
    await expireThread(result.postId);
    return { ...(await land(await commentHref(result.boardSlug, result.postId, result.id))), values };
  },
);

/** Deletes the writer's own comment. */
export const deleteOwnComment = formAction({ access: { as: "member" }, input: commentRef }, async ({ actor, input }): Promise<FormState> => {
  const result = await deleteComment(actor, input.commentId);
  if (!result.ok) return { message: result.message };
  // The row stays (as a tombstone or not), so its page is still known: the writer returns to where they were.
  await expireThread(result.postId);
  redirectAfterWrite(`${threadPageHref(result.boardSlug, result.postId, await commentPage(result.postId, result.id))}#comments`);
});

/** Back to the thread the form was sent from, when nothing was written (a visitor, one's own post, a bad request). */
async function backToThread(form: FormData, href: (board: string, postId: number) => Promise<string>): Promise<never> {
  const page = threadPage.safeParse({ board: form.get("board"), postId: form.get("postId") });
  redirect(page.success ? await href(page.data.board, page.data.postId) : "/");
}

/** A recommended post's button, or a recommended comment on its page of the thread. */
const likedHref = (target: "post" | "comment", id: number) => async (board: string, postId: number) =>
  target === "comment" ? await commentHref(board, postId, id) : `${postHref(board, postId)}#recommend`;

/** Recommends a post or a comment, or takes it back, and returns to it; the button pressed says which. */
export const toggleRecommend = plainAction(
  { access: { as: "member" }, input: likeInput },
  async ({ actor, input }, form) => {
    const href = likedHref(input.like.target, input.like.id);
    const liked = await toggleLike(actor, input.like.target, input.like.id);
    if (!liked.ok) return backToThread(form, href);
    await expireThread(liked.postId);
    redirectAfterWrite(await href(liked.boardSlug, liked.postId));
  },
  async (form) => {
    const asked = likeInput.safeParse({ like: form.get("like") });
    await backToThread(form, asked.success ? likedHref(asked.data.like.target, asked.data.like.id) : likedHref("post", 0));
  },
);
