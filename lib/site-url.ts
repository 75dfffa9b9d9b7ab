// The site's absolute origin, for the links that leave the site: feeds, sitemaps, robots.txt, structured data.
import "server-only";
import { configuredOrigin, localOrigin } from "./site-origin";

/** Where a request came from: the request itself, or only its headers (as next/headers gives them). */
export type RequestSource = Request | Pick<Headers, "get">;

// Only a host name (or [IPv6]) and port pass: the value ends up in XML and in caches, so nothing else may ride along.
const HOST_PATTERN = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;
const FORWARDED_PROTOCOLS = new Set(["http", "https"]);

/** The first value of a header that proxies may have appended to ("a, b"). */
function firstValue(headers: Pick<Headers, "get">, name: string): string | null {
  return headers.get(name)?.split(",")[0]?.trim() || null;
}

/**
 * The origin links should use, without a trailing slash: AUTH_URL when it is set (the only value a shared
 * cache can trust), otherwise what the proxy headers or the request itself say.
 */
export function siteOrigin(source: RequestSource): string {
  const configured = configuredOrigin();
  if (configured) return configured;
  const isRequest = source instanceof Request;
  const headers = isRequest ? source.headers : source;
  const requestUrl = isRequest ? new URL(source.url) : null;
  const forwardedProto = firstValue(headers, "x-forwarded-proto")?.toLowerCase();
  const proto = forwardedProto && FORWARDED_PROTOCOLS.has(forwardedProto) ? forwardedProto : requestUrl?.protocol.slice(0, -1) || "http";
  const host = [firstValue(headers, "x-forwarded-host"), firstValue(headers, "host"), requestUrl?.host].find(
    (candidate) => candidate && HOST_PATTERN.test(candidate),
  );
  return host ? `${proto}://${host}`.toLowerCase() : localOrigin();
}
