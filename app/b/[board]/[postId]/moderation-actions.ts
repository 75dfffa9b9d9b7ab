"use server";

import { redirect } from "next/navigation";
import { REMOVAL_REASONS, type RemovalReason, type TargetType } from "@/db/schema";
import { currentWriter } from "@/lib/auth/session";
import type { FormState } from "@/lib/forms";
import { movePost, removeContent, restoreContent, switchThread, type ThreadSwitch } from "@/lib/moderation";
import { reportContent } from "@/lib/reports";
import { redirectAfterWrite } from "@/lib/landing";
import { expireEverything, expireThread } from "@/lib/render-cache";
import { commentHref } from "@/lib/comment-pages";
import { answeringInText } from "@/lib/i18n/form-text";
import { postHref } from "@/lib/routes";

const NOTE_MAX = 500;
const THREAD_SWITCHES: readonly string[] = ["lock", "unlock", "pin", "unpin"] satisfies ThreadSwitch[];

function readTarget(form: FormData): { type: TargetType; id: number } | null {
  const type = form.get("targetType");
  const id = Number(form.get("targetId"));
  if ((type !== "post" && type !== "comment") || !Number.isSafeInteger(id) || id < 1) return null;
  return { type, id };
}

const readReason = (form: FormData): RemovalReason | null => {
  const reason = form.get("reason");
  return REMOVAL_REASONS.includes(reason as RemovalReason) ? (reason as RemovalReason) : null;
};
const readNote = (form: FormData) => String(form.get("note") ?? "").trim().slice(0, NOTE_MAX) || null;

/** Back to the item acted on, with the thread's cached renders expired, so the change shows at once. */
function backTo(form: FormData, target: { type: TargetType; id: number }, postId: number): never {
  const board = String(form.get("board") ?? "");
  expireThread(postId);
  redirectAfterWrite(target.type === "comment" ? commentHref(board, postId, target.id) : postHref(board, postId));
}

/** A moderator removes (with a reason) or restores a post or comment. */
export const moderateContent = answeringInText(async function moderateContent(_prev: FormState<"note">, form: FormData): Promise<FormState<"note">> {
  const values = { note: String(form.get("note") ?? "") };
  const writer = await currentWriter();
  if ("message" in writer) return { message: writer.message, values };
  const target = readTarget(form);
  if (!target) return { message: "invalidRequest", values };
  let result;
  if (form.get("op") === "restore") {
    result = restoreContent(writer.user, target);
  } else {
    const reason = readReason(form);
    if (!reason) return { message: "chooseReason", values };
    result = removeContent(writer.user, target, reason, readNote(form));
  }
  if (!result.ok) return { message: result.message, values };
  backTo(form, target, result.postId);
});

/** Lock, unlock, pin or unpin a thread. */
export async function switchThreadAction(form: FormData): Promise<void> {
  const writer = await currentWriter();
  const op = String(form.get("op")) as ThreadSwitch;
  const postId = Number(form.get("targetId"));
  const result = "user" in writer && THREAD_SWITCHES.includes(op) ? switchThread(writer.user, postId, op) : null;
  if (!result?.ok) redirect(postHref(String(form.get("board") ?? ""), postId));
  backTo(form, { type: "post", id: postId }, postId);
}

/** Move a thread to another board; the old address redirects to the new one. */
export const movePostAction = answeringInText(async function movePostAction(_prev: FormState, form: FormData): Promise<FormState> {
  const writer = await currentWriter();
  if ("message" in writer) return { message: writer.message };
  const postId = Number(form.get("targetId"));
  const result = movePost(writer.user, postId, String(form.get("toBoard") ?? ""));
  if (!result.ok) return { message: result.message };
  // Two boards' lists change, and the thread's links: rare enough to expire everything.
  expireEverything();
  redirectAfterWrite(postHref(result.boardSlug, postId));
});

/** A member reports a post or comment, once, with a reason. */
export const reportAction = answeringInText(async function reportAction(_prev: FormState<"note">, form: FormData): Promise<FormState<"note">> {
  const values = { note: String(form.get("note") ?? "") };
  const writer = await currentWriter();
  if ("message" in writer) return { message: writer.message, values };
  const target = readTarget(form);
  const reason = readReason(form);
  if (!target) return { message: "invalidRequest", values };
  if (!reason) return { message: "chooseReason", values };
  const result = reportContent(writer.user, target, reason, readNote(form));
  if (!result.ok) return { message: result.message, values };
  // Enough reports hide the item at once; hiding is rare, so everything is expired rather than the one thread.
  if (result.hidden) expireEverything();
  return { success: result.hidden ? "reportedAndHidden" : "reported" };
});
