// Text that reaches the browser once, in the HTML, instead of twice. Whatever a server component renders is also
// written into React's payload (the inline `self.__next_f` scripts), which the browser needs only for what it may
// render again. A thread's JSON-LD is for search engines, which read the HTML: the server component hands the text
// over here, passes the client component only the key, and the client component writes the text into the HTML while
// Next.js renders that HTML from the payload in the same process. In the browser there is nothing to hand over.
// No imports, so the client component's browser bundle can load it.

/** An entry is read milliseconds after it is made (the HTML is rendered as the payload streams); these are backstops. */
const LIFETIME_MS = 60_000;
const MAX_ENTRIES = 1_000;

type Entry = { text: string; madeAt: number };

const holder = globalThis as typeof globalThis & { __rapportRenderHandoff?: Map<string, Entry> };

/** Keeps `text` for the HTML render of this request and returns its key, the only part that goes into the payload. */
export function handOver(text: string, now = Date.now()): string {
  const entries = (holder.__rapportRenderHandoff ??= new Map());
  // Oldest first: a Map iterates in insertion order.
  for (const [key, entry] of entries) {
    if (now - entry.madeAt < LIFETIME_MS && entries.size < MAX_ENTRIES) break;
    entries.delete(key);
  }
  const key = crypto.randomUUID();
  entries.set(key, { text, madeAt: now });
  return key;
}

/** The text handed over under `key`, on the server; undefined in the browser, or once the entry has gone. */
export function takeOver(key: string): string | undefined {
  return holder.__rapportRenderHandoff?.get(key)?.text;
}
