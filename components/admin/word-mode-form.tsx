"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changeWordMode } from "@/app/admin/words/actions";
import type { FormState } from "@/lib/forms";
import { ActionStatus, smallButton } from "./board-action-status";
import { WordModeSelect } from "./word-mode-select";

export function WordModeForm({ wordId, word, mode }: { wordId: number; word: string; mode: string }) {
  const t = useTranslations("adminWords");
  const [state, action] = useActionState<FormState, FormData>(changeWordMode, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="wordId" value={wordId} />
      <label className="sr-only" htmlFor={`word-${wordId}-mode`}>
        {t("modeOf", { word })}
      </label>
      <WordModeSelect id={`word-${wordId}-mode`} defaultValue={mode} />
      <button type="submit" className={smallButton}>
        {t("save")}
        <span className="sr-only"> ({word})</span>
      </button>
      <ActionStatus state={state} />
    </form>
  );
}
