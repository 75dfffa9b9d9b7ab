"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { deleteWord } from "@/app/admin/words/actions";
import type { FormState } from "@/lib/forms";
import { ActionStatus, smallButton } from "./board-action-status";

/** No confirmation step: a word deleted by mistake is added back in a moment. */
export function WordDeleteForm({ wordId, word }: { wordId: number; word: string }) {
  const t = useTranslations("adminWords");
  const [state, action] = useActionState<FormState, FormData>(deleteWord, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="wordId" value={wordId} />
      <button type="submit" className={smallButton}>
        {t("delete")}
        <span className="sr-only"> ({word})</span>
      </button>
      <ActionStatus state={state} />
    </form>
  );
}
