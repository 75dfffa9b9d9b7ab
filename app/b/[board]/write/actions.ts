"use server";
// Publishing a new post in a board.

import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/forms";
import { POST_HEADING_OFFSET } from "@/lib/markdown/pipeline";
import { previewPost } from "@/lib/markdown/preview";
import { renderMarkdownOffThread } from "@/lib/markdown/render-pool";
import { createPost } from "@/lib/content/posting";
import { emailVerificationRequired } from "@/lib/accounts/email-verification";
import { canStartThreads } from "@/lib/permissions";
import { redirectAfterWrite } from "@/lib/actions/landing";
import { expireThread } from "@/lib/content/cached-reads";
import { postHref } from "@/lib/routes";
import { newPostInput } from "@/lib/validation/content";

export type PostField = "title" | "body";
export type PostFormState = FormState<PostField> & { previewHtml?: string };

/** Previews or publishes a new post; on any refusal the form comes back with everything typed. */
export const publishPost = formAction(
  {
    access: { as: "member", may: async (user) => canStartThreads(user, await emailVerificationRequired()), refusal: "verifyEmailFirst" },
    input: newPostInput,
    fields: ["title", "body"],
    honeypot: "submissionRefused",
  },
  async ({ actor, input, values }): Promise<PostFormState> => {
    if (input.intent === "preview") return { values, ...(await previewPost(actor.id, input.body)) };
    const rendered = await renderMarkdownOffThread(input.body, POST_HEADING_OFFSET);
    if (!rendered.ok) return { errors: { body: rendered.message }, values };
    const result = await createPost(actor, input.board, { title: input.title, body: input.body, bodyHtml: rendered.html }, input.submissionKey);
    if (!result.ok) return { message: result.message, messageValues: result.messageValues, values };
    // The new thread has no cached render yet; its board's list does.
    await expireThread(result.id);
    redirectAfterWrite(postHref(result.boardSlug, result.id));
  },
);
