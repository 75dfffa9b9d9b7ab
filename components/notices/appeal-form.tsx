"use client";

import { useActionState } from "react";
import { submitAppeal, type AppealState } from "@/app/appeal/actions";
import { FormStatus } from "@/components/form/form-status";
import { SubmitButton } from "@/components/form/submit-button";
import { APPEAL_MAX, APPEAL_MIN } from "@/lib/validation/appeals";

type Props = { token: string | null; labels: { body: string; hint: string; submit: string } };

/** The short appeal form; works as a plain form without JavaScript, keeping what was typed on a refusal. */
export function AppealForm({ token, labels }: Props) {
  const [state, action] = useActionState<AppealState, FormData>(submitAppeal, {});
  const error = state.errors?.body;
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormStatus state={state} />
      {token && <input type="hidden" name="t" value={token} />}
      <div className="space-y-1">
        <label htmlFor="appeal-body" className="block text-sm font-medium">
          {labels.body}
        </label>
        <textarea
          id="appeal-body"
          name="body"
          required
          minLength={APPEAL_MIN}
          maxLength={APPEAL_MAX}
          rows={6}
          defaultValue={state.values?.body}
          aria-invalid={error ? true : undefined}
          aria-describedby={`appeal-body-hint${error ? " appeal-body-error" : ""}`}
          className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base dark:border-stone-700 dark:bg-stone-900"
        />
        <p id="appeal-body-hint" className="text-sm text-stone-600 dark:text-stone-300">
          {labels.hint}
        </p>
        {error && (
          <p id="appeal-body-error" className="text-sm font-medium text-red-700 dark:text-red-400">
            {error}
          </p>
        )}
      </div>
      <SubmitButton>{labels.submit}</SubmitButton>
    </form>
  );
}
