"use client";
// The formatting toolbar over a Markdown box, and images added by button, drag and drop or paste, uploaded with a
// progress line and written into the text as Markdown. Only with JavaScript: without it members type Markdown and
// upload on /upload (the link WritePreview shows instead).

import { useEffect, useRef } from "react";
import { MAX_UPLOAD_BYTES, UPLOAD_ACCEPT } from "@/lib/limits";
import { type Format, formatMarkdown, insertBlock, type MarkdownEdit } from "./markdown-edit";
import { uploadImage } from "./upload-image";

/** Every word of the toolbar ("composer2" in the catalogue), translated before it gets here. */
export type ComposerLabels = {
  toolbar: string;
  bold: string;
  italic: string;
  link: string;
  quote: string;
  code: string;
  list: string;
  image: string;
  boldSample: string;
  italicSample: string;
  linkSample: string;
  codeSample: string;
  uploading: string;
  uploaded: string;
  uploadFailed: string;
  fileTooLarge: string;
  uploadLink: string;
};

const SHORTCUTS: Partial<Record<string, Format>> = { b: "bold", i: "italic", k: "link" };
const BUTTONS: { format: Format; glyph: string; key?: string; className?: string }[] = [
  { format: "bold", glyph: "B", key: "B", className: "font-bold" },
  { format: "italic", glyph: "I", key: "I", className: "italic font-serif" },
  { format: "link", glyph: "🔗", key: "K" },
  { format: "quote", glyph: "❝" },
  { format: "code", glyph: "</>", className: "font-mono text-xs" },
  { format: "list", glyph: "•≡" },
];
const BUTTON = "min-w-8 rounded px-2 py-1 text-sm text-stone-800 hover:bg-stone-200 dark:text-stone-100 dark:hover:bg-stone-700";

/** Applies an edit through the browser's own editing when it can, so Undo works; tells the draft either way. */
export function applyEdit(box: HTMLTextAreaElement, edit: MarkdownEdit): void {
  box.focus();
  box.setSelectionRange(edit.from, edit.to);
  const undoable = edit.insert !== "" && document.execCommand?.("insertText", false, edit.insert);
  if (!undoable) {
    box.setRangeText(edit.insert, edit.from, edit.to, "end");
    box.dispatchEvent(new Event("input", { bubbles: true }));
  }
  box.setSelectionRange(edit.selectStart, edit.selectEnd);
}

const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));
const imagesOf = (files: FileList | null | undefined) => [...(files ?? [])].filter((file) => file.type.startsWith("image/"));

/** What the line under the box says: an upload's progress, its result, or why it failed. */
export type ComposerStatus = { text: string; error?: boolean } | null;

type Props = { boxId: string; labels: ComposerLabels; setStatus: (status: ComposerStatus) => void };

export function ComposerTools({ boxId, labels, setStatus }: Props) {
  const picker = useRef<HTMLInputElement>(null);
  const labelsRef = useRef(labels);
  labelsRef.current = labels;

  const box = () => document.getElementById(boxId) as HTMLTextAreaElement | null;
  const samples = { bold: labels.boldSample, italic: labels.italicSample, link: labels.linkSample, code: labels.codeSample };

  function format(kind: Format) {
    const target = box();
    if (target) applyEdit(target, formatMarkdown(kind, target.value, target.selectionStart, target.selectionEnd, samples));
  }

  const uploadRef = useRef<(files: File[]) => Promise<void>>(async () => {});
  uploadRef.current = async (files: File[]) => {
    const words = labelsRef.current;
    for (const file of files) {
      const name = file.name || "image";
      if (file.size > MAX_UPLOAD_BYTES) {
        setStatus({ text: fill(words.fileTooLarge, { megabytes: MAX_UPLOAD_BYTES / 1024 / 1024 }), error: true });
        continue;
      }
      setStatus({ text: fill(words.uploading, { name, percent: 0 }) });
      const answer = await uploadImage(file, (percent) => setStatus({ text: fill(words.uploading, { name, percent }) }), words.uploadFailed);
      const target = box();
      if (!answer.ok || !target) {
        setStatus({ text: answer.ok ? words.uploadFailed : answer.error, error: true });
        continue;
      }
      applyEdit(target, insertBlock(target.value, target.selectionStart, target.selectionEnd, answer.markdown));
      setStatus({ text: fill(words.uploaded, { name }) });
    }
  };

  // Shortcuts, drops and pastes on the box itself: the box is the page's, drawn before this script ran.
  useEffect(() => {
    const target = document.getElementById(boxId) as HTMLTextAreaElement | null;
    if (!target) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const kind = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey ? SHORTCUTS[event.key.toLowerCase()] : undefined;
      if (!kind) return;
      event.preventDefault();
      applyEdit(target, formatMarkdown(kind, target.value, target.selectionStart, target.selectionEnd, { bold: labelsRef.current.boldSample, italic: labelsRef.current.italicSample, link: labelsRef.current.linkSample, code: labelsRef.current.codeSample }));
    };
    const onPaste = (event: ClipboardEvent) => {
      const images = imagesOf(event.clipboardData?.files);
      if (images.length === 0) return; // text pastes as text
      event.preventDefault();
      void uploadRef.current(images);
    };
    const onDragOver = (event: DragEvent) => {
      if ([...(event.dataTransfer?.types ?? [])].includes("Files")) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const images = imagesOf(event.dataTransfer?.files);
      if (images.length === 0) return;
      event.preventDefault();
      const at = document.caretPositionFromPoint?.(event.clientX, event.clientY);
      if (at && at.offsetNode === target) target.setSelectionRange(at.offset, at.offset);
      void uploadRef.current(images);
    };
    target.addEventListener("keydown", onKeyDown);
    target.addEventListener("paste", onPaste);
    target.addEventListener("dragover", onDragOver);
    target.addEventListener("drop", onDrop);
    return () => {
      target.removeEventListener("keydown", onKeyDown);
      target.removeEventListener("paste", onPaste);
      target.removeEventListener("dragover", onDragOver);
      target.removeEventListener("drop", onDrop);
    };
  }, [boxId]);

  return (
    <div role="toolbar" aria-label={labels.toolbar} aria-controls={boxId} className="flex flex-wrap items-center gap-0.5 rounded-t-md border border-b-0 border-stone-300 bg-stone-50 px-1 py-0.5 dark:border-stone-700 dark:bg-stone-800">
      {BUTTONS.map(({ format: kind, glyph, key, className }) => (
        <button
          key={kind}
          type="button"
          aria-label={labels[kind]}
          title={key ? `${labels[kind]} (Ctrl+${key})` : labels[kind]}
          aria-keyshortcuts={key ? `Control+${key} Meta+${key}` : undefined}
          onClick={() => format(kind)}
          className={`${BUTTON} ${className ?? ""}`}
        >
          <span aria-hidden="true">{glyph}</span>
        </button>
      ))}
      <button type="button" aria-label={labels.image} title={labels.image} onClick={() => picker.current?.click()} className={BUTTON}>
        <span aria-hidden="true">🖼</span>
      </button>
      <input
        ref={picker}
        type="file"
        accept={UPLOAD_ACCEPT}
        multiple
        hidden
        tabIndex={-1}
        onChange={(event) => {
          void uploadRef.current(imagesOf(event.currentTarget.files));
          event.currentTarget.value = "";
        }}
      />
    </div>
  );
}

/** The line under the box: polite, so progress is announced without interrupting. */
export function ComposerStatusLine({ status }: { status: ComposerStatus }) {
  return (
    <p aria-live="polite" className={`min-h-5 text-sm ${status?.error ? "font-medium text-red-700 dark:text-red-400" : "text-stone-600 dark:text-stone-300"}`}>
      {status?.text}
    </p>
  );
}
