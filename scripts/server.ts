// The production server: Next.js behind a plain node:http server, for what `next start` cannot do: knowing the
// client's real address, answering visitors from the page cache (lib/platform/page-cache/), counting views with the headers
// the browser really sent, and stopping gracefully (finish requests, flush views, close the database). Before Next.js
// starts, an empty database gets the demo content (scripts/seed/demo.ts).
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import { decode } from "next-auth/jwt";
import { authSecret } from "../lib/auth/secret";
import { trustedClientIp } from "../lib/platform/client-ip";
import { logger, loggablePath, requestLogger } from "../lib/platform/logger";
import { pageCacheExpiry, usePageCacheExpiry } from "../lib/platform/page-cache/expiry";
import { postgresExpiry } from "../lib/platform/page-cache/expiry-pg";
import { getPgClient } from "../db";
import { openRenderSocket } from "../lib/platform/page-cache/render-socket";
import { createPageCache, RENDER_SPACING_MS, type PageCache } from "../lib/platform/page-cache/serve";
import { PageStore } from "../lib/platform/page-cache/store";
import { screenRequest } from "../lib/platform/request-screen";
import { chooseDatabase, DatabaseConfigError, type DatabaseChoice } from "../lib/platform/database-config";
import { serverHooks } from "../lib/platform/server-hooks";
import { createSignInGate, isSignInRequest, SIGN_IN_RETRY_AFTER_S } from "../lib/platform/sign-in-gate";
import { publicOrigin } from "../lib/platform/site-origin";
import { seedDemoOnFirstStart, seedDemoOnFirstStartPostgres } from "./seed/demo";

/** How long in-flight requests get to finish after SIGTERM before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;
/** The page cache's memory, unless RAPPORT_PAGE_CACHE_MB says otherwise. */
const DEFAULT_PAGE_CACHE_MB = 256;

const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];

/**
 * The user id in the request's session cookie, or null. Without a session cookie (every visitor) the answer is
 * known at once; a cookie must be decrypted, which takes a promise. The cookie itself never reaches the log.
 */
function sessionUserId(req: IncomingMessage): string | null | Promise<string | null> {
  const cookieHeader = req.headers.cookie;
  if (!cookieHeader) return null;
  const cookies = Object.fromEntries(
    cookieHeader.split(/;\s*/).map((pair) => {
      const at = pair.indexOf("=");
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
  const name = SESSION_COOKIES.find((cookie) => cookies[cookie]);
  if (!name) return null;
  return decode({ token: cookies[name], secret: authSecret(), salt: name }).then(
    (token) => (typeof token?.sub === "string" ? token.sub : null),
    () => null,
  );
}

/** Build files under /_next/static: many per page, never dynamic, not worth a log line. */
const isStaticAsset = (req: IncomingMessage) => req.url?.startsWith("/_next/static") ?? false;

/** What answered a request, for its log line: the page cache ("hit" or "miss") or Next.js (undefined). */
type Answered = { cache?: "hit" | "miss" };

/**
 * One line per request: its id, method, path, status and time, the server action it called (by id), and
 * the outcome. Bodies, cookies and queries are never logged; actions log their own outcome with the user id.
 * Writes say who made them, which takes a promise while the session is decrypted; reads are logged at once.
 */
function logRequest(req: IncomingMessage, res: ServerResponse, requestId: string, ms: number, answered: Answered): void | Promise<void> {
  if (isStaticAsset(req)) return;
  const action = req.headers["next-action"];
  const line = (userId: string | null | undefined) =>
    requestLogger.info(
      {
        requestId,
        method: req.method,
        path: loggablePath(req.url ?? "/"),
        status: res.statusCode,
        ms: Math.round(ms * 10) / 10,
        ...(typeof action === "string" ? { action } : {}),
        ...(userId !== undefined ? { userId } : {}),
        ...(answered.cache !== undefined ? { cache: answered.cache } : {}),
        outcome: res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "refused" : "ok",
      },
      "request",
    );
  if (typeof action !== "string" && req.method !== "POST") return line(undefined);
  const userId = sessionUserId(req);
  return userId instanceof Promise ? userId.then(line) : line(userId);
}

/** Counts a thread view for any GET, whether the cache or Next.js answers it (lib/content/views.ts decides what counts). */
function countView(req: IncomingMessage): void {
  const hooks = serverHooks();
  if (!hooks || req.method !== "GET") return;
  // The headers as lib/content/views.ts reads them (lower-case names), without copying them all for every request.
  const headers = {
    get: (name: string) => (req.headers[name] === undefined ? null : [req.headers[name]].flat().join(", ")),
    has: (name: string) => req.headers[name] !== undefined,
  };
  void hooks.countView({
    pathname: (req.url ?? "/").split("?")[0]!,
    method: req.method,
    headers,
    ip: String(req.headers["x-forwarded-for"]),
    userId: () => sessionUserId(req),
  });
}

/** Next.js's request handler. */
type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** The visitor page cache, unless RAPPORT_PAGE_CACHE=off; expiries from server actions reach it in-process. */
async function openPageCache(handle: Handler) {
  if (process.env.RAPPORT_PAGE_CACHE === "off") return null;
  const store = new PageStore(Number(process.env.RAPPORT_PAGE_CACHE_MB || DEFAULT_PAGE_CACHE_MB) * 1024 * 1024, { renderSpacingMs: RENDER_SPACING_MS });
  pageCacheExpiry().subscribe((tags) => store.expire(tags));
  const socket = await openRenderSocket(handle);
  const cache = createPageCache({
    store,
    render: socket.render,
    origin: new URL(publicOrigin()),
    onError: (error) => logger.error({ err: error }, "page cache render failed"),
  });
  return { cache, close: socket.close };
}

/** Sign-in traffic reaches Next.js a few requests at a time (lib/platform/sign-in-gate.ts), so a burst never queues readers. */
const signInGate = createSignInGate();

/** Hands a request to Next.js, with its request id on the answer; sign-in traffic waits its turn at the gate. */
function toNext(req: IncomingMessage, res: ServerResponse, handle: Handler): Promise<void> {
  res.setHeader("x-request-id", String(req.headers["x-request-id"]));
  if (!isSignInRequest(req)) return handle(req, res);
  const answered = new Promise<void>((resolve) => res.once("close", resolve));
  const passed = signInGate.pass(async () => {
    // A client that gave up while waiting costs nothing more.
    if (res.destroyed) return;
    await handle(req, res);
    await answered;
  });
  if (passed) return passed;
  res.writeHead(503, { "content-type": "text/plain; charset=utf-8", "retry-after": String(SIGN_IN_RETRY_AFTER_S) });
  res.end("Too many sign-ins at once. Please try again in a few seconds.");
  return Promise.resolve();
}

/**
 * Answers from the page cache when it can, else from Next.js. A stored page is sent before this returns, with no
 * promise on the way: a hit is mostly the socket's write, and everything added to it shows in the benchmark.
 */
function answer(req: IncomingMessage, res: ServerResponse, handle: Handler, cache: PageCache | undefined, answered: Answered): void | Promise<void> {
  if (!cache) return toNext(req, res, handle);
  const served = cache.serve(req, res);
  if (served instanceof Promise) {
    return served.then((state) => {
      if (state) answered.cache = state;
      else return toNext(req, res, handle);
    });
  }
  if (served) answered.cache = served;
  else return toNext(req, res, handle);
}

export async function startServer(): Promise<void> {
  const database = refuseUnusableDatabase();
  const port = Number(process.env.PORT || 3000);
  const hostname = process.env.HOSTNAME || "0.0.0.0";
  // Here rather than in instrumentation.ts, so the seeder and its files stay out of the build.
  if (database.engine === "sqlite") seedDemoOnFirstStart();
  else {
    await seedDemoOnPostgres(database.url);
    // Before Next.js starts, so that its server actions and the caches below all expire through this channel.
    const channel = postgresExpiry(database.url, (text, values) => getPgClient().query(text, values));
    await channel.ready;
    usePageCacheExpiry(channel);
  }
  const app = next({ dev: false, dir: process.cwd(), port, hostname });
  const handle = app.getRequestHandler();
  await app.prepare();
  const pageCache = await openPageCache(handle);

  const server = createServer((req: IncomingMessage, res) => {
    req.headers["x-forwarded-for"] = trustedClientIp(req.headers["x-forwarded-for"], req.socket.remoteAddress);
    const requestId = randomUUID();
    // Every answer carries it: the page cache copies it from the request; toNext and screenRequest set it.
    req.headers["x-request-id"] = requestId;
    const started = performance.now();
    // Debug only: with the line written at the end, these show which requests were in flight when a stop or a hang
    // needs explaining; the soak waits for them to know its requests have arrived before it sends SIGTERM.
    if (!isStaticAsset(req)) logger.debug({ requestId, method: req.method, path: loggablePath(req.url ?? "/") }, "request received");
    const answered: Answered = {};
    res.on("finish", () => {
      const logged = logRequest(req, res, requestId, performance.now() - started, answered);
      // Kept until written, so that stopping waits for the last lines instead of dropping them.
      if (logged) {
        const line = logged.finally(() => pendingLogs.delete(line));
        pendingLogs.add(line);
      }
    });
    // Malformed paths get 400 and oversized bodies 413 here, before anything decodes or reads them.
    if (screenRequest(req, res, { "x-request-id": requestId })) return;
    countView(req);
    const failed = (error: unknown) => {
      logger.error({ err: error, requestId }, "request failed");
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    };
    try {
      answer(req, res, handle, pageCache?.cache, answered)?.catch(failed);
    } catch (error) {
      failed(error);
    }
  });
  server.listen(port, hostname, () => logger.info({ port, hostname }, "listening"));

  const pendingLogs = new Set<Promise<void>>();
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping: finishing requests in flight");
    const finish = () => {
      void Promise.allSettled([...pendingLogs]).then(async () => {
        pageCache?.close();
        // Registered by instrumentation.ts: writes buffered views and closes the database.
        await serverHooks()?.shutdown();
        process.exit(0);
      });
    };
    server.close(finish);
    server.closeIdleConnections();
    setTimeout(finish, SHUTDOWN_GRACE_MS).unref();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

/** A database setting that cannot work stops the start here, with what to change (lib/platform/database-config.ts). */
function refuseUnusableDatabase(): DatabaseChoice {
  try {
    return chooseDatabase();
  } catch (error) {
    if (!(error instanceof DatabaseConfigError)) throw error;
    console.error(`Rapport: ${error.message}`);
    process.exit(1);
  }
}

/**
 * The first contact with PostgreSQL: migrations and, into an empty database, the demo content. A server that cannot
 * reach it stops with the reason and the address without its password, instead of answering every request with 500.
 */
async function seedDemoOnPostgres(url: string): Promise<void> {
  try {
    await seedDemoOnFirstStartPostgres(url);
  } catch (error) {
    console.error(`Rapport: could not use the PostgreSQL database at ${withoutPassword(url)}: ${(error as Error).message}`);
    process.exit(1);
  }
}

function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "DATABASE_URL";
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void startServer();
