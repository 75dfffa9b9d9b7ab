"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { canAdminister } from "@/lib/permissions";
import { addBannedWord, removeBannedWord, setBannedWordMode } from "@/lib/banned-words";
import { formValues, type FormState } from "@/lib/forms";
import { fieldErrors } from "@/lib/validation/account";
import { bannedWordInput, bannedWordModeInput, bannedWordRef } from "@/lib/validation/board";
import { answeringInText } from "@/lib/i18n/form-text";

const PAGE = "/admin/words";

export type WordField = "word" | "mode";

export const addWord = answeringInText(async function addWord(_prev: FormState<WordField>, form: FormData): Promise<FormState<WordField>> {
  const admin = await requirePermission(canAdminister, PAGE);
  const values = formValues(form, ["word", "mode"] as const);
  const input = bannedWordInput.safeParse(values);
  if (!input.success) return { errors: fieldErrors<WordField>(input.error), values };
  const result = addBannedWord(admin, input.data);
  if (!result.ok) return { errors: result.errors, message: result.message, values };
  revalidatePath(PAGE);
  // The mode is kept, since words are often added in a run of the same kind.
  return { success: "bannedWordAdded", values: { mode: input.data.mode } };
});

export const changeWordMode = answeringInText(async function changeWordMode(_prev: FormState, form: FormData): Promise<FormState> {
  const admin = await requirePermission(canAdminister, PAGE);
  const input = bannedWordModeInput.safeParse({ wordId: form.get("wordId"), mode: form.get("mode") });
  if (!input.success) return { message: "invalidRequest" };
  const result = setBannedWordMode(admin, input.data.wordId, input.data.mode);
  if (!result.ok) return { message: result.message };
  revalidatePath(PAGE);
  return { success: "bannedWordModeChanged" };
});

export const deleteWord = answeringInText(async function deleteWord(_prev: FormState, form: FormData): Promise<FormState> {
  const admin = await requirePermission(canAdminister, PAGE);
  const input = bannedWordRef.safeParse({ wordId: form.get("wordId") });
  if (!input.success) return { message: "invalidRequest" };
  const result = removeBannedWord(admin, input.data.wordId);
  if (!result.ok) return { message: result.message };
  revalidatePath(PAGE);
  return { success: "bannedWordDeleted" };
});
