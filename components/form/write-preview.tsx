"use client";
// The Write/Preview tabs over a Markdown box: Preview shows the text as the server would publish it, without a reload.
// Drawn only once the script runs; without JavaScript the box stands alone (the post editor keeps its Preview button).

import { type ReactNode, useEffect, useState } from "react";
import { previewWriting } from "@/app/b/[board]/preview-actions";
import { type ComposerLabels, type ComposerStatus, ComposerStatusLine, ComposerTools } from "./composer-tools";

export type PreviewLabels = { write: string; preview: string; previewEmpty: string; previewLoading: string };

/** `tools`: the formatting toolbar and image uploads over the box (./composer-tools.tsx), drawn with JavaScript only. */
type Props = { boxId: string; kind: "post" | "comment"; labels: PreviewLabels; tools?: ComposerLabels; children: ReactNode };

type Shown = { html: string } | { error: string } | "loading" | null;

const TAB = "rounded-t-md border border-b-0 px-3 py-1 text-sm aria-selected:bg-white aria-selected:font-semibold dark:aria-selected:bg-stone-900 border-stone-300 dark:border-stone-700";

export function WritePreview({ boxId, kind, labels, tools, children }: Props) {
  const [enhanced, setEnhanced] = useState(false);
  const [status, setStatus] = useState<ComposerStatus>(null);
  const [previewing, setPreviewing] = useState(false);
  const [shown, setShown] = useState<Shown>(null);
  useEffect(() => setEnhanced(true), []);

  async function showPreview() {
    setPreviewing(true);
    const box = document.getElementById(boxId) as HTMLTextAreaElement | null;
    const body = box?.value ?? "";
    if (body.trim() === "") return setShown({ error: labels.previewEmpty });
    setShown("loading");
    const form = new FormData();
    form.set("body", body);
    form.set("kind", kind);
    const answer = await previewWriting({}, form);
    setShown(answer.previewHtml !== undefined ? { html: answer.previewHtml } : { error: answer.errors?.body ?? answer.message ?? "" });
  }

  function showWrite() {
    setPreviewing(false);
    requestAnimationFrame(() => document.getElementById(boxId)?.focus());
  }

  // The same elements around the box before and after the script runs, so the box is never drawn anew.
  return (
    <div>
      {enhanced && (
        <div role="tablist" className="flex gap-1">
          <button type="button" role="tab" id={`${boxId}-write`} aria-selected={!previewing} aria-controls={`${boxId}-write-panel`} onClick={showWrite} className={TAB}>
            {labels.write}
          </button>
          <button type="button" role="tab" id={`${boxId}-preview`} aria-selected={previewing} aria-controls={`${boxId}-preview-panel`} onClick={showPreview} className={TAB}>
            {labels.preview}
          </button>
        </div>
      )}
      {/* The box stays in the form while hidden, so what was typed is sent and kept. */}
      <div role={enhanced ? "tabpanel" : undefined} id={`${boxId}-write-panel`} aria-labelledby={enhanced ? `${boxId}-write` : undefined} hidden={previewing}>
        {enhanced && tools && <ComposerTools boxId={boxId} labels={tools} setStatus={setStatus} />}
        {children}
        {enhanced && tools && <ComposerStatusLine status={status} />}
        {tools && (
          <noscript>
            <a href="/upload" target="_blank" className="text-sm underline">
              {tools.uploadLink}
            </a>
          </noscript>
        )}
      </div>
      {enhanced && (
        <div role="tabpanel" id={`${boxId}-preview-panel`} aria-labelledby={`${boxId}-preview`} hidden={!previewing} className="min-h-24 rounded-md border border-stone-300 px-3 py-2 dark:border-stone-700">
          {shown === "loading" || shown === null ? (
            <p className="text-sm text-stone-500 dark:text-stone-400">{labels.previewLoading}</p>
          ) : "html" in shown ? (
            <div className="prose-body" dangerouslySetInnerHTML={{ __html: shown.html }} />
          ) : (
            <p className="text-sm font-medium text-red-700 dark:text-red-400">{shown.error}</p>
          )}
        </div>
      )}
    </div>
  );
}
