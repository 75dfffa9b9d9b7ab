"use client";
// With JavaScript, typing "@ab" in a writing box lists matching members below it (GET /api/members); the arrow keys
// move through the list, Enter or Tab picks, Escape closes, and focus never leaves the box. The box keeps its
// textbox role (a textarea may not be a combobox in HTML), and carries the combobox pattern's other parts:
// aria-autocomplete, aria-controls and aria-activedescendant pointing into a listbox. Without JavaScript, nothing.

import { useEffect, useRef, useState } from "react";

type Member = { username: string; name: string };
type Open = { query: string; start: number; members: Member[]; label: string; active: number };

/** "@" then up to 20 name characters, right before the caret, at the start or after a character no name has. */
const TYPED = /(?:^|[^\p{L}\p{Nd}_@.+-])@([\p{L}\p{Nd}_-]{2,20})$/u;
const DEBOUNCE_MS = 150;

export function MentionAutocomplete({ boxId }: { boxId: string }) {
  const [open, setOpen] = useState<Open | null>(null);
  const openRef = useRef(open);
  openRef.current = open;
  const listId = `${boxId}-mentions`;

  useEffect(() => {
    const box = document.getElementById(boxId) as HTMLTextAreaElement | null;
    if (!box) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let request: AbortController | undefined;

    const close = () => {
      request?.abort();
      setOpen(null);
    };
    const lookUp = () => {
      const before = box.value.slice(0, box.selectionStart ?? box.value.length);
      const typed = TYPED.exec(before);
      clearTimeout(timer);
      if (!typed) return close();
      const query = typed[1]!;
      const start = before.length - query.length - 1;
      timer = setTimeout(async () => {
        request?.abort();
        request = new AbortController();
        try {
          const answer = await fetch(`/api/members?q=${encodeURIComponent(query)}`, { signal: request.signal, credentials: "same-origin" });
          if (!answer.ok) return close();
          const { members, label } = (await answer.json()) as { members: Member[]; label: string };
          setOpen(members.length > 0 ? { query, start, members, label, active: 0 } : null);
        } catch {
          // Aborted by a newer keystroke, or offline: the box works as a plain box.
        }
      }, DEBOUNCE_MS);
    };
    const onKey = (event: KeyboardEvent) => {
      const current = openRef.current;
      if (!current) return;
      const count = current.members.length;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        const step = event.key === "ArrowDown" ? 1 : -1;
        setOpen({ ...current, active: (current.active + step + count) % count });
      } else if (event.key === "Enter" || event.key === "Tab") {
        event.preventDefault();
        pick(box, current, current.members[current.active]!);
        setOpen(null);
      } else if (event.key === "Escape") {
        event.preventDefault();
        close();
      }
    };
    const onBlur = () => setTimeout(close, 150);
    box.addEventListener("input", lookUp);
    box.addEventListener("keydown", onKey);
    box.addEventListener("blur", onBlur);
    return () => {
      clearTimeout(timer);
      request?.abort();
      box.removeEventListener("input", lookUp);
      box.removeEventListener("keydown", onKey);
      box.removeEventListener("blur", onBlur);
    };
  }, [boxId]);

  // The box's side of the pattern, kept in step with the list.
  useEffect(() => {
    const box = document.getElementById(boxId);
    if (!box) return;
    box.setAttribute("aria-autocomplete", "list");
    if (open) {
      box.setAttribute("aria-controls", listId);
      box.setAttribute("aria-activedescendant", `${listId}-${open.active}`);
    } else {
      box.removeAttribute("aria-controls");
      box.removeAttribute("aria-activedescendant");
    }
  }, [boxId, listId, open]);

  return (
    <>
      <div aria-live="polite" className="sr-only">
        {open ? open.label : ""}
      </div>
      {open && (
        <ul
          id={listId}
          role="listbox"
          aria-label={open.label}
          className="z-10 mt-1 max-h-64 w-full max-w-sm overflow-auto rounded-md border border-stone-300 bg-white text-sm shadow-lg dark:border-stone-700 dark:bg-stone-900"
        >
          {open.members.map((member, i) => (
            <li
              key={member.username}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === open.active}
              // mousedown, not click: it comes before the box's blur would close the list.
              onMouseDown={(event) => {
                event.preventDefault();
                const box = document.getElementById(boxId) as HTMLTextAreaElement | null;
                if (box) pick(box, open, member);
                setOpen(null);
              }}
              className={`cursor-pointer px-3 py-1.5 ${i === open.active ? "bg-stone-900 text-white dark:bg-stone-100 dark:text-stone-900" : ""}`}
            >
              @{member.username} <span className={i === open.active ? "" : "text-stone-600 dark:text-stone-300"}>{member.name}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Replaces the typed "@ab" with "@username " and tells the form (drafts, leave guard) that the text changed. */
function pick(box: HTMLTextAreaElement, open: Open, member: Member): void {
  const end = open.start + 1 + open.query.length;
  const insert = `@${member.username} `;
  box.setRangeText(insert, open.start, end, "end");
  box.dispatchEvent(new Event("input", { bubbles: true }));
  box.focus();
}
