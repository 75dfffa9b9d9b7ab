// The visitor page cache in front of Next.js, like Discourse's anonymous cache: a reader without a session gets a
// public page from memory, already compressed, in the encoding their browser asks for; a miss renders the page once
// through Next.js, whoever else is waiting for it, and keeps the result until a write expires it or it ages out.
import type { IncomingMessage, ServerResponse } from "node:http";
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import zlib from "node:zlib";
import Negotiator from "negotiator";
import { THEME_COOKIE } from "../../accounts/preference-cookies";
import { remembered } from "../remembered";
import { contentSecurityPolicy } from "../security-headers";
import { inlineScriptHashes, nonceOf, withoutNonce } from "./csp";
import { cacheableRequest, type CacheableRequest } from "./routes";
import type { PageStore, StoredPage } from "./store";

/**
 * How long a page is kept. A thread's view count is read when its page is rendered, so the count a cached page
 * shows lags by at most this plus the board list's own cache (5 s) and the views' write delay (2 s): under 60 s.
 */
export const PAGE_MAX_AGE_MS = 50_000;
/** A page read after this age is rendered again in the background, so readers never wait for an aged page. */
export const PAGE_REFRESH_AFTER_MS = 30_000;
/**
 * The least time between two renders of one page. Each comment expires its thread's pages, and a render of a
 * 100-comment thread takes tens of milliseconds of the one JavaScript thread, so a thread receiving comments faster
 * than that would be rendered once per comment and crowd out everything else, the comments included. Readers who
 * arrive after a write still never see the page without it: they wait at most this long for the render after it.
 */
export const RENDER_SPACING_MS = 200;
/** A "not found" is kept briefly: it absorbs a flood of requests for a missing page, and a new page soon shows. */
export const NOT_FOUND_MAX_AGE_MS = 10_000;

/** Answers worth sharing: pages, permanent redirects (a moved thread's old address) and "not found". */
const SHARED_STATUSES = new Set([200, 301, 308, 404]);
/** Headers of the rendered answer that every copy carries; the rest are per response or replaced. */
const KEPT_HEADERS = ["content-type", "content-language", "link", "location", "x-robots-tag", "x-content-type-options", "referrer-policy", "x-frame-options", "permissions-policy"];
/** Everything a cached answer varies by, for the browser's own cache and any cache between. */
const VARY = "RSC, Next-Router-State-Tree, Next-Router-Prefetch, Next-Router-Segment-Prefetch, Accept-Encoding, Accept-Language, Cookie";
const ENCODINGS = ["br", "gzip", "identity"] as const;
type Encoding = (typeof ENCODINGS)[number];

/**
 * Compression levels for stored pages. A write expires a thread's pages, so a busy thread is compressed again after
 * every comment, while its readers wait. On a 52 KB page brotli takes 2.5 ms at quality 5 and 72 ms at 9 for 4%
 * fewer bytes (measured here); gzip costs about 1 ms at any level.
 */
const BROTLI_QUALITY = 5;
const GZIP_LEVEL = 9;

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

export type RenderRequest = { path: string; headers: Record<string, string> };
export type RenderedResponse = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

export type PageCacheOptions = {
  store: PageStore;
  /** Renders a page through Next.js, as a request with exactly these headers (and no cookie but the theme's) would get it. */
  render(request: RenderRequest): Promise<RenderedResponse>;
  /** The site's configured origin: every render is made for it, never for the Host a client sent. */
  origin: URL;
  now?: () => number;
  onError?: (error: unknown) => void;
};

/** How a request was answered from the cache: a stored page ("hit"), one rendered for it ("miss"), or not (false). */
export type CacheAnswer = "hit" | "miss" | false;

export type PageCache = {
  /**
   * Answers `req` from the cache, or says false for Next.js to answer it. A stored page is sent before this returns
   * ("hit", with no promise made on the way); a promise means a render was needed and is awaited.
   */
  serve(req: IncomingMessage, res: ServerResponse): CacheAnswer | Promise<CacheAnswer>;
};

export function createPageCache({ store, render, origin, now = Date.now, onError = () => {} }: PageCacheOptions): PageCache {
  const https = origin.protocol === "https:";

  async function renderPage(request: CacheableRequest): Promise<StoredPage | null> {
    const rendered = await render({
      path: request.renderPath,
      headers: {
        host: origin.host,
        "x-forwarded-proto": origin.protocol.slice(0, -1),
        "accept-language": request.locale,
        "user-agent": "Rapport page cache",
        // The one cookie a shared page may be made with: the visitor's theme, which is part of the page's key.
        ...(request.theme && { cookie: `${THEME_COOKIE}=${request.theme}` }),
        ...request.routerHeaders,
      },
    });
    return storable(rendered, request.tags, https, now());
  }

  async function renderAndSend(request: CacheableRequest, req: IncomingMessage, res: ServerResponse): Promise<CacheAnswer> {
    let rendered: StoredPage | null;
    try {
      rendered = await store.fill(request.key, request.tags, () => renderPage(request));
    } catch (error) {
      onError(error);
      return false;
    }
    if (!rendered) return false;
    send(rendered, "miss", req, res);
    return "miss";
  }

  return {
    serve(req, res) {
      const request = cacheableRequest(req.method ?? "GET", req.url ?? "/", req.headers);
      if (!request) return false;
      const page = store.get(request.key, now());
      if (!page) return renderAndSend(request, req, res);
      if (now() >= page.refreshAt && !store.isFilling(request.key)) store.fill(request.key, request.tags, () => renderPage(request)).catch(onError);
      send(page, "hit", req, res);
      return "hit";
    },
  };
}

/** The rendered answer made ready for many readers, or null when it must go to nobody but the one who asked. */
async function storable(rendered: RenderedResponse, tags: readonly string[], https: boolean, at: number): Promise<StoredPage | null> {
  if (!SHARED_STATUSES.has(rendered.status) || rendered.headers["set-cookie"] !== undefined) return null;
  const single = (name: string) => [rendered.headers[name] ?? []].flat().join(", ") || undefined;
  const nonce = nonceOf(single("content-security-policy"));
  const clean = (text: string) => (nonce ? withoutNonce(text, nonce) : text);

  const contentType = single("content-type") ?? "application/octet-stream";
  const text = clean(rendered.body.toString("utf8"));
  const identity = Buffer.from(text, "utf8");
  const headers: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = single(name);
    if (value !== undefined) headers[name] = clean(value);
  }
  for (const [name, value] of Object.entries(rendered.headers)) if (name.startsWith("x-nextjs-") && typeof value === "string") headers[name] = value;
  headers["content-security-policy"] = contentSecurityPolicy({ hashes: contentType.startsWith("text/html") ? inlineScriptHashes(text) : [] }, https);
  if (https) headers["strict-transport-security"] = "max-age=31536000; includeSubDomains";
  // Pages made for one request say "private, no-store"; a shared page may be kept by the browser (and its
  // back/forward cache) as long as it asks again before using it. Feeds keep their own lifetime.
  const cacheControl = single("cache-control");
  headers["cache-control"] = !cacheControl || /private|no-store/.test(cacheControl) ? "no-cache" : cacheControl;
  headers.vary = VARY;

  const [gz, br] = await Promise.all([
    gzip(identity, { level: GZIP_LEVEL }),
    brotli(identity, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
  ]);
  const maxAge = rendered.status === 404 ? NOT_FOUND_MAX_AGE_MS : PAGE_MAX_AGE_MS;
  const etag = `W/"${createHash("sha256").update(identity).digest("base64url").slice(0, 27)}"`;
  return {
    status: rendered.status,
    headers: [...Object.entries(headers).flat(), "etag", etag],
    bodies: { identity, gzip: gz, br },
    etag,
    tags,
    storedAt: at,
    expiresAt: at + maxAge,
    refreshAt: rendered.status === 404 ? at + maxAge : at + PAGE_REFRESH_AFTER_MS,
  };
}

/** Whether the browser's copy (If-None-Match) is the stored page. */
function isFresh(req: IncomingMessage, etag: string): boolean {
  const ifNoneMatch = req.headers["if-none-match"];
  if (!ifNoneMatch) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || strip(tag) === strip(etag));
}

function send(page: StoredPage, state: "hit" | "miss", req: IncomingMessage, res: ServerResponse): void {
  // One raw list for writeHead: headers set one by one are each checked and copied, and a hit is little more than this.
  const headers = [...page.headers, "x-rapport-cache", state];
  const requestId = req.headers["x-request-id"];
  if (typeof requestId === "string") headers.push("x-request-id", requestId);
  if (page.status === 200 && isFresh(req, page.etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const encoding = encodingFor(req.headers["accept-encoding"] ?? NO_HEADER);
  const body = page.bodies[encoding];
  if (encoding !== "identity") headers.push("content-encoding", encoding);
  headers.push("content-length", String(body.length));
  res.writeHead(page.status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

/** A newline cannot be in a header's value, so it stands for no Accept-Encoding at all. */
const NO_HEADER = "\n";

/** The encoding for each Accept-Encoding value seen: browsers send a handful of spellings. */
const encodingFor = remembered(100, (acceptEncoding): Encoding => {
  // negotiator 1.x takes the server's order of preference for ties; its types predate the option.
  const negotiator = new Negotiator({ headers: acceptEncoding === NO_HEADER ? {} : { "accept-encoding": acceptEncoding } }) as Negotiator & {
    encoding(available: string[], options: { preferred: string[] }): string | undefined;
  };
  return (negotiator.encoding([...ENCODINGS], { preferred: [...ENCODINGS] }) as Encoding | undefined) ?? "identity";
});
