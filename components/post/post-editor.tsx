"use client";

import { MentionAutocomplete } from "@/components/mentions/mention-autocomplete";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import type { PostFormState } from "@/app/b/[board]/write/actions";
import { FormStatus } from "@/components/form/form-status";
import { Honeypot } from "@/components/form/honeypot";
import { SubmitButton } from "@/components/form/submit-button";
import { TextField } from "@/components/form/text-field";
import { POST_BODY_MAX, POST_TITLE_MAX } from "@/lib/limits";
import { HiddenFields } from "@/components/form/hidden-fields";
import { postDraftKey, useDraft } from "@/components/form/use-draft";
import { WritePreview } from "@/components/form/write-preview";
import { composerLabels } from "@/components/form/composer-labels";

type Props = {
  action: (state: PostFormState, form: FormData) => Promise<PostFormState>;
  hidden: Record<string, string>;
  initial?: { title: string; body: string };
  submitLabel: string;
};

/**
 * Title and Markdown body with a Preview that needs no JavaScript: it is a second submit button. With JavaScript the
 * body also has Write/Preview tabs, and what is typed is kept as a draft in the browser until it is published.
 */
export function PostEditor({ action, hidden, initial, submitLabel }: Props) {
  const t = useTranslations("write");
  const tc = useTranslations("compose");
  const tools = composerLabels(useTranslations("composer2"), useTranslations("media"));
  const [state, formAction] = useActionState(action, { values: initial });
  const form = useRef<HTMLFormElement>(null);
  const draft = useDraft(form, postDraftKey(hidden), { title: initial?.title ?? "", body: initial?.body ?? "" }, tc("leaveWarning"));
  // An answer means the form is still here: nothing was published. Without one the editor goes away as it lands.
  const { sent } = draft;
  useEffect(() => sent(false), [state, sent]);
  const bodyError = state.errors?.body;
  const previewLabels = { write: tc("write"), preview: tc("preview"), previewEmpty: tc("previewEmpty"), previewLoading: tc("previewLoading") };
  return (
    <form
      ref={form}
      action={formAction}
      onSubmit={(event) => sent((event.nativeEvent as SubmitEvent).submitter?.getAttribute("value") !== "preview")}
      className="relative space-y-4"
      noValidate
    >
      <FormStatus state={state} />
      <HiddenFields values={hidden} />
      <TextField name="title" label={t("title")} required maxLength={POST_TITLE_MAX} defaultValue={state.values?.title} error={state.errors?.title} />
      <div className="space-y-1">
        <label htmlFor="field-body" className="block text-sm font-medium">
          {t("body")}
        </label>
        <WritePreview boxId="field-body" kind="post" labels={previewLabels} tools={tools}>
          <textarea
            id="field-body"
            name="body"
            rows={14}
            required
            maxLength={POST_BODY_MAX}
            defaultValue={state.values?.body}
            aria-invalid={bodyError ? true : undefined}
            aria-describedby={`field-body-hint${bodyError ? " field-body-error" : ""}`}
            className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base leading-7 aria-invalid:border-red-600 dark:border-stone-700 dark:bg-stone-900"
          />
        </WritePreview>
        <MentionAutocomplete boxId="field-body" />
        {draft.restored && <p className="text-sm text-stone-500 dark:text-stone-400">{tc("draftRestored")}</p>}
        <p id="field-body-hint" className="text-sm text-stone-500 dark:text-stone-400">
          {t("markdownHint")}
        </p>
        {bodyError && (
          <p id="field-body-error" className="text-sm font-medium text-red-700 dark:text-red-400">
            {bodyError}
          </p>
        )}
      </div>
      <Honeypot />
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="publish">
          {submitLabel}
        </SubmitButton>
        <button
          type="submit"
          name="intent"
          value="preview"
          className="rounded-md border border-stone-300 px-4 py-2 font-medium hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
        >
          {t("preview")}
        </button>
      </div>
      {state.previewHtml !== undefined && (
        <section aria-labelledby="preview-heading" className="rounded-lg border border-dashed border-stone-300 p-4 dark:border-stone-700">
          <h2 id="preview-heading" className="mb-3 text-sm font-semibold uppercase tracking-wide text-stone-500 dark:text-stone-400">
            {t("previewHeading")}
          </h2>
          <p className="mb-2 text-2xl font-bold">{state.values?.title}</p>
          <div className="prose-body" dangerouslySetInnerHTML={{ __html: state.previewHtml }} />
        </section>
      )}
    </form>
  );
}
