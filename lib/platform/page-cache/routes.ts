// Which requests the visitor page cache answers, and the key each is stored under. A key holds only what the page
// itself reads: its path, the query parameters it uses, the reader's language, and the theme they picked. Nothing else a client sends
// (Host, X-Forwarded-*, other parameters) reaches a stored page, so nobody can plant a page for others.
import { LOCALE_PARAM } from "../../i18n/alternates";
import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "../../i18n/config";
import { chosenTheme, THEME_COOKIE, type ChosenTheme } from "../../accounts/preference-cookies";
import { PAGE_TAGS } from "./expiry";

/** The query parameters each cached page reads, and the values they may take (anything else is not cached). */
const NUMBER = /^[1-9]\d{0,5}$/;
const PARAM_VALUES: Record<string, RegExp> = { page: NUMBER, cpage: NUMBER, tab: /^[a-z]{1,16}$/, sort: /^(?:activity|latest|views|recommended)$/ };

/** `tags` gets the path's captured parts, decoded. */
type Route = { pattern: RegExp; params: readonly string[]; tags: (parts: string[]) => string[] };

const lists = () => [PAGE_TAGS.lists];
const ROUTES: readonly Route[] = [
  { pattern: /^\/$/, params: [], tags: lists },
  { pattern: /^\/b\/([^/]+)$/, params: ["page", "sort"], tags: ([slug]) => [PAGE_TAGS.board(slug!)] },
  // A thread page also carries its board's tag: a table-style board lists its page of threads under each thread.
  { pattern: /^\/b\/([^/]+)\/([1-9]\d{0,15})$/, params: ["cpage"], tags: ([slug, postId]) => [PAGE_TAGS.thread(Number(postId)), PAGE_TAGS.board(slug!)] },
  { pattern: /^\/b\/([^/]+)\/feed\.xml$/, params: [], tags: ([slug]) => [PAGE_TAGS.board(slug!)] },
  { pattern: /^\/u\/([^/]+)$/, params: ["tab", "page"], tags: lists },
  { pattern: /^\/mod\/log$/, params: ["page"], tags: lists },
  { pattern: /^\/latest$/, params: ["page"], tags: lists },
  { pattern: /^\/(?:feed\.xml|sitemap\.xml|robots\.txt)$/, params: [], tags: lists },
  { pattern: /^\/sitemaps\/\d{1,6}$/, params: [], tags: lists },
  // Editing them (at /admin/site) expires every page, since the site settings reach the header too.
  { pattern: /^\/(?:terms|privacy)$/, params: [], tags: lists },
];

/** Session cookies of Auth.js (a long token is split into .0, .1, …): their holders get pages made for them. */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;

/** The Next.js router's own requests: the page's React payload, not its HTML. Their answer varies by these. */
const ROUTER_HEADERS = ["rsc", "next-router-prefetch", "next-router-segment-prefetch", "next-router-state-tree", "next-url"] as const;
const ROUTER_PARAM = "_rsc";

export type CacheableRequest = {
  key: string;
  /** Path and query to render the page with: only what the key holds. */
  renderPath: string;
  locale: Locale;
  /** The theme the visitor picked (<html data-theme>), rendered with its cookie alone; null follows the device. */
  theme: ChosenTheme | null;
  /** The router headers to render with, for a router request; empty for a page load. */
  routerHeaders: Record<string, string>;
  tags: string[];
};

type RequestHeaders = Record<string, string | string[] | undefined>;

function header(headers: RequestHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

function cookie(cookies: string, name: string): string | undefined {
  for (const pair of cookies.split(/;\s*/)) {
    const at = pair.indexOf("=");
    if (at > 0 && pair.slice(0, at) === name) return pair.slice(at + 1);
  }
  return undefined;
}

/** A part of the path as the database spells it (slugs are lower case), or null when its escapes are malformed. */
function decodePart(raw: string): string | null {
  try {
    return decodeURIComponent(raw).toLowerCase();
  } catch {
    return null;
  }
}

/**
 * The cache's view of a request, or null when the cache must not answer it: a write, a signed-in reader, a page
 * that is not public, or a parameter the page reads with a value outside what it accepts.
 */
export function cacheableRequest(method: string, url: string, headers: RequestHeaders): CacheableRequest | null {
  if (method !== "GET" && method !== "HEAD") return null;
  const cookies = header(headers, "cookie") ?? "";
  if (SESSION_COOKIE.test(cookies)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url, "http://rapport.invalid");
  } catch {
    return null;
  }
  const route = ROUTES.find((r) => r.pattern.test(parsed.pathname));
  if (!route) return null;
  const parts = route.pattern.exec(parsed.pathname)!.slice(1).map(decodePart);
  if (parts.some((part) => part === null)) return null;

  const kept = new URLSearchParams();
  for (const name of route.params) {
    const values = parsed.searchParams.getAll(name);
    if (values.length > 1 || (values.length === 1 && !PARAM_VALUES[name]!.test(values[0]!))) return null;
    if (values.length === 1) kept.set(name, values[0]!);
  }
  const hl = parsed.searchParams.getAll(LOCALE_PARAM);
  if (hl.length > 1 || (hl.length === 1 && !isLocale(hl[0]))) return null;
  if (hl.length === 1) kept.set(LOCALE_PARAM, hl[0]!);
  const locale = isLocale(hl[0]) ? hl[0] : negotiateLocale(cookie(cookies, LOCALE_COOKIE), header(headers, "accept-language") ?? null);

  const routerHeaders: Record<string, string> = {};
  if (header(headers, "rsc") !== undefined) {
    for (const name of ROUTER_HEADERS) {
      const value = header(headers, name);
      if (value !== undefined) routerHeaders[name] = value;
    }
    // Next.js checks that this parameter matches the router headers, and redirects when it does not.
    const marker = parsed.searchParams.get(ROUTER_PARAM);
    if (marker !== null) kept.set(ROUTER_PARAM, marker);
  }
  kept.sort();
  const query = kept.toString();
  const renderPath = `${parsed.pathname}${query ? `?${query}` : ""}`;
  const tags = route.tags(parts as string[]);
  const variant = Object.entries(routerHeaders).map(([name, value]) => `${name}=${value}`).join("\n");
  // Only the two themes a page can be rendered in join the key, so a cookie's other values cannot split the cache.
  const theme = chosenTheme(cookie(cookies, THEME_COOKIE));
  const reader = theme ? `${locale}+${theme}` : locale;
  return { key: `${reader} ${renderPath}${variant ? `\n${variant}` : ""}`, renderPath, locale, theme, routerHeaders, tags };
}
