"use server";

import { revalidatePath } from "next/cache";
import { REMOVAL_REASONS, type RemovalReason, type TargetType } from "@/db/schema";
import { currentWriter } from "@/lib/auth/session";
import type { FormState } from "@/lib/forms";
import { removeContent, restoreContent } from "@/lib/moderation";
import { dismissReports } from "@/lib/reports";
import { expireEverything } from "@/lib/render-cache";
import { banUser, suspendUser } from "@/lib/sanctions";
import { answeringInText } from "@/lib/i18n/form-text";

/** Default length of a suspension given from the queue. */
const QUEUE_SUSPENSION_DAYS = 7;

/** One step on a queue item: remove it, approve it, dismiss its reports, or remove it and sanction its author. */
export const reviewItem = answeringInText(async function reviewItem(_prev: FormState, form: FormData): Promise<FormState> {
  const writer = await currentWriter();
  if ("message" in writer) return { message: writer.message };
  const type = form.get("targetType") as TargetType;
  const id = Number(form.get("targetId"));
  const authorId = String(form.get("authorId") ?? "");
  const reason = REMOVAL_REASONS.includes(form.get("reason") as RemovalReason) ? (form.get("reason") as RemovalReason) : "other";
  if ((type !== "post" && type !== "comment") || !Number.isSafeInteger(id)) return { message: "invalidRequest" };
  const target = { type, id };
  const op = form.get("op");
  const result =
    op === "approve"
      ? restoreContent(writer.user, target)
      : op === "dismiss"
        ? dismissReports(writer.user, target)
        : removeContent(writer.user, target, reason, null);
  if (!result.ok) return { message: result.message };
  if (op === "remove_suspend" || op === "remove_ban") {
    const sanction = op === "remove_ban" ? banUser(writer.user, authorId, reason) : suspendUser(writer.user, authorId, QUEUE_SUSPENSION_DAYS, reason);
    if (!sanction.ok) return { message: sanction.message };
  }
  // A review can touch a thread and, through a sanction, everything its author wrote.
  expireEverything();
  revalidatePath("/mod/queue");
  return { success: "reviewed" };
});
