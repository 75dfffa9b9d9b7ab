"use client";
// The browser half of CommentForm: the form and its state, with every word handed in already translated.

import { useActionState, useEffect, useRef } from "react";
import type { CommentFormState } from "@/app/b/[board]/[postId]/actions";
import { CancelLink } from "@/components/form/cancel-link";
import { FormStatus } from "@/components/form/form-status";
import { Honeypot } from "@/components/form/honeypot";
import { SubmitButton } from "@/components/form/submit-button";
import { commentDraftKey, useDraft } from "@/components/form/use-draft";
import { type PreviewLabels, WritePreview } from "@/components/form/write-preview";
import type { ComposerLabels } from "@/components/form/composer-tools";
import { COMMENT_BODY_MAX } from "@/lib/limits";
import { HiddenFields } from "@/components/form/hidden-fields";
import { useLanding } from "@/components/form/use-landing";
import { MentionAutocomplete } from "@/components/mentions/mention-autocomplete";

/** The words of the draft and preview parts ("compose" in the catalogue). */
export type ComposeLabels = PreviewLabels & { leaveWarning: string; draftRestored: string; tools: ComposerLabels };

type Props = {
  action: (state: CommentFormState, form: FormData) => Promise<CommentFormState>;
  hidden: Record<string, string>;
  id: string;
  label: string;
  submitLabel: string;
  initialBody?: string;
  cancelHref?: string;
  cancelLabel: string;
  compose: ComposeLabels;
  /** With JavaScript, a form opened in place closes in place instead of following the cancel link. */
  onCancel?: () => void;
  /** Told when the write landed, so a form opened in place can close once the page shows it. */
  onLanded?: () => void;
};

export function CommentFormFields({ action, hidden, id, label, submitLabel, initialBody, cancelHref, cancelLabel, compose, onCancel, onLanded }: Props) {
  const [state, formAction] = useActionState(action, { values: { body: initialBody ?? "" } });
  const form = useRef<HTMLFormElement>(null);
  const draft = useDraft(form, commentDraftKey(hidden), { body: initialBody ?? "" }, compose.leaveWarning);
  useLanding(state.landed);
  const { clear } = draft;
  const landedRef = useRef(onLanded);
  landedRef.current = onLanded;
  useEffect(() => {
    if (!state.landed) return;
    clear();
    landedRef.current?.();
  }, [state.landed, clear]);
  const error = state.errors?.body;
  return (
    <form ref={form} action={formAction} className="relative space-y-2" noValidate>
      <FormStatus state={state} />
      <HiddenFields values={hidden} />
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <WritePreview boxId={id} kind="comment" labels={compose} tools={compose.tools}>
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
      </WritePreview>
      <MentionAutocomplete boxId={id} />
      {draft.restored && <p className="text-sm text-stone-500 dark:text-stone-400">{compose.draftRestored}</p>}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <Honeypot />
      <div className="flex items-center gap-3">
        <SubmitButton>{submitLabel}</SubmitButton>
        {cancelHref && (
          <CancelLink href={cancelHref} onCancel={onCancel}>
            {cancelLabel}
          </CancelLink>
        )}
      </div>
    </form>
  );
}
