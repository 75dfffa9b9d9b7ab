"use server";
// The admin's banned-word list: adding words, changing their mode, deleting them.

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { addBannedWord, removeBannedWord, setBannedWordMode } from "@/lib/spam/word-list";
import type { FormState } from "@/lib/forms";
import { canAdminister } from "@/lib/permissions";
import { bannedWordInput, bannedWordModeInput, bannedWordRef } from "@/lib/validation/board";

const PAGE = "/admin/words";
const admin = { as: "page", may: canAdminister, returnTo: PAGE } as const;

export type WordField = "word" | "mode";

export const addWord = formAction(
  { access: admin, input: bannedWordInput, fields: ["word", "mode"] },
  async ({ actor, input, values }): Promise<FormState<WordField>> => {
    const result = await addBannedWord(actor, input);
    if (!result.ok) return { errors: result.errors, message: result.message, values };
    revalidatePath(PAGE);
    // The mode is kept, since words are often added in a run of the same kind.
    return { success: "bannedWordAdded", values: { mode: input.mode } };
  },
);

export const changeWordMode = formAction({ access: admin, input: bannedWordModeInput }, async ({ actor, input }): Promise<FormState> => {
  const result = await setBannedWordMode(actor, input.wordId, input.mode);
  if (!result.ok) return { message: result.message };
  revalidatePath(PAGE);
  return { success: "bannedWordModeChanged" };
});

export const deleteWord = formAction({ access: admin, input: bannedWordRef }, async ({ actor, input }): Promise<FormState> => {
  const result = await removeBannedWord(actor, input.wordId);
  if (!result.ok) return { message: result.message };
  revalidatePath(PAGE);
  return { success: "bannedWordDeleted" };
});
