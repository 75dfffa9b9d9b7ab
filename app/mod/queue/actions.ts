"use server";
// The review queue's actions: a moderator's step on a reported or held item, and removing what a sanctioned author
// still has waiting.

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { redirectAfterWrite } from "@/lib/actions/landing";
import { QUEUE_REMOVED_PARAM } from "@/lib/routes";
import type { FormState } from "@/lib/forms";
import { removeContent, restoreContent } from "@/lib/moderation/content";
import { canModerate } from "@/lib/permissions";
import { dismissReports } from "@/lib/moderation/reports";
import { expireEverything } from "@/lib/content/cached-reads";
import { removeAndSanction, removeWaitingFrom } from "@/lib/moderation/sanctions";
import { removeWaitingInput, reviewInput } from "@/lib/validation/moderation";
import { namespacedFormAction } from "@/lib/actions/namespaced-action";
import { answerAppeal } from "@/lib/moderation/appeals";
import { appealAnswerInput } from "@/lib/validation/appeals";

/** Default length of a suspension given from the queue. */
const QUEUE_SUSPENSION_DAYS = 7;

/** One step on a queue item: remove it, approve it, dismiss its reports, or remove it and sanction its author. */
export const reviewItem = formAction(
  { access: { as: "member", may: canModerate, refusal: "notModerator" }, input: reviewInput },
  async ({ actor, input }): Promise<FormState> => {
    const target = { type: input.targetType, id: input.targetId };
    // The author to sanction is read from the item itself: a form's author field could name anyone.
    const result =
      input.op === "approve"
        ? await restoreContent(actor, target)
        : input.op === "dismiss"
          ? await dismissReports(actor, target)
          : input.op === "remove_ban"
            ? await removeAndSanction(actor, target, input.reason, { kind: "ban" })
            : input.op === "remove_suspend"
              ? await removeAndSanction(actor, target, input.reason, { kind: "suspend", days: QUEUE_SUSPENSION_DAYS })
              : await removeContent(actor, target, input.reason, null);
    if (!result.ok) return { message: result.message };
    // A review can touch a thread and, through a sanction, everything its author wrote.
    await expireEverything();
    revalidatePath("/mod/queue");
    return { success: "reviewed" };
  },
);

/** After "remove and ban" (or suspend): everything else the author has waiting, removed in one step. */
export const removeWaitingItems = formAction(
  { access: { as: "member", may: canModerate, refusal: "notModerator" }, input: removeWaitingInput },
  async ({ actor, input }): Promise<FormState> => {
    const result = await removeWaitingFrom(actor, input.authorId, input.reason);
    if (!result.ok) return { message: result.message };
    await expireEverything();
    // The offer leaves the page with the items it removed, so the page itself says what was done.
    redirectAfterWrite(`/mod/queue?${QUEUE_REMOVED_PARAM}=${result.removed}`);
  },
);

/** A moderator's answer to an appeal: uphold the sanction or lift it, with a short answer the member reads. */
export const answerAppealAction = namespacedFormAction(
  "appeals",
  { access: { as: "member", may: canModerate, refusal: "notModerator" }, input: appealAnswerInput, fields: ["answer"] },
  async ({ actor, input, values }): Promise<FormState<"answer">> => {
    const result = await answerAppeal(actor, input.appealId, input.outcome, input.answer);
    if (!result.ok) return { message: result.message, values };
    // Lifting a sanction changes what the member's profile shows.
    if (input.outcome === "lift") await expireEverything();
    revalidatePath("/mod/queue");
    return { success: input.outcome === "lift" ? "answeredLifted" : "answeredUpheld" };
  },
);
