"use client";
// A JSON-LD script whose text is in the HTML only, not in React's payload (lib/platform/render-handoff.ts).
import { takeOver } from "@/lib/platform/render-handoff";

/**
 * On the server, the text handed over under `handoff`. In the browser, hydration keeps the element the HTML already
 * has, so the same text is read back from it; a page the browser renders itself (after a client-side navigation)
 * gets no JSON-LD, which only search engines read, and they read the HTML.
 */
export function StructuredDataScript({ handoff }: { handoff: string }) {
  const json = typeof window === "undefined" ? takeOver(handoff) : document.querySelector(`script[data-handoff="${handoff}"]`)?.textContent;
  if (json === undefined || json === null) return null;
  return <script type="application/ld+json" data-handoff={handoff} dangerouslySetInnerHTML={{ __html: json }} />;
}
