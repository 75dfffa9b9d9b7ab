// The rules for what moderators and admins send: targets, removal reasons, notes, sanctions, roles and thread switches.
import { z } from "zod";
import { REMOVAL_REASONS, TARGET_TYPES, USER_ROLES } from "@/db/enums";
import { id, optionalId, userId } from "./ids";

/** A moderator's note on a removal or a member's on a report: kept short, as it is shown in the log and the queue. */
export const NOTE_MAX = 500;
/** A sanction's reason, shown to the member sanctioned. */
export const SANCTION_REASON_MAX = 300;

const note = z
  .string()
  .transform((value) => value.trim().slice(0, NOTE_MAX) || null);

/** The post or comment acted on. */
export const target = z.object({ targetType: z.enum(TARGET_TYPES, "invalidRequest"), targetId: id });

const reason = z.enum(REMOVAL_REASONS, "chooseReason");

/** Remove (with a reason) or restore; the form sends op "restore" for the second, nothing for the first. */
export const moderationInput = target
  .extend({
    op: z.string().transform((value) => (value === "restore" ? "restore" : "remove")),
    reason: reason.nullable().catch(null),
    note,
  })
  .refine((input) => input.op === "restore" || input.reason !== null, { message: "chooseReason", path: ["reason"] });

export const reportInput = target.extend({ reason, note });

/** A step on a review-queue item; the reason defaults to "other", as the queue's buttons send none. */
export const reviewInput = target.extend({
  op: z.enum(["approve", "dismiss", "remove_ban", "remove_suspend", "remove"]).catch("remove"),
  reason: reason.catch("other"),
});

/** After sanctioning an author from the queue: remove everything else of theirs that waits there. */
export const removeWaitingInput = z.object({ authorId: userId, reason: reason.catch("other") });

export const THREAD_SWITCHES = ["lock", "unlock", "pin", "unpin"] as const;
export const threadSwitchInput = z.object({ targetId: id, op: z.enum(THREAD_SWITCHES, "invalidRequest") });

export const moveInput = z.object({ targetId: id, toBoard: z.string().trim().min(1, "boardNotFound") });

/** Suspend, ban, lift, remove as spammer, or undo that; suspending and banning need a reason the member will read. */
export const sanctionInput = z
  .object({
    userId,
    op: z.enum(["suspend", "ban", "lift", "spammer", "undo_spammer"], "invalidRequest"),
    reason: z.string().transform((value) => value.trim().slice(0, SANCTION_REASON_MAX)),
    // lib/moderation/sanctions.ts says what a suspension may last, and refuses the rest with its own message.
    days: z.string().transform(Number),
    logId: optionalId,
  })
  .refine((input) => (input.op !== "suspend" && input.op !== "ban") || input.reason !== "", { message: "reasonRequired", path: ["reason"] });

export const roleChangeInput = z.object({ userId, role: z.enum(USER_ROLES, "invalidRequest") });
