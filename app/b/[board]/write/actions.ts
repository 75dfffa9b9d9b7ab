"use server";

import { currentWriter } from "@/lib/auth/session";
import { formValues, type FormState } from "@/lib/forms";
import { honeypotFilled } from "@/lib/honeypot";
import { POST_HEADING_OFFSET } from "@/lib/markdown/pipeline";
import { previewPost } from "@/lib/markdown/preview";
import { renderMarkdownOffThread } from "@/lib/markdown/render-pool";
import { createPost } from "@/lib/posting";
import { redirectAfterWrite } from "@/lib/landing";
import { expireThread } from "@/lib/render-cache";
import { postHref } from "@/lib/routes";
import { fieldErrors } from "@/lib/validation/account";
import { postInput, submissionKey } from "@/lib/validation/content";
import { answeringInText } from "@/lib/i18n/form-text";

export type PostField = "title" | "body";
export type PostFormState = FormState<PostField> & { previewHtml?: string };

/** Previews or publishes a new post; on any refusal the form comes back with everything typed. */
export const publishPost = answeringInText(async function publishPost(_prev: PostFormState, form: FormData): Promise<PostFormState> {
  const values = formValues(form, ["title", "body"] as const);
  const writer = await currentWriter();
  if ("message" in writer) return { message: writer.message, values };
  if (honeypotFilled(form)) return { message: "submissionRefused", values };
  const input = postInput.safeParse(values);
  if (!input.success) return { errors: fieldErrors<PostField>(input.error), values };
  if (form.get("intent") === "preview") return { values, ...(await previewPost(writer.user.id, input.data.body)) };
  const rendered = await renderMarkdownOffThread(input.data.body, POST_HEADING_OFFSET);
  if (!rendered.ok) return { errors: { body: rendered.message }, values };

  const board = String(form.get("board") ?? "");
  const result = createPost(writer.user, board, { ...input.data, bodyHtml: rendered.html }, submissionKey(form.get("submissionKey")));
  if (!result.ok) return { message: result.message, messageValues: result.messageValues, values };
  // The new thread has no cached render yet; its board's list does.
  expireThread(result.id);
  redirectAfterWrite(postHref(board, result.id));
});
