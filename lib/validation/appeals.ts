// What members send to appeal a sanction, what moderators send to answer, and notice preferences.
import { z } from "zod";
import { NOTIFY_MODES, NOTIFY_PREF_KINDS } from "@/db/enums";
import { id } from "./ids";

export const APPEAL_MIN = 10;
export const APPEAL_MAX = 2000;
export const APPEAL_ANSWER_MAX = 1000;

/** `t` is the signed link a banned member appeals through (lib/auth/appeal-link.ts); members signed in send none. */
export const appealInput = z.object({
  body: z.string().trim().min(APPEAL_MIN, "appealTooShort").max(APPEAL_MAX, "appealTooLong"),
  t: z.string().max(300).optional().catch(undefined),
});

export const appealAnswerInput = z.object({
  appealId: id,
  outcome: z.enum(["uphold", "lift"], "invalidRequest"),
  answer: z.string().trim().min(1, "answerRequired").max(APPEAL_ANSWER_MAX, "answerTooLong"),
});

/** One choice per kind; a kind left out of the form, or an unknown mode, is refused rather than guessed. */
export const notifyPrefsInput = z.object(Object.fromEntries(NOTIFY_PREF_KINDS.map((kind) => [kind, z.enum(NOTIFY_MODES, "invalidRequest")])) as Record<(typeof NOTIFY_PREF_KINDS)[number], z.ZodEnum<{ [K in (typeof NOTIFY_MODES)[number]]: K }>>);
