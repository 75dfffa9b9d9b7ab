"use client";
// The browser half of ReasonForm, with its words handed in already translated.

import { useActionState } from "react";
import { CancelLink } from "@/components/form/cancel-link";
import { FormStatus } from "@/components/form/form-status";
import type { RemovalReason } from "@/db/enums";
import type { FormState } from "@/lib/forms";
import { HiddenFields } from "@/components/form/hidden-fields";

type Props = {
  action: (state: FormState<"note">, form: FormData) => Promise<FormState<"note">>;
  hidden: Record<string, string>;
  submitLabel: string;
  cancelHref: string;
  /** Restoring needs no reason: the form is a single button. */
  reasonless?: boolean;
  labels: { reason: string; note: string; close: string; cancel: string; reasons: Record<RemovalReason, string> };
  /** With JavaScript, a form opened in place closes in place instead of following the cancel link. */
  onCancel?: () => void;
};

export function ReasonFormFields({ action, hidden, submitLabel, cancelHref, reasonless = false, labels, onCancel }: Props) {
  const [state, formAction] = useActionState(action, {});
  const id = `${hidden.targetType}-${hidden.targetId}`;
  return (
    <form action={formAction} className="mt-3 space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950">
      <FormStatus state={state} />
      <HiddenFields values={hidden} />
      {!reasonless && !state.success && (
        <>
          <fieldset>
            <legend className="font-medium">{labels.reason}</legend>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {(Object.keys(labels.reasons) as RemovalReason[]).map((reason) => (
                <label key={reason} className="flex items-center gap-1">
                  <input type="radio" name="reason" value={reason} required /> {labels.reasons[reason]}
                </label>
              ))}
            </div>
          </fieldset>
          <label htmlFor={`note-${id}`} className="block font-medium">
            {labels.note}
          </label>
          <input
            id={`note-${id}`}
            name="note"
            maxLength={500}
            defaultValue={state.values?.note}
            className="block w-full rounded border border-stone-300 bg-white px-2 py-1 dark:border-stone-700 dark:bg-stone-900"
          />
        </>
      )}
      <div className="flex items-center gap-3">
        {!state.success && (
          <button type="submit" className="rounded-md bg-stone-900 px-3 py-1.5 font-medium text-white dark:bg-stone-100 dark:text-stone-900">
            {submitLabel}
          </button>
        )}
        <CancelLink href={cancelHref} onCancel={onCancel}>
          {state.success ? labels.close : labels.cancel}
        </CancelLink>
      </div>
    </form>
  );
}
