"use server";

import { revalidatePath } from "next/cache";
import { currentWriter } from "@/lib/auth/session";
import type { FormState } from "@/lib/forms";
import { expireEverything } from "@/lib/render-cache";
import { banUser, liftSanction, removeAsSpammer, suspendUser, undoSpammerRemoval } from "@/lib/sanctions";
import { answeringInText } from "@/lib/i18n/form-text";

const REASON_MAX = 300;

/** Suspend, ban, lift, remove as spammer, or undo that: one form, the button pressed says which. */
export const sanctionAction = answeringInText(async function sanctionAction(_prev: FormState<"reason" | "days">, form: FormData): Promise<FormState<"reason" | "days">> {
  const values = { reason: String(form.get("reason") ?? ""), days: String(form.get("days") ?? "") };
  const writer = await currentWriter();
  if ("message" in writer) return { message: writer.message, values };
  const userId = String(form.get("userId") ?? "");
  const reason = values.reason.trim().slice(0, REASON_MAX);
  const op = form.get("op");
  if ((op === "suspend" || op === "ban") && !reason) return { errors: { reason: "reasonRequired" }, values };
  const result =
    op === "suspend"
      ? suspendUser(writer.user, userId, Number(values.days), reason)
      : op === "ban"
        ? banUser(writer.user, userId, reason)
        : op === "lift"
          ? liftSanction(writer.user, userId)
          : op === "spammer"
            ? removeAsSpammer(writer.user, userId)
            : op === "undo_spammer"
              ? undoSpammerRemoval(writer.user, userId, Number(form.get("logId")))
              : { ok: false as const, message: "invalidRequest" };
  if (!result.ok) return { message: result.message, values };
  // Removing a spammer, or undoing it, changes threads all over the site.
  expireEverything();
  revalidatePath(`/u/${String(form.get("username") ?? "")}`);
  return { success: "sanctionSaved" };
});
