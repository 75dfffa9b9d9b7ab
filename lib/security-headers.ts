// The Content-Security-Policy and the check that refuses forged cross-site writes, applied by proxy.ts.

/** A strict policy: scripts only from this site with the request's nonce; no framing; no plugins. */
export function contentSecurityPolicy(nonce: string, https: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
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

/**
 * A write (POST) from another site: a foreign or "null" Origin, or a browser saying the request is
 * cross-site. Requests without either header (curl, server-to-server) are not browsers being tricked.
 */
export function isCrossSiteWrite(method: string, headers: Pick<Headers, "get">): boolean {
  if (method !== "POST" && method !== "PUT" && method !== "PATCH" && method !== "DELETE") return false;
  if (headers.get("sec-fetch-site") === "cross-site") return true;
  const origin = headers.get("origin");
  if (origin === null) return false;
  if (origin === "null") return true;
  try {
    return new URL(origin).host !== (headers.get("x-forwarded-host") ?? headers.get("host"));
  } catch {
    return true;
  }
}

/** The largest request body a form may send: a 50,000-character post in UTF-8 with room to spare. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** A body too large for any form, judged by its declared length before a byte of it is read. */
export function isOversizedBody(headers: Pick<Headers, "get">): boolean {
  const length = Number(headers.get("content-length"));
  return Number.isFinite(length) && length > MAX_BODY_BYTES;
}
