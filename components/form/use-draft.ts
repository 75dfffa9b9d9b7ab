"use client";
// Drafts of what a member types, kept in this browser (localStorage) until the write lands, and a warning before a
// page whose boxes hold unsent text is left, by reload or address (beforeunload) or by a link on the site.

import { type RefObject, useEffect, useMemo, useRef, useState } from "react";

const PREFIX = "rapport:draft:";
/** Typing is saved this long after the last key, and at once when the box closes. */
const SAVE_DELAY_MS = 400;

type Fields = Record<string, string>;

/** A comment box's draft place: per thread and parent (a new comment, a reply), or the comment being edited. */
export function commentDraftKey(hidden: Record<string, string | undefined>): string {
  return hidden.commentId ? `comment:${hidden.commentId}:edit` : `thread:${hidden.postId}:${hidden.parentId ?? "new"}`;
}

/** A post editor's draft place: the post being edited, or a new post in its board. */
export const postDraftKey = (hidden: Record<string, string | undefined>) => (hidden.postId ? `post:${hidden.postId}:edit` : `board:${hidden.board}:new-post`);

const read = (key: string): Fields | null => {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as Fields) : null;
  } catch {
    return null;
  }
};
/** Whether this browser holds a draft under `key`. */
export const hasDraft = (key: string) => read(key) !== null;

const write = (key: string, fields: Fields | null) => {
  try {
    if (fields) localStorage.setItem(PREFIX + key, JSON.stringify(fields));
    else localStorage.removeItem(PREFIX + key);
  } catch {
    // A full or refused storage loses the draft, never the text in the box.
  }
};

/** The boxes on the page with unsent text, each as a check of whether it still differs from what was published. */
const unsent = new Set<() => boolean>();
let leaveWarning = "";
/** Set once the member agreed to leave by a link, so the unload that may follow does not ask again. */
let agreedToLeave = false;
const anyUnsent = () => [...unsent].some((differs) => differs());

function onBeforeUnload(event: BeforeUnloadEvent) {
  if (agreedToLeave || !anyUnsent()) return;
  event.preventDefault();
  event.returnValue = "";
}

/**
 * A link to another page (the router would swap it without an unload): ask first. Links within the page (a comment
 * page, a form in place) keep every box; a link that does load a page anew meets beforeunload as well, once.
 */
function onLinkClick(event: MouseEvent) {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
  if (!link || link.target === "_blank" || link.hasAttribute("download")) return;
  const to = new URL(link.href, location.href);
  if (to.origin !== location.origin || to.pathname === location.pathname || !anyUnsent()) return;
  if (window.confirm(leaveWarning)) {
    agreedToLeave = true;
    setTimeout(() => (agreedToLeave = false), 1_000);
    return;
  }
  event.preventDefault();
  event.stopPropagation();
}

function watch(differs: () => boolean, warning: string): () => void {
  if (unsent.size === 0) {
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("click", onLinkClick, true);
  }
  unsent.add(differs);
  leaveWarning = warning;
  return () => {
    unsent.delete(differs);
    if (unsent.size > 0) return;
    window.removeEventListener("beforeunload", onBeforeUnload);
    window.removeEventListener("click", onLinkClick, true);
  };
}

type Draft = {
  /** Whether the box was filled from a draft when it opened. */
  restored: boolean;
  /** The write landed: forget the draft, and the box no longer counts as unsent. */
  clear: () => void;
  /** The form was sent to publish: if it goes away before an answer comes back, the write landed elsewhere. */
  sent: (isSent: boolean) => void;
};

/**
 * Keeps the form's named fields (`published` names them, with what is already published in each) as a draft under
 * `key`: restored into untouched fields on mount, saved as the member types, forgotten once equal to what is published.
 */
export function useDraft(form: RefObject<HTMLFormElement | null>, key: string, published: Fields, warning: string): Draft {
  const [restored, setRestored] = useState(false);
  const state = useRef({ cleared: false, sent: false, published });
  const names = Object.keys(published).join(",");

  useEffect(() => {
    const element = form.current;
    if (!element) return;
    const field = (name: string) => element.elements.namedItem(name) as HTMLTextAreaElement | HTMLInputElement | null;
    const values = () => Object.fromEntries(names.split(",").map((name) => [name, field(name)?.value ?? ""]));
    const differs = () => !state.current.cleared && names.split(",").some((name) => (field(name)?.value ?? "").trim() !== (state.current.published[name] ?? "").trim());
    const draft = read(key);
    if (draft && names.split(",").some((name) => draft[name] !== undefined && draft[name] !== state.current.published[name])) {
      for (const name of names.split(",")) {
        const box = field(name);
        if (box && draft[name] !== undefined && box.value === (state.current.published[name] ?? "")) box.value = draft[name];
      }
      setRestored(true);
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      timer = undefined;
      if (state.current.cleared) return;
      write(key, differs() ? values() : null);
    };
    const onInput = () => {
      state.current.cleared = false;
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_DELAY_MS);
    };
    element.addEventListener("input", onInput);
    const unwatch = watch(differs, warning);
    return () => {
      element.removeEventListener("input", onInput);
      unwatch();
      clearTimeout(timer);
      if (state.current.sent) write(key, null);
      else if (timer !== undefined || differs()) save();
    };
  }, [form, key, names, warning]);

  const actions = useMemo(
    () => ({
      clear: () => {
        state.current.cleared = true;
        write(key, null);
      },
      sent: (isSent: boolean) => {
        state.current.sent = isSent;
      },
    }),
    [key],
  );
  return { restored, ...actions };
}
