// The measured cases: reading the home page, a board, a thread anonymous and signed in, writing comments, search.
import { commentWriters, type WriterTally } from "./comment-writers";
import { measure, measureTogether, showMs, type Load, type Measurement } from "./load";

export type CaseResult = { id: string; label: string; method: "GET" | "POST"; path: string; connections: number; measurement: Measurement; note?: string };
export type Skipped = { id: string; label: string; reason: string };

export type CaseContext = {
  base: string;
  board: string;
  hotPostId: number;
  deepPage: number;
  connections: number;
  warmupS: number;
  durationS: number;
  readerCookie: string;
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
  (m.errors + m.non2xx ? `; ${m.errors} errors, ${m.non2xx} non-2xx` : "");

export async function runCase(ctx: CaseContext, id: string, label: string, path: string, headers: Record<string, string> = {}, note?: string): Promise<CaseResult> {
  console.log(`• ${label}: GET ${path} for ${ctx.warmupS} + ${ctx.durationS} s...`);
  const load: Load = { url: ctx.base + path, connections: ctx.connections, headers };
  const measurement = await measure(load, ctx.warmupS, ctx.durationS);
  console.log(`  ${describe(measurement)}`);
  return { id, label, method: "GET", path, connections: ctx.connections, measurement, note };
}

export async function readCases(ctx: CaseContext): Promise<CaseResult[]> {
  const post = `/b/${ctx.board}/${ctx.hotPostId}`;
  const deepNote = ctx.deepPage < DEEP_PAGE ? `the board has only ${ctx.deepPage} pages: its last page stands in for page ${DEEP_PAGE}` : undefined;
  return [
    await runCase(ctx, "home", "Home", "/"),
    await runCase(ctx, "board-first", "Board, page 1", `/b/${ctx.board}`),
    await runCase(ctx, "board-deep", `Board, page ${ctx.deepPage.toLocaleString("en")}`, `/b/${ctx.board}?page=${ctx.deepPage}`, {}, deepNote),
    await runCase(ctx, "post-anonymous", "Post page (100 comments), anonymous", post),
    await runCase(ctx, "post-signed-in", "Post page (100 comments), signed in", post, { cookie: ctx.readerCookie }),
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
  const readers: Load = { url: ctx.base + path, connections: readerConnections };
  console.log(`• Comment creation: ${writerConnections} connections POST addComment to ${path} while ${readerConnections} read it, ${ctx.warmupS} + ${ctx.durationS} s...`);
  const [written, read] = await measureTogether([writers.load, readers], ctx.warmupS, ctx.durationS, writers.countFrom);
  const tally = { ...writers.tally };
  console.log(`  writers: ${tally.created} comments (${(tally.created / written!.durationS).toFixed(0)}/s), ${describe(written!)}, ${tally.refused} refused`);
  console.log(`  readers: ${describe(read!)}`);
  return {
    writers: { id: "comment-create", label: "Comment creation (server action)", method: "POST", path, connections: writerConnections, measurement: written! },
    readers: { id: "comment-readers", label: "Post page read during comment creation", method: "GET", path, connections: readerConnections, measurement: read! },
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
