"use client";
// Drafts of what a member types, kept in this browser (localStorage) until the write lands; ./leave-guard.ts warns
// before a page whose boxes hold unsent text is left.

import { type RefObject, useEffect, useMemo, useRef, useState } from "react";
import { watchUnsent } from "./leave-guard";

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
    const unwatch = watchUnsent(differs, warning);
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
