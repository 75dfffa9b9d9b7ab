// Text that reaches the browser once, in the HTML, instead of twice. Whatever a server component renders is also
// written into React's payload (the inline `self.__next_f` scripts), which the browser needs only for what it may
// render again. A thread's JSON-LD is for search engines, which read the HTML: the server component hands the text
// over here, passes the client component only the key, and the client component writes the text into the HTML while
// Next.js renders that HTML from the payload in the same process. In the browser there is nothing to hand over.
// Only process-wide.ts, which imports nothing, so the client component's browser bundle can load it.
import { processWide } from "./process-wide";

/** An entry is read milliseconds after it is made (the HTML is rendered as the payload streams); these are backstops. */
const LIFETIME_MS = 60_000;
const MAX_ENTRIES = 1_000;

type Entry = { text: string; madeAt: number };

/** The entries of this process: the server component and the client component are bundled apart. */
const entries = () => processWide("__rapportRenderHandoff", () => new Map<string, Entry>());

/** Keeps `text` for the HTML render of this request and returns its key, the only part that goes into the payload. */
export function handOver(text: string, now = Date.now()): string {
  const kept = entries();
  // Oldest first: a Map iterates in insertion order.
  for (const [key, entry] of kept) {
    if (now - entry.madeAt < LIFETIME_MS && kept.size < MAX_ENTRIES) break;
    kept.delete(key);
  }
  const key = crypto.randomUUID();
  kept.set(key, { text, madeAt: now });
  return key;
}

/** The text handed over under `key`, on the server; undefined in the browser, or once the entry has gone. */
export function takeOver(key: string): string | undefined {
  return entries().get(key)?.text;
}
