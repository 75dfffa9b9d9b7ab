"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addWord, type WordField } from "@/app/admin/words/actions";
import { FormStatus } from "@/components/form/form-status";
import { SubmitButton } from "@/components/form/submit-button";
import { TextField } from "@/components/form/text-field";
import type { FormState } from "@/lib/forms";
import { BANNED_WORD_MAX } from "@/lib/limits";
import { WordModeSelect } from "./word-mode-select";

export function WordAddForm() {
  const t = useTranslations("adminWords");
  const [state, action] = useActionState<FormState<WordField>, FormData>(addWord, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField
        name="word"
        label={t("word")}
        required
        maxLength={BANNED_WORD_MAX}
        autoCapitalize="none"
        spellCheck={false}
        hint={t("wordHint", { max: BANNED_WORD_MAX })}
        defaultValue={state.values?.word}
        error={state.errors?.word}
      />
      <div className="space-y-1">
        <label htmlFor="field-mode" className="block text-sm font-medium">
          {t("mode")}
        </label>
        <WordModeSelect id="field-mode" defaultValue={state.values?.mode || "block"} />
      </div>
      <SubmitButton>{t("add")}</SubmitButton>
    </form>
  );
}
