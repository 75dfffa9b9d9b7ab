"use server";
// A member's profile page: the sanctions staff give from it.

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/forms";
import { canModerate } from "@/lib/permissions";
import { expireEverything } from "@/lib/content/cached-reads";
import { banUser, liftSanction, removeAsSpammer, suspendUser, undoSpammerRemoval } from "@/lib/moderation/sanctions";
import { sanctionInput } from "@/lib/validation/moderation";

/** Suspend, ban, lift, remove as spammer, or undo that: one form, the button pressed says which. */
export const sanctionAction = formAction(
  { access: { as: "member", may: canModerate, refusal: "cannotSanction" }, input: sanctionInput, fields: ["reason", "days"] },
  async ({ actor, input, values }): Promise<FormState<"reason" | "days">> => {
    const result =
      input.op === "suspend"
        ? await suspendUser(actor, input.userId, input.days, input.reason)
        : input.op === "ban"
          ? await banUser(actor, input.userId, input.reason)
          : input.op === "lift"
            ? await liftSanction(actor, input.userId)
            : input.op === "spammer"
              ? await removeAsSpammer(actor, input.userId)
              : input.logId === null
                ? { ok: false as const, message: "invalidRequest" }
                : await undoSpammerRemoval(actor, input.userId, input.logId);
    if (!result.ok) return { message: result.message, values };
    // Removing a spammer, or undoing it, changes threads all over the site.
    await expireEverything();
    revalidatePath(`/u/${result.username}`);
    return { success: "sanctionSaved" };
  },
);
