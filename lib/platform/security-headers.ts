// The Content-Security-Policy and the check that refuses forged cross-site writes, applied by proxy.ts.
import { configuredOrigin } from "./site-origin";

/**
 * Which scripts may run: a page rendered for one request carries that request's nonce; a page stored by the visitor
 * page cache, served to many, names the SHA-256 of each of its inline scripts instead, since a nonce sent twice is
 * no secret. Script files come from this site either way.
 */
export type ScriptSources = { nonce: string } | { hashes: readonly string[] };

function scriptSrc(scripts: ScriptSources): string {
  if ("nonce" in scripts) return `script-src 'self' 'nonce-${scripts.nonce}' 'strict-dynamic'`;
  return ["script-src 'self'", ...scripts.hashes.map((hash) => `'sha256-${hash}'`)].join(" ");
}

/** A strict policy: scripts only from this site, inline ones only by nonce or hash; no framing; no plugins. */
export function contentSecurityPolicy(scripts: ScriptSources, https: boolean): string {
  return [
    "default-src 'self'",
    scriptSrc(scripts),
    // Inline style attributes (a reply's indentation) are harmless; scripts are what the policy guards.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' https: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Proxies in front of Rapport whose forwarded headers are trusted; 0 means clients connect directly. */
const trustedProxies = () => Number(process.env.RAPPORT_TRUSTED_PROXIES || 0);

/**
 * A write (POST) from another site: a foreign or "null" Origin, or a browser saying the request is
 * cross-site. Requests without either header (curl, server-to-server) are not browsers being tricked.
 * The Origin must name the configured site, or the host the browser asked for: the Host header from a direct
 * client, X-Forwarded-Host only when a trusted proxy wrote it (anyone else can write it too).
 */
export function isCrossSiteWrite(method: string, headers: Pick<Headers, "get">, proxies = trustedProxies()): boolean {
  if (method !== "POST" && method !== "PUT" && method !== "PATCH" && method !== "DELETE") return false;
  if (headers.get("sec-fetch-site") === "cross-site") return true;
  const origin = headers.get("origin");
  if (origin === null) return false;
  if (origin === "null") return true;
  try {
    const host = new URL(origin).host;
    const asked = (proxies > 0 ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : null) || headers.get("host");
    const configured = configuredOrigin();
    return host !== asked && (configured === null || host !== new URL(configured).host);
  } catch {
    return true;
  }
}

/** The largest request body a form may send: a 50,000-character post in UTF-8 with room to spare. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** The addresses that take more: an image upload or a member's picture (MAX_UPLOAD_BYTES in lib/limits.ts) with its form's framing. */
export const UPLOAD_PATHS: readonly string[] = ["/media/upload", "/media/avatar"];
export const MAX_UPLOAD_REQUEST_BYTES = 11 * 1024 * 1024;

/** The body limit of a request to `path`. */
export function maxBodyBytes(method: string | undefined, path: string): number {
  return method === "POST" && UPLOAD_PATHS.includes(path) ? MAX_UPLOAD_REQUEST_BYTES : MAX_BODY_BYTES;
}

/** A body too large for any form, judged by its declared length before a byte of it is read. */
export function isOversizedBody(headers: Pick<Headers, "get">, method = "POST", path = "/"): boolean {
  const length = Number(headers.get("content-length"));
  return Number.isFinite(length) && length > maxBodyBytes(method, path);
}
