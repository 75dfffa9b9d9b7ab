"use client";
// A link that opens its form right after it with JavaScript (no request, focus in the form; again, Escape or Cancel
// closes it), and without JavaScript loads the page that shows the form, as before.

import { createContext, type MouseEvent, type ReactNode, useEffect, useRef, useState } from "react";

/** Closes the form opened in place around it: what Cancel does there (./cancel-link.tsx). */
export const CloseInPlace = createContext<(() => void) | null>(null);

const FOCUSABLE = "textarea, input[type=radio], input:not([type=hidden]):not([tabindex='-1']), button[type=submit]";

export function OpenInPlace({ href, label, children }: { href: string; label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const link = useRef<HTMLAnchorElement>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) box.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    link.current?.focus();
  };
  const toggle = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    setOpen((shown) => !shown);
  };
  return (
    <>
      <a ref={link} href={href} onClick={toggle} aria-expanded={open}>
        {label}
      </a>
      {open && (
        <div ref={box} className="basis-full" onKeyDown={(event) => event.key === "Escape" && close()}>
          <CloseInPlace.Provider value={close}>{children}</CloseInPlace.Provider>
        </div>
      )}
    </>
  );
}
