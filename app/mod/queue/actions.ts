"use server";

import { revalidatePath } from "next/cache";
import { REMOVAL_REASONS, type RemovalReason, type TargetType } from "@/db/schema";
import { currentWriter } from "@/lib/auth/session";
import type { FormState } from "@/lib/forms";
import { removeContent, restoreContent } from "@/lib/moderation";
import { dismissReports } from "@/lib/reports";
import { expireEverything } from "@/lib/render-cache";
import { removeAndSanction } from "@/lib/sanctions";
import { answeringInText } from "@/lib/i18n/form-text";

/** Default length of a suspension given from the queue. */
const QUEUE_SUSPENSION_DAYS = 7;

/** One step on a queue item: remove it, approve it, dismiss its reports, or remove it and sanction its author. */
export const reviewItem = answeringInText(async function reviewItem(_prev: FormState, form: FormData): Promise<FormState> {
  const writer = await currentWriter();
  if ("message" in writer) return { message: writer.message };
  const type = form.get("targetType") as TargetType;
  const id = Number(form.get("targetId"));
  const reason = REMOVAL_REASONS.includes(form.get("reason") as RemovalReason) ? (form.get("reason") as RemovalReason) : "other";
  if ((type !== "post" && type !== "comment") || !Number.isSafeInteger(id)) return { message: "invalidRequest" };
  const target = { type, id };
  const op = form.get("op");
  // The author to sanction is read from the item itself: a form's author field could name anyone.
  const result =
    op === "approve"
      ? restoreContent(writer.user, target)
      : op === "dismiss"
        ? dismissReports(writer.user, target)
        : op === "remove_ban"
          ? removeAndSanction(writer.user, target, reason, { kind: "ban" })
          : op === "remove_suspend"
            ? removeAndSanction(writer.user, target, reason, { kind: "suspend", days: QUEUE_SUSPENSION_DAYS })
            : removeContent(writer.user, target, reason, null);
  if (!result.ok) return { message: result.message };
  // A review can touch a thread and, through a sanction, everything its author wrote.
  expireEverything();
  revalidatePath("/mod/queue");
  return { success: "reviewed" };
});
