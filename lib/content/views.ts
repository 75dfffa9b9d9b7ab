// Post view counts: which requests count as a view, once per viewer per window, buffered and written in batches.
import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { isbot } from "isbot";
import { eq, sql } from "drizzle-orm";
import { getDb, getPgClient, getSqlite, usesPostgres } from "@/db";
import { posts } from "@/db/schema";
import { remembered } from "../platform/remembered";
import type { ViewOfPage } from "../platform/server-hooks";
import { isVisiblePost } from "./posts";

/** A viewer counts once per post within this window. */
export const VIEW_DEDUP_WINDOW_MS = 8 * 60 * 60 * 1000;
/** How long a view may wait in memory before it reaches posts.view_count. */
export const VIEW_FLUSH_INTERVAL_MS = 2000;
/** The most (post, viewer) pairs remembered; past it the oldest are forgotten, so memory stays bounded. */
export const MAX_TRACKED_VIEWS = 500_000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** User agents whose bot verdict is remembered: isbot's pattern is long, and most requests repeat a few agents. */
const REMEMBERED_AGENTS = 1000;
/** 128 bits of the visitor HMAC: collisions are negligible and each remembered key stays short. */
const VISITOR_HASH_CHARS = 22;
/** Visitors whose hash is remembered for the day: a reader's requests repeat it, and an HMAC costs more than a cached page. */
const REMEMBERED_VISITORS = 10_000;

export type ViewRequest = { method: string; headers: Pick<Headers, "get" | "has">; userId: string | null; ip: string };

type ViewState = {
  // Why a per-process secret and not a persisted salt: the visitor hashes only ever live in this process's
  // memory, so a secret that dies with the process loses nothing, and with nothing on disk no one holding a
  // database copy can replay the 2^32 IPv4 addresses to turn a hash back into an IP. A restart therefore
  // forgets who has viewed what, and each server process dedups its own visitors.
  // On PostgreSQL several nodes must recognise the same visitor, so the secret is derived from AUTH_SECRET, which
  // they share (and which already guards every session); the hashes of the day are kept in the database for the
  // window (claimView), and the daily salt still keeps yesterday's from being recomputed without that secret.
  secret: Buffer;
  salt: { day: number; key: Buffer } | null;
  /** `${ip}\n${userAgent}` → viewer key, under today's salt; emptied when the day changes. */
  visitors: Map<string, string>;
  /** `${postId} ${viewer}` → when the view was counted. Map order is insertion order, so the oldest come first. */
  seen: Map<string, number>;
  /** postId → views not yet written. */
  pending: Map<number, number>;
  timer: NodeJS.Timeout | null;
};

// On globalThis so that every bundle of this module in one process (instrumentation, routes, dev reloads)
// shares one buffer, one flusher and one secret.
const holder = globalThis as typeof globalThis & { __rapportViews?: ViewState };

function state(): ViewState {
  holder.__rapportViews ??= { secret: viewSecret(), salt: null, visitors: new Map(), seen: new Map(), pending: new Map(), timer: null };
  return holder.__rapportViews;
}

function viewSecret(): Buffer {
  const shared = process.env.AUTH_SECRET?.trim();
  if (usesPostgres() && shared) return createHmac("sha256", shared).update("rapport:views").digest();
  return randomBytes(32);
}

/**
 * A request the reader may never look at: the browser's own prefetch hints, and the Next.js router's prefetches of
 * links on screen (`Next-Router-Prefetch`, and the per-segment ones of Next 16). Next.js strips its router headers
 * before proxy.ts runs, which is why views are counted in the production server, where the real headers are seen.
 */
function isPrefetch(headers: ViewRequest["headers"]): boolean {
  return (
    headers.has("next-router-prefetch") ||
    headers.has("next-router-segment-prefetch") ||
    headers.get("purpose")?.toLowerCase() === "prefetch" ||
    (headers.get("sec-purpose")?.toLowerCase().includes("prefetch") ?? false)
  );
}

const isBotAgent = remembered(REMEMBERED_AGENTS, isbot);

/**
 * Whether a request may count at all: a GET from something with a user agent that is not a known bot
 * (isbot also flags curl, wget, HTTP libraries and headless browsers), and not a prefetch the reader may never
 * open. POSTs are actions on the page, not reads of it; the redirect that follows them is the view.
 */
export function shouldCount(request: ViewRequest): boolean {
  if (request.method.toUpperCase() !== "GET") return false;
  const userAgent = request.headers.get("user-agent")?.trim();
  if (!userAgent || isBotAgent(userAgent)) return false;
  return !isPrefetch(request.headers);
}

/** The salt for the UTC day of `now`: derived, never stored, so yesterday's hashes cannot be recomputed. */
function dailySalt(now: number): Buffer {
  const s = state();
  const day = Math.floor(now / DAY_MS);
  if (s.salt?.day !== day) {
    s.salt = { day, key: createHmac("sha256", s.secret).update(`views:${day}`).digest() };
    s.visitors.clear();
  }
  return s.salt.key;
}

/** Who is viewing: the member's id, or for a visitor a keyed hash of IP and user agent; the IP itself is never kept. */
export function viewerKey(request: ViewRequest, now = Date.now()): string {
  if (request.userId) return `user:${request.userId}`;
  const salt = dailySalt(now);
  const visitor = `${request.ip}\n${request.headers.get("user-agent") ?? ""}`;
  const { visitors } = state();
  let key = visitors.get(visitor);
  if (key === undefined) {
    key = `visitor:${createHmac("sha256", salt).update(visitor).digest("base64url").slice(0, VISITOR_HASH_CHARS)}`;
    if (visitors.size >= REMEMBERED_VISITORS) visitors.clear();
    visitors.set(visitor, key);
  }
  return key;
}

/** Forgets views older than the window, then the oldest past the cap. Entries are in time order, so both stop early. */
function prune(seen: Map<string, number>, now: number): void {
  for (const [key, countedAt] of seen) {
    if (now - countedAt < VIEW_DEDUP_WINDOW_MS) break;
    seen.delete(key);
  }
  for (const key of seen.keys()) {
    if (seen.size <= MAX_TRACKED_VIEWS) break;
    seen.delete(key);
  }
}

const seenKey = (postId: number, request: ViewRequest, now: number) => `${postId} ${viewerKey(request, now)}`;

/** Remembers that this viewer's view of the post was counted now, on this node or another. */
function rememberSeen(key: string, now: number): void {
  const { seen } = state();
  // Delete before set so a renewed entry moves to the end and the map stays in time order.
  seen.delete(key);
  seen.set(key, now);
  prune(seen, now);
}

/** Whether this viewer's view of the post was counted within the window. */
function countedRecently(key: string, now: number): boolean {
  const countedAt = state().seen.get(key);
  return countedAt !== undefined && now - countedAt < VIEW_DEDUP_WINDOW_MS;
}

/** Counts a view in memory if the request qualifies and this viewer has not viewed the post within the window. */
export function recordView(postId: number, request: ViewRequest, now = Date.now()): boolean {
  if (!shouldCount(request)) return false;
  const key = seenKey(postId, request, now);
  if (countedRecently(key, now)) return false;
  addView(postId, key, now);
  return true;
}

/** Buffers one view of the post for the next flush and remembers the viewer for the window. */
function addView(postId: number, key: string, now: number): void {
  const s = state();
  rememberSeen(key, now);
  s.pending.set(postId, (s.pending.get(postId) ?? 0) + 1);
  startFlusher(s);
}

const THREAD_PATH = /^\/b\/([^/]+)\/([1-9]\d{0,15})$/;

/**
 * Counts a view of the thread page at `view.pathname`, if it is one, the thread is visible and the request
 * qualifies. Called by the production server for every request, whether the page comes from its cache or not, so a
 * visitor's view is counted without making a promise; a member's waits for their session to be read.
 */
export function countThreadView(view: ViewOfPage): void | Promise<void> {
  const match = THREAD_PATH.exec(view.pathname);
  const request: ViewRequest = { method: view.method, headers: view.headers, userId: null, ip: view.ip };
  if (!match || !shouldCount(request)) return;
  const count = (userId: string | null) => countVisibleView(match[1]!, Number(match[2]), { ...request, userId });
  try {
    const userId = view.userId();
    if (!(userId instanceof Promise)) return count(userId);
    return userId.then(count).catch(viewNotCounted);
  } catch (error) {
    viewNotCounted(error);
  }
}

function countVisibleView(rawSlug: string, postId: number, request: ViewRequest): void | Promise<void> {
  try {
    // Most reads are a viewer coming back: answered from memory, before the database is asked about the post.
    if (countedRecently(seenKey(postId, request, Date.now()), Date.now())) return;
    // A malformed escape names no board (decoding throws); the page itself answers 404.
    const slug = decodeURIComponent(rawSlug);
    return isVisiblePost(slug, postId).then(async (visible) => {
      if (!visible) return;
      if (!usesPostgres()) {
        // recordView checks the window again, so two requests that both passed the check above count once.
        recordView(postId, request);
        return;
      }
      // The claim decides, not this node's memory: a second request of the same viewer may have learned of the
      // claim (and remembered it) before this one's answer arrived, and this claim's view must still count.
      const now = Date.now();
      const key = seenKey(postId, request, now);
      if (await claimView(key, now)) addView(postId, key, now);
    }).catch(viewNotCounted);
  } catch (error) {
    viewNotCounted(error);
  }
}

/**
 * PostgreSQL: whether this node is the first, among all nodes, to count this viewer's view of the post within the
 * window. One statement claims the pair in the shared `rate_limits` table (cleared of expired rows by the rate
 * limiters); a pair another node claimed is remembered here too, so the database is asked once per node and window.
 */
async function claimView(key: string, now: number): Promise<boolean> {
  const { rowCount } = await getPgClient().query(
    `INSERT INTO rate_limits (key, points, expire) VALUES ($1, 1, $2)
     ON CONFLICT (key) DO UPDATE SET points = 1, expire = EXCLUDED.expire WHERE rate_limits.expire <= $3`,
    [`view:${key}`, now + VIEW_DEDUP_WINDOW_MS, now],
  );
  if (rowCount === 1) return true;
  rememberSeen(key, now);
  return false;
}

/** A view that cannot be counted must never cost the reader the page. */
function viewNotCounted(error: unknown): void {
  if (!(error instanceof URIError)) console.error("Counting a view failed", error);
}

/** Writes every buffered view in one transaction and returns the number of posts updated. */
export async function flushViews(): Promise<number> {
  const s = state();
  if (s.pending.size === 0) return 0;
  const batch = s.pending;
  s.pending = new Map();
  try {
    return await getDb().transaction(async (tx) => {
      let written = 0;
      for (const [postId, views] of batch) {
        const updated = await tx
          .update(posts)
          .set({ viewCount: sql`${posts.viewCount} + ${views}` })
          .where(eq(posts.id, postId))
          .returning({ id: posts.id });
        written += updated.length;
      }
      return written;
    });
  } catch (error) {
    // The transaction rolled back, so nothing was written: put the views back for the next flush.
    for (const [postId, views] of batch) s.pending.set(postId, (s.pending.get(postId) ?? 0) + views);
    throw error;
  }
}

/**
 * The last flush, as the process exits: synchronous, because nothing asynchronous runs after "exit". SQLite only;
 * the orderly shutdown has already flushed through flushViews(), so this finds views only after an abrupt exit.
 */
export function flushViewsOnExit(): number {
  const s = state();
  if (s.pending.size === 0) return 0;
  const batch = s.pending;
  s.pending = new Map();
  const sqlite = getSqlite();
  const add = sqlite.prepare("UPDATE posts SET view_count = view_count + ? WHERE id = ?");
  return sqlite.transaction(() => {
    let written = 0;
    for (const [postId, views] of batch) written += add.run(views, postId).changes;
    return written;
  })();
}

function startFlusher(s: ViewState): void {
  if (s.timer) return;
  s.timer = setInterval(() => {
    flushViews().catch((error: unknown) => console.error("Rapport: could not write view counts; will retry.", error));
  }, VIEW_FLUSH_INTERVAL_MS);
  // A pending count is not worth keeping the process alive for; shutdown calls flushViews() itself.
  s.timer.unref();
}

/** Stops the background flusher; the next recorded view starts it again. */
export function stopViewFlusher(): void {
  const s = state();
  if (s.timer) clearInterval(s.timer);
  s.timer = null;
}

/** Views of a post counted but not yet written. */
export function pendingViews(postId: number): number {
  return state().pending.get(postId) ?? 0;
}

/** How many (post, viewer) pairs the dedup memory holds. */
export function trackedViews(): number {
  return state().seen.size;
}
