"use server";

import type { PostFormState } from "@/app/b/[board]/write/actions";
import { currentWriter } from "@/lib/auth/session";
import { formValues, type FormState } from "@/lib/forms";
import { POST_HEADING_OFFSET } from "@/lib/markdown/pipeline";
import { previewPost } from "@/lib/markdown/preview";
import { renderMarkdownOffThread } from "@/lib/markdown/render-pool";
import { deletePost, editPost } from "@/lib/posting";
import { redirectAfterWrite } from "@/lib/landing";
import { expireThread } from "@/lib/render-cache";
import { boardHref, postHref } from "@/lib/routes";
import { fieldErrors } from "@/lib/validation/account";
import { postInput } from "@/lib/validation/content";
import { answeringInText } from "@/lib/i18n/form-text";

const postIdOf = (form: FormData) => Number(form.get("postId")) || 0;

/** Saves an edit to the author's own post, or previews it. */
export const savePost = answeringInText(async function savePost(_prev: PostFormState, form: FormData): Promise<PostFormState> {
  const values = formValues(form, ["title", "body"] as const);
  const writer = await currentWriter();
  if ("message" in writer) return { message: writer.message, values };
  const input = postInput.safeParse(values);
  if (!input.success) return { errors: fieldErrors<"title" | "body">(input.error), values };
  if (form.get("intent") === "preview") return { values, ...(await previewPost(writer.user.id, input.data.body)) };
  const rendered = await renderMarkdownOffThread(input.data.body, POST_HEADING_OFFSET);
  if (!rendered.ok) return { errors: { body: rendered.message }, values };
  const result = editPost(writer.user, postIdOf(form), { ...input.data, bodyHtml: rendered.html });
  if (!result.ok) return { message: result.message, values };
  expireThread(result.id);
  redirectAfterWrite(postHref(String(form.get("board") ?? ""), result.id));
});

/** Deletes the author's own post, once they have ticked the confirmation. */
export const deleteOwnPost = answeringInText(async function deleteOwnPost(_prev: FormState, form: FormData): Promise<FormState> {
  const writer = await currentWriter();
  if ("message" in writer) return { message: writer.message };
  if (form.get("confirm") !== "yes") return { message: "confirmDelete" };
  const result = deletePost(writer.user, postIdOf(form));
  if (!result.ok) return { message: result.message };
  expireThread(postIdOf(form));
  redirectAfterWrite(boardHref(result.boardSlug));
});
