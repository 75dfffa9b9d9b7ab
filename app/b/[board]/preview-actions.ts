"use server";
// The Write/Preview tab of the post and comment boxes: the text rendered by the publishing pipeline, without a reload.

import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/forms";
import { COMMENT_HEADING_OFFSET, POST_HEADING_OFFSET } from "@/lib/markdown/pipeline";
import { previewPost } from "@/lib/markdown/preview";
import { previewInput } from "@/lib/validation/content";

export type PreviewState = FormState<"body"> & { previewHtml?: string };

/** The HTML the text would publish as, counted against the same preview limits as the Preview button. */
export const previewWriting = formAction(
  { access: { as: "member" }, input: previewInput, fields: ["body"] },
  async ({ actor, input }): Promise<PreviewState> => previewPost(actor.id, input.body, input.kind === "comment" ? COMMENT_HEADING_OFFSET : POST_HEADING_OFFSET),
);
