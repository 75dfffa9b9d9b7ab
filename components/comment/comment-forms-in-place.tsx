"use client";
// A member's comment list (server HTML, ./comment-html.ts) whose Reply, Edit, Delete, Report and Moderate links open
// their form in place: no request, focus in the new form, every other box left as it was. Without JavaScript the
// links load the page with the form open (comment-thread.tsx), as before.

import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import { createPortal } from "react-dom";
import { hasDraft, commentDraftKey } from "@/components/form/use-draft";
import { applyEdit } from "@/components/form/composer-tools";
import { insertBlock, quoteOf } from "@/components/form/markdown-edit";
import { FORM_KINDS, type FormKind, type InPlaceLabels, InPlaceForm, type OpenForm, type ThreadPlace } from "./in-place-form";

type Props = { html: string; className: string; place: ThreadPlace; labels: InPlaceLabels };

const keyOf = (form: Pick<OpenForm, "kind" | "id">) => `${form.kind}:${form.id}`;
const FOCUSABLE = "textarea, input[type=radio], button[type=submit]";

/** A reply's one-time key, made in the browser (crypto.randomUUID needs a secure context; this does not). */
function randomKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Which form a control link opens, or null for any other link (or one the script cannot open, say an edit without its source). */
function formOf(link: HTMLAnchorElement, place: ThreadPlace): { kind: FormKind; id: number } | null {
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || url.pathname !== location.pathname) return null;
  const kind = FORM_KINDS.find((name) => url.searchParams.has(name));
  const id = kind ? Number(url.searchParams.get(kind)) : NaN;
  if (!kind || !Number.isSafeInteger(id) || (kind === "edit" && !(id in place.editSources))) return null;
  return { kind, id };
}

/** Text selected inside one comment's body, and where to show its Quote button (below the selection, in the list's box). */
type Selected = { id: number; text: string; top: number; left: number };

/** The comment whose body holds the whole selection, or null. */
function selectionInComment(list: HTMLElement): Omit<Selected, "top" | "left"> & { range: Range } | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const text = selection.toString();
  if (text.trim() === "") return null;
  const bodyOf = (node: Node | null) => (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>("li[id^='comment-'] > article > .prose-body");
  const body = bodyOf(selection.anchorNode);
  if (!body || body !== bodyOf(selection.focusNode) || !list.contains(body)) return null;
  const id = Number(body.closest("li")!.id.slice("comment-".length));
  return Number.isSafeInteger(id) ? { id, text, range: selection.getRangeAt(0) } : null;
}

export function CommentFormsInPlace({ html, className, place, labels }: Props) {
  const list = useRef<HTMLOListElement>(null);
  const slots = useRef(new Map<string, HTMLDivElement>());
  const sent = useRef(new Set<string>());
  const focusNext = useRef<string | null>(null);
  const shownHtml = useRef(html);
  const reopened = useRef(false);
  const [open, setOpen] = useState<OpenForm[]>([]);
  const [selected, setSelected] = useState<Selected | null>(null);

  const controlLink = (kind: FormKind, id: number) => list.current?.querySelector<HTMLAnchorElement>(`#comment-${id} footer a[href*="${kind}=${id}#"]`);
  const close = (key: string, refocus = true) => {
    setOpen((forms) => forms.filter((form) => keyOf(form) !== key));
    const [kind, id] = key.split(":");
    if (refocus) controlLink(kind as FormKind, Number(id))?.focus();
  };

  /** The element a form is drawn into: made once, and moved back into its comment when the list is drawn anew. */
  const slotOf = (form: OpenForm) => {
    let slot = slots.current.get(keyOf(form));
    if (!slot) {
      slot = document.createElement("div");
      slot.className = form.kind === "reply" ? "mt-4 scroll-mt-4" : "";
      if (form.kind === "reply") slot.id = `reply-${form.id}`;
      slots.current.set(keyOf(form), slot);
    }
    return slot;
  };

  // Forms whose write went through close once the list comes back with it.
  useLayoutEffect(() => {
    if (shownHtml.current === html) return;
    shownHtml.current = html;
    if (sent.current.size === 0) return;
    const done = new Set(sent.current);
    sent.current.clear();
    setOpen((forms) => forms.filter((form) => !done.has(keyOf(form))));
  }, [html]);

  // Each open form's slot sits in its comment (an edit in place of the text); closed forms' slots go away.
  useLayoutEffect(() => {
    const wanted = new Set(open.map(keyOf));
    for (const [key, slot] of slots.current) {
      if (wanted.has(key)) continue;
      if (key.startsWith("edit:")) slot.parentElement?.querySelector<HTMLElement>(":scope > .prose-body")?.removeAttribute("hidden");
      slot.remove();
      slots.current.delete(key);
    }
    for (const form of open) {
      const article = list.current?.querySelector<HTMLElement>(`#comment-${form.id} > article`);
      const slot = slots.current.get(keyOf(form));
      if (!article || !slot || slot.parentElement === article) continue;
      const body = article.querySelector<HTMLElement>(":scope > .prose-body");
      if (form.kind === "edit" && body) {
        body.hidden = true;
        body.after(slot);
      } else article.append(slot);
    }
    if (focusNext.current) slots.current.get(focusNext.current)?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    focusNext.current = null;
  }, [open, html]);

  // Back on the page: reply and edit boxes with a draft in this browser open again, holding it.
  useEffect(() => {
    if (reopened.current) return;
    reopened.current = true;
    const links = list.current?.querySelectorAll<HTMLAnchorElement>("footer a[href]") ?? [];
    const drafted = [...links].map((link) => formOf(link, place)).filter((form): form is { kind: FormKind; id: number } => {
      if (form?.kind === "reply") return hasDraft(commentDraftKey({ postId: place.postId, parentId: String(form.id) }));
      return form?.kind === "edit" && hasDraft(commentDraftKey({ commentId: String(form.id) }));
    });
    if (drafted.length === 0) return;
    setOpen((forms) => [...forms, ...drafted.filter((form) => !forms.some((shown) => keyOf(shown) === keyOf(form))).map((form) => ({ ...form, submissionKey: randomKey() }))]);
  }, [place]);

  // A selection inside a comment that the reader may reply to gets a Quote button beside it.
  useEffect(() => {
    const onSelection = () => {
      const found = list.current && selectionInComment(list.current);
      const wrapper = list.current?.parentElement;
      if (!found || !wrapper || !controlLink("reply", found.id)) return setSelected(null);
      const box = found.range.getBoundingClientRect();
      const origin = wrapper.getBoundingClientRect();
      setSelected({ id: found.id, text: found.text, top: box.bottom - origin.top + 4, left: Math.max(0, box.left - origin.left) });
    };
    document.addEventListener("selectionchange", onSelection);
    return () => document.removeEventListener("selectionchange", onSelection);
  }, []);

  /** The selection, quoted with a link to its comment, goes into the reply box: the open one, or a new one holding it. */
  function quote(chosen: Selected) {
    const text = `${quoteOf(chosen.text, chosen.id, labels.quoteSource.replace("{id}", String(chosen.id)))}`;
    setSelected(null);
    const key = keyOf({ kind: "reply", id: chosen.id });
    const box = slots.current.get(key)?.querySelector("textarea");
    if (box) return applyEdit(box, insertBlock(box.value, box.selectionStart, box.selectionEnd, text));
    focusNext.current = key;
    setOpen((forms) => [...forms, { kind: "reply", id: chosen.id, submissionKey: randomKey(), initialBody: `${text}\n\n` }]);
  }

  function onClick(event: MouseEvent<HTMLDivElement>) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest?.<HTMLAnchorElement>("footer a[href]");
    const asked = link && list.current?.contains(link) ? formOf(link, place) : null;
    if (!asked) return;
    event.preventDefault();
    const key = keyOf(asked);
    const slot = slots.current.get(key);
    if (!slot) {
      focusNext.current = key;
      setOpen((forms) => [...forms, { ...asked, submissionKey: randomKey() }]);
      return;
    }
    // Asked again: back into a box holding text, otherwise closed.
    const box = slot.querySelector("textarea");
    if (box && box.value.trim() !== "") box.focus();
    else close(key);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== "Escape") return;
    const key = [...slots.current].find(([, slot]) => slot.contains(event.target as Node))?.[0];
    if (key) close(key);
  }

  // A reply or edit closes once it landed (a refused one stays open with its text); the other forms answer a success by
  // drawing the page again, so they close once sent.
  function onSubmit(event: { target: EventTarget }) {
    const key = [...slots.current].find(([, slot]) => slot.contains(event.target as Node))?.[0];
    if (key && !key.startsWith("reply:") && !key.startsWith("edit:")) sent.current.add(key);
  }

  const authorOf = (id: number) => list.current?.querySelector(`#comment-${id} > article > header a`)?.textContent ?? "";
  return (
    <div onClick={onClick} onKeyDown={onKeyDown} onSubmit={onSubmit} className="relative">
      <ol ref={list} className={className} dangerouslySetInnerHTML={{ __html: html }} />
      {selected && (
        <button
          type="button"
          // Pressing it must not clear the selection it quotes before the click lands.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => quote(selected)}
          style={{ top: selected.top, left: selected.left }}
          className="absolute z-10 rounded-md border border-stone-300 bg-white px-3 py-1 text-sm font-medium shadow dark:border-stone-600 dark:bg-stone-800"
        >
          {labels.quoteSelection}
        </button>
      )}
      {open.map((form) =>
        createPortal(<InPlaceForm form={form} author={authorOf(form.id)} place={place} labels={labels} close={() => close(keyOf(form))} landed={() => sent.current.add(keyOf(form))} />, slotOf(form), keyOf(form)),
      )}
    </div>
  );
}
