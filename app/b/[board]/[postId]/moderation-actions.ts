"use server";
// A thread's moderation actions: remove or restore, lock and pin, move, and members' reports.

import { redirect } from "next/navigation";
import { formAction, plainAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/forms";
import { movePost, removeContent, restoreContent, switchThread, type ItemPlace } from "@/lib/moderation/content";
import { canModerate } from "@/lib/permissions";
import { reportContent } from "@/lib/moderation/reports";
import { redirectAfterWrite } from "@/lib/actions/landing";
import { expireEverything, expireThread } from "@/lib/content/cached-reads";
import { commentHref } from "@/lib/content/comment-pages";
import { postHref } from "@/lib/routes";
import { moderationInput, moveInput, reportInput, threadSwitchInput } from "@/lib/validation/moderation";
import { threadPage } from "@/lib/validation/content";

const moderator = { as: "member", may: canModerate, refusal: "notModerator" } as const;

/** Back to the item acted on, where the database says it lives, with the thread's cached renders expired. */
async function backTo(type: "post" | "comment", place: ItemPlace): Promise<never> {
  await expireThread(place.postId);
  redirectAfterWrite(type === "comment" ? await commentHref(place.boardSlug, place.postId, place.id) : postHref(place.boardSlug, place.postId));
}

/** A moderator removes (with a reason) or restores a post or comment. */
export const moderateContent = formAction(
  { access: moderator, input: moderationInput, fields: ["note"] },
  async ({ actor, input, values }): Promise<FormState<"note">> => {
    const target = { type: input.targetType, id: input.targetId };
    // The schema requires a reason for a removal: "other" is never used.
    const result = input.op === "restore" ? await restoreContent(actor, target) : await removeContent(actor, target, input.reason ?? "other", input.note);
    if (!result.ok) return { message: result.message, values };
    return backTo(target.type, result);
  },
);

/** Back to the thread the form was sent from, when nothing was changed. */
function backToThread(form: FormData): never {
  const page = threadPage.safeParse({ board: form.get("board"), postId: form.get("targetId") });
  redirect(page.success ? postHref(page.data.board, page.data.postId) : "/");
}

/** Lock, unlock, pin or unpin a thread. */
export const switchThreadAction = plainAction(
  { access: moderator, input: threadSwitchInput },
  async ({ actor, input }, form) => {
    const result = await switchThread(actor, input.targetId, input.op);
    if (!result.ok) backToThread(form);
    await backTo("post", result);
  },
  backToThread,
);

/** Move a thread to another board; the old address redirects to the new one. */
export const movePostAction = formAction({ access: moderator, input: moveInput }, async ({ actor, input }): Promise<FormState> => {
  const result = await movePost(actor, input.targetId, input.toBoard);
  if (!result.ok) return { message: result.message };
  // Two boards' lists change, and the thread's links: rare enough to expire everything.
  await expireEverything();
  redirectAfterWrite(postHref(result.boardSlug, result.id));
});

/** A member reports a post or comment, once, with a reason. */
export const reportAction = formAction(
  { access: { as: "member" }, input: reportInput, fields: ["note"] },
  async ({ actor, input, values }): Promise<FormState<"note">> => {
    const result = await reportContent(actor, { type: input.targetType, id: input.targetId }, input.reason, input.note);
    if (!result.ok) return { message: result.message, values };
    // Enough reports hide the item at once; hiding is rare, so everything is expired rather than the one thread.
    if (result.hidden) await expireEverything();
    return { success: result.hidden ? "reportedAndHidden" : "reported" };
  },
);
