// The performance targets, each checked against this run's numbers: met, missed, or not measured, never hidden.
import type { CaseResult } from "./cases";
import type { Ceiling } from "./ceilings";
import type { FirstLoadJsReport } from "./first-load-js";
import { FLOOR_AUDIT_ID, type LighthouseResult } from "./lighthouse";
import { showMs } from "./load";
import type { SearchTiming } from "./search-queries";
import { compressedCaseId } from "./visitor-cases";

/** A visitor page read as a browser asks, against node:http sending the same bytes with the same encoding. */
export const VISITOR_MIN_CEILING_SHARE = 0.4;
export const VISITOR_MAX_P99_MS = 20;
export const SIGNED_IN_POST_MIN_RPS = 200;
export const SIGNED_IN_POST_MAX_P99_MS = 150;
export const COMMENTS_MIN_PER_S = 100;
export const COMMENTS_MAX_P99_MS = 200;
/** The deep board page may be at most this many times slower than page 1, by median latency. */
export const DEEP_PAGE_MAX_SLOWDOWN = 2;
/** KB read as 1,000 bytes: the stricter reading. */
export const FIRST_LOAD_JS_MAX_GZIP_BYTES = 120_000;
export const FIRST_LOAD_JS_MAX_ABOVE_FLOOR_BYTES = 15_000;
export const SEARCH_MAX_MEDIAN_MS = 50;
export const SEARCH_MAX_MS = 500;
export const LIGHTHOUSE_MIN_PERFORMANCE = 95;
export const LIGHTHOUSE_MAX_LCP_MS = 2_000;
export const LIGHTHOUSE_MAX_CLS = 0.05;
export const LIGHTHOUSE_MAX_TBT_MS = 150;
export const FIRST_VISIT_MAX_BYTES = 250_000;

/** `met` is null when the run did not measure it (a skipped step), which counts as neither. */
export type Target = { name: string; target: string; measured: string; met: boolean | null };

export type TargetInputs = {
  cases: CaseResult[];
  ceilings: Ceiling[];
  commentsPerS: number;
  commentFailures: number;
  firstLoadJs: FirstLoadJsReport;
  searchTiming: SearchTiming;
  /** Null when the run skipped Lighthouse. */
  lighthouse: LighthouseResult[] | null;
};

const ms = (n: number) => `${n} ms`;
/** A latency target is missed when nothing was answered at all. */
const within = (latency: number | null, max: number) => latency !== null && latency <= max;
const rps = (n: number) => `${Math.round(n).toLocaleString("en")} rps`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const VISITOR_PAGES = [
  { id: "post-visitor", name: "Visitor thread (100 comments)" },
  { id: "home", name: "Visitor home" },
  { id: "board-first", name: "Visitor board page 1" },
];
const LIGHTHOUSE_PAGES = ["thread", "board", "home"];

function visitorTargets(input: TargetInputs): Target[] {
  return VISITOR_PAGES.flatMap(({ id, name }) => {
    const c = input.cases.find((k) => k.id === compressedCaseId(id));
    const ceiling = input.ceilings.find((k) => k.id === c?.ceilingId);
    if (!c || !ceiling) return [];
    const share = ceiling.measurement.rps > 0 ? c.measurement.rps / ceiling.measurement.rps : 0;
    return [{
      name: `${name}, compressed (${c.encoding ?? "?"})`,
      target: `≥ ${VISITOR_MIN_CEILING_SHARE * 100}% of node:http's rps for the same bytes and encoding, p99 ≤ ${ms(VISITOR_MAX_P99_MS)}`,
      measured: `${(share * 100).toFixed(1)}% (${rps(c.measurement.rps)} of ${rps(ceiling.measurement.rps)}), p99 ${showMs(c.measurement.p99Ms)}`,
      met: share >= VISITOR_MIN_CEILING_SHARE && within(c.measurement.p99Ms, VISITOR_MAX_P99_MS),
    }];
  });
}

function lighthouseTargets(results: LighthouseResult[] | null): Target[] {
  const goal = `mobile performance ≥ ${LIGHTHOUSE_MIN_PERFORMANCE}, LCP ≤ ${LIGHTHOUSE_MAX_LCP_MS / 1000} s, CLS ≤ ${LIGHTHOUSE_MAX_CLS}, TBT ≤ ${ms(LIGHTHOUSE_MAX_TBT_MS)}`;
  const wire = `≤ ${kb(FIRST_VISIT_MAX_BYTES)} on the wire (${FIRST_VISIT_MAX_BYTES.toLocaleString("en")} bytes)`;
  if (!results) {
    return [
      ...LIGHTHOUSE_PAGES.map((page) => ({ name: `Lighthouse, ${page}`, target: goal, measured: "not measured (--no-lighthouse)", met: null })),
      { name: "First visit, every audited page", target: wire, measured: "not measured (--no-lighthouse)", met: null },
    ];
  }
  // The empty page is no target of its own: its figures go beside each page's, as what the framework alone scores.
  const floor = results.find((r) => r.id === FLOOR_AUDIT_ID);
  const pages = results.filter((r) => r !== floor);
  const figures = (r: LighthouseResult) => `performance ${r.performance ?? "n/a"}, LCP ${showMs(r.lcpMs)}, CLS ${r.cls ?? "n/a"}, TBT ${showMs(r.tbtMs)}`;
  const pageTargets = pages.map((r) => ({
    name: `Lighthouse, ${r.id}`,
    target: goal,
    measured: `${figures(r)}${floor ? ` (empty page in this run: ${figures(floor)})` : ""}`,
    met: (r.performance ?? 0) >= LIGHTHOUSE_MIN_PERFORMANCE && within(r.lcpMs, LIGHTHOUSE_MAX_LCP_MS) && r.cls !== null && r.cls <= LIGHTHOUSE_MAX_CLS && within(r.tbtMs, LIGHTHOUSE_MAX_TBT_MS),
  }));
  return [
    ...pageTargets,
    {
      name: "First visit, every audited page",
      target: wire,
      measured: pages.map((r) => `${r.id} ${r.totalBytes === null ? "n/a" : kb(r.totalBytes)}`).join(", "),
      met: pages.every((r) => r.totalBytes !== null && r.totalBytes <= FIRST_VISIT_MAX_BYTES),
    },
  ];
}

export function checkTargets(input: TargetInputs): Target[] {
  const find = (id: string) => input.cases.find((c) => c.id === id)?.measurement;
  const targets: Target[] = visitorTargets(input);
  const signedIn = find("post-signed-in");
  if (signedIn) {
    targets.push({
      name: "Signed-in thread",
      target: `≥ ${rps(SIGNED_IN_POST_MIN_RPS)}, p99 ≤ ${ms(SIGNED_IN_POST_MAX_P99_MS)}`,
      measured: `${rps(signedIn.rps)}, p99 ${showMs(signedIn.p99Ms)}`,
      met: signedIn.rps >= SIGNED_IN_POST_MIN_RPS && within(signedIn.p99Ms, SIGNED_IN_POST_MAX_P99_MS),
    });
  }
  const writers = find("comment-create");
  if (writers) {
    targets.push({
      name: "Comment creation while 8 readers load the thread",
      target: `≥ ${COMMENTS_MIN_PER_S} comments/s, p99 ≤ ${ms(COMMENTS_MAX_P99_MS)}, zero errors`,
      measured: `${input.commentsPerS.toFixed(1)} comments/s, p99 ${showMs(writers.p99Ms)}, ${input.commentFailures} errors`,
      met: input.commentsPerS >= COMMENTS_MIN_PER_S && within(writers.p99Ms, COMMENTS_MAX_P99_MS) && input.commentFailures === 0,
    });
  }
  const { thread, floor, aboveFloorBytes } = input.firstLoadJs;
  targets.push({
    name: "First-load JavaScript, thread page",
    target: `≤ ${kb(FIRST_LOAD_JS_MAX_GZIP_BYTES)} gzip and ≤ ${kb(FIRST_LOAD_JS_MAX_ABOVE_FLOOR_BYTES)} above an empty page's`,
    measured: `${kb(thread.gzipBytes)} in ${thread.scripts} scripts; empty page ${kb(floor.gzipBytes)}, so ${kb(aboveFloorBytes)} above it`,
    met: thread.gzipBytes <= FIRST_LOAD_JS_MAX_GZIP_BYTES && aboveFloorBytes <= FIRST_LOAD_JS_MAX_ABOVE_FLOOR_BYTES,
  });
  const first = find("board-first-plain");
  const deep = find("board-deep");
  if (first && deep) {
    const slowdown = deep.p50Ms !== null && first.p50Ms !== null ? deep.p50Ms / Math.max(first.p50Ms, 0.1) : null;
    targets.push({
      name: "Deep board page vs page 1 (uncompressed)",
      target: `p50 within ${DEEP_PAGE_MAX_SLOWDOWN}x of page 1`,
      measured: `p50 ${showMs(deep.p50Ms)} vs ${showMs(first.p50Ms)} (${slowdown?.toFixed(2) ?? "n/a"}x; ${rps(deep.rps)} vs ${rps(first.rps)})`,
      met: slowdown !== null && slowdown <= DEEP_PAGE_MAX_SLOWDOWN,
    });
  }
  const slowest = [...input.searchTiming.perQuery].sort((a, b) => b.maxMs - a.maxMs)[0];
  targets.push({
    name: "Search time (lib/search/search, no page)",
    target: `median < ${ms(SEARCH_MAX_MEDIAN_MS)}, none over ${ms(SEARCH_MAX_MS)}`,
    measured: `median ${ms(input.searchTiming.medianMs)}, slowest ${ms(input.searchTiming.maxMs)} (${slowest?.label ?? "n/a"}) over ${input.searchTiming.queries} searches`,
    met: input.searchTiming.medianMs < SEARCH_MAX_MEDIAN_MS && input.searchTiming.maxMs <= SEARCH_MAX_MS,
  });
  return [...targets, ...lighthouseTargets(input.lighthouse)];
}
