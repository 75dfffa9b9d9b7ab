// The measured cases besides visitors' reads: a deep board page, the thread signed in, writing comments, search.
import { commentWriters, type WriterTally } from "./comment-writers";
import { measureTogether, showMs, type Load, type Measurement } from "./load";
import { measureWrk, type WrkLoad } from "./wrk";

export type CaseResult = {
  id: string;
  label: string;
  method: "GET" | "POST";
  path: string;
  connections: number;
  /** wrk for plain reads; autocannon where requests need scripting (server-action bodies, per-request cookies). */
  tool: "wrk" | "autocannon";
  /** The Accept-Encoding the requests sent; null for none, so the answer is uncompressed. */
  acceptEncoding: string | null;
  /** The Content-Encoding the app chose for that Accept-Encoding, where the harness looked (visitor pages). */
  encoding?: string;
  /** The node:http ceiling for the same bytes and encoding, where there is one. */
  ceilingId?: string;
  measurement: Measurement;
  note?: string;
};
export type Skipped = { id: string; label: string; reason: string };

export type CaseContext = {
  base: string;
  board: string;
  hotPostId: number;
  deepPage: number;
  connections: number;
  warmupS: number;
  durationS: number;
  /** Session cookies of the members who read the thread signed in, one per request in turn. */
  readerCookies: string[];
  writerCookies: string[];
  addCommentId: string;
};

/** The deep board page the targets name; a smaller board uses its last page instead. */
export const DEEP_PAGE = 5_000;
/** A word the generator writes into many posts. */
const SEARCH_WORD = "coffee";
/** One measurement in a progress line. */
export const describe = (m: Measurement) =>
  `${Math.round(m.rps)} rps, p50 ${showMs(m.p50Ms)}, p99 ${showMs(m.p99Ms)}` +
  (m.errors + m.httpErrors ? `; ${m.errors} errors, ${m.httpErrors} HTTP errors` : "");

/** A plain GET case with wrk, uncompressed (no Accept-Encoding). */
export async function runCase(ctx: CaseContext, id: string, label: string, path: string, extra: Partial<WrkLoad> = {}, note?: string): Promise<CaseResult> {
  console.log(`• ${label}: GET ${path} for ${ctx.warmupS} + ${ctx.durationS} s...`);
  const measurement = await measureWrk({ url: ctx.base + path, connections: ctx.connections, ...extra }, ctx.warmupS, ctx.durationS);
  console.log(`  ${describe(measurement)}`);
  return { id, label, method: "GET", path, connections: ctx.connections, tool: "wrk", acceptEncoding: null, measurement, note };
}

/** The deep board page (compared with page 1 uncompressed) and the thread as signed-in members. */
export async function memberAndDeepCases(ctx: CaseContext): Promise<CaseResult[]> {
  const post = `/b/${ctx.board}/${ctx.hotPostId}`;
  const deepNote = ctx.deepPage < DEEP_PAGE ? `the board has only ${ctx.deepPage} pages: its last page stands in for page ${DEEP_PAGE}` : undefined;
  return [
    await runCase(ctx, "board-deep", `Board, page ${ctx.deepPage.toLocaleString("en")}, visitor, uncompressed`, `/b/${ctx.board}?page=${ctx.deepPage}`, {}, deepNote),
    // wrk with a Lua request() that sets the next member's cookie: the same client as the visitor cases, so the
    // numbers compare directly, and a C client leaves more of the shared cores to the server than autocannon.
    await runCase(ctx, "post-signed-in", `Thread (100 comments), signed in (${ctx.readerCookies.length} members in turn), uncompressed`, post, { cookies: ctx.readerCookies }),
  ];
}

export type CommentCase = { writers: CaseResult; readers: CaseResult; tally: WriterTally };

/** Writers post comments on the hot thread while as many readers load that same thread; both measured at once. */
export async function commentCase(ctx: CaseContext): Promise<CommentCase> {
  const path = `/b/${ctx.board}/${ctx.hotPostId}`;
  // Half the connections write and half read, so the server holds the same 16 requests in flight as in the other cases.
  const writerConnections = Math.ceil(ctx.connections / 2);
  const readerConnections = ctx.connections - writerConnections;
  const writers = commentWriters({
    base: ctx.base,
    board: ctx.board,
    postId: ctx.hotPostId,
    actionId: ctx.addCommentId,
    cookies: ctx.writerCookies,
    connections: writerConnections,
  });
  // autocannon for both sides: the writers need per-request bodies and cookies, and one clock decides which
  // responses of either side fall in the measured window.
  const readers: Load = { url: ctx.base + path, connections: readerConnections };
  console.log(`• Comment creation: ${writerConnections} connections POST addComment to ${path} while ${readerConnections} read it, ${ctx.warmupS} + ${ctx.durationS} s...`);
  const [written, read] = await measureTogether([writers.load, readers], ctx.warmupS, ctx.durationS, writers.countFrom);
  const tally = { ...writers.tally };
  console.log(`  writers: ${tally.created} comments (${(tally.created / written!.durationS).toFixed(0)}/s), ${describe(written!)}, ${tally.refused} refused`);
  console.log(`  readers: ${describe(read!)}`);
  return {
    writers: { id: "comment-create", label: "Comment creation (server action)", method: "POST", path, connections: writerConnections, tool: "autocannon", acceptEncoding: null, measurement: written! },
    readers: { id: "comment-readers", label: "Thread read by visitors during comment creation", method: "GET", path, connections: readerConnections, tool: "autocannon", acceptEncoding: null, measurement: read! },
    tally,
  };
}

/** Measures search only where the app has a search page. */
export async function searchCase(ctx: CaseContext): Promise<CaseResult | Skipped> {
  const path = `/search?q=${SEARCH_WORD}`;
  const probe = await fetch(ctx.base + path, { redirect: "manual" });
  await probe.arrayBuffer();
  if (probe.status === 404) return { id: "search", label: "Search", reason: `GET ${path} answered 404: the app has no /search page yet` };
  return runCase(ctx, "search", `Search "${SEARCH_WORD}"`, path);
}
