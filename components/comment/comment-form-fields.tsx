"use client";
// The browser half of CommentForm: the form and its state, with every word handed in already translated.

import Link from "next/link";
import { useActionState } from "react";
import type { CommentFormState } from "@/app/b/[board]/[postId]/actions";
import { FormStatus } from "@/components/form/form-status";
import { Honeypot } from "@/components/form/honeypot";
import { SubmitButton } from "@/components/form/submit-button";
import { COMMENT_BODY_MAX } from "@/lib/limits";
import { HiddenFields } from "@/components/form/hidden-fields";
import { useLanding } from "@/components/form/use-landing";

type Props = {
  action: (state: CommentFormState, form: FormData) => Promise<CommentFormState>;
  hidden: Record<string, string>;
  id: string;
  label: string;
  submitLabel: string;
  initialBody?: string;
  cancelHref?: string;
  cancelLabel: string;
};

export function CommentFormFields({ action, hidden, id, label, submitLabel, initialBody, cancelHref, cancelLabel }: Props) {
  const [state, formAction] = useActionState(action, { values: { body: initialBody ?? "" } });
  useLanding(state.landed);
  const error = state.errors?.body;
  return (
    <form action={formAction} className="relative space-y-2" noValidate>
      <FormStatus state={state} />
      <HiddenFields values={hidden} />
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        name="body"
        rows={4}
        required
        maxLength={COMMENT_BODY_MAX}
        defaultValue={state.values?.body}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base aria-invalid:border-red-600 dark:border-stone-700 dark:bg-stone-900"
      />
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <Honeypot />
      <div className="flex items-center gap-3">
        <SubmitButton>{submitLabel}</SubmitButton>
        {cancelHref && <Link href={cancelHref}>{cancelLabel}</Link>}
      </div>
    </form>
  );
}
