"use client";

import { useActionState } from "react";
import { answerAppealAction } from "@/app/mod/queue/actions";
import { FormStatus } from "@/components/form/form-status";
import type { FormState } from "@/lib/forms";
import { APPEAL_ANSWER_MAX } from "@/lib/validation/appeals";

type Props = { appealId: number; labels: { answer: string; uphold: string; lift: string } };

/** A moderator's answer to one appeal: a short text, then uphold or lift. */
export function AppealAnswerForm({ appealId, labels }: Props) {
  const [state, action] = useActionState<FormState<"answer">, FormData>(answerAppealAction, {});
  const id = `appeal-answer-${appealId}`;
  const error = state.errors?.answer;
  return (
    <form action={action} className="mt-3 space-y-2 text-sm">
      <FormStatus state={state} />
      <input type="hidden" name="appealId" value={appealId} />
      <label htmlFor={id} className="block font-medium">
        {labels.answer}
      </label>
      <textarea
        id={id}
        name="answer"
        required
        maxLength={APPEAL_ANSWER_MAX}
        rows={3}
        defaultValue={state.values?.answer}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900"
      />
      {error && (
        <p id={`${id}-error`} className="font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="outcome" value="uphold" className="rounded border border-stone-300 px-3 py-1.5 font-medium hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800">
          {labels.uphold}
        </button>
        <button type="submit" name="outcome" value="lift" className="rounded bg-emerald-800 px-3 py-1.5 font-medium text-white hover:bg-emerald-900">
          {labels.lift}
        </button>
      </div>
    </form>
  );
}
