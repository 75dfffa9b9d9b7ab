"use server";
// An author's own post: saving an edit (or previewing it) and deleting it.

import type { PostFormState } from "@/app/b/[board]/write/actions";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/forms";
import { POST_HEADING_OFFSET } from "@/lib/markdown/pipeline";
import { previewPost } from "@/lib/markdown/preview";
import { renderMarkdownOffThread } from "@/lib/markdown/render-pool";
import { deletePost, editPost } from "@/lib/content/posting";
import { redirectAfterWrite } from "@/lib/actions/landing";
import { expireThread } from "@/lib/content/cached-reads";
import { afterPostDeletedHref, postHref } from "@/lib/routes";
import { postDeleteInput, postEditInput } from "@/lib/validation/content";

/** Saves an edit to the author's own post, or previews it. */
export const savePost = formAction(
  { access: { as: "member" }, input: postEditInput, fields: ["title", "body"] },
  async ({ actor, input, values }): Promise<PostFormState> => {
    if (input.intent === "preview") return { values, ...(await previewPost(actor.id, input.body)) };
    const rendered = await renderMarkdownOffThread(input.body, POST_HEADING_OFFSET);
    if (!rendered.ok) return { errors: { body: rendered.message }, values };
    const result = await editPost(actor, input.postId, { title: input.title, body: input.body, bodyHtml: rendered.html });
    if (!result.ok) return { message: result.message, values };
    await expireThread(result.id);
    redirectAfterWrite(postHref(result.boardSlug, result.id));
  },
);

/** Deletes the author's own post, once they have ticked the confirmation. */
export const deleteOwnPost = formAction({ access: { as: "member" }, input: postDeleteInput }, async ({ actor, input }): Promise<FormState> => {
  const result = await deletePost(actor, input.postId);
  if (!result.ok) return { message: result.message };
  await expireThread(result.id);
  redirectAfterWrite(afterPostDeletedHref(result.boardSlug));
});
