// Turning a page rendered for one request into one that may be served to many: its nonce comes out, and its
// Content-Security-Policy names the SHA-256 of each inline script instead, so the page runs exactly the scripts it
// was rendered with and nothing injected into it.
import { createHash } from "node:crypto";

const NONCE_SOURCE = /'nonce-([A-Za-z0-9+/=_-]+)'/;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SRC_ATTRIBUTE = /\ssrc\s*=/i;
const TYPE_ATTRIBUTE = /\stype\s*=\s*["']?([^"'\s>]+)/i;
/** Script types a browser runs; JSON-LD and other data blocks are not scripts to the policy. */
const RUNNABLE_TYPES = new Set(["text/javascript", "application/javascript", "module"]);

/** The nonce a rendered response's policy names, or null. */
export function nonceOf(policy: string | undefined): string | null {
  return (policy && NONCE_SOURCE.exec(policy)?.[1]) || null;
}

/** `text` with every trace of `nonce` gone: `nonce="…"` attributes dropped, and any other mention emptied. */
export function withoutNonce(text: string, nonce: string): string {
  return text.replaceAll(`; nonce="${nonce}"`, "").replaceAll(` nonce="${nonce}"`, "").replaceAll(nonce, "");
}

/** The base64 SHA-256 of every inline script the browser would run, in document order, each once. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (SRC_ATTRIBUTE.test(attributes!)) continue;
    const type = TYPE_ATTRIBUTE.exec(attributes!)?.[1]?.toLowerCase();
    if (type && !RUNNABLE_TYPES.has(type)) continue;
    hashes.add(createHash("sha256").update(body!, "utf8").digest("base64"));
  }
  return [...hashes];
}
