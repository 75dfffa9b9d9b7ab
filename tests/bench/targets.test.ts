// The benchmark's target checks: shares of the ceiling for the same bytes, the first-load JS floor, skipped steps.
import { describe, expect, it } from "vitest";
import type { CaseResult } from "../../bench/cases";
import type { Ceiling } from "../../bench/ceilings";
import type { FirstLoadJs } from "../../bench/first-load-js";
import type { Measurement } from "../../bench/load";
import { FLOOR_AUDIT_ID, type LighthouseResult } from "../../bench/lighthouse";
import { checkTargets, type TargetInputs } from "../../bench/targets";

const measurement = (rps: number, p99Ms: number): Measurement => ({
  requests: rps * 10, durationS: 10, rps, p50Ms: p99Ms / 2, p99Ms, errors: 0, httpErrors: 0, statusCodes: {}, bytesPerResponse: 1_000,
});
const scripts = (gzipBytes: number): FirstLoadJs => ({ scripts: 1, rawBytes: gzipBytes * 3, gzipBytes, files: [], skippedNoModule: [] });

function inputs(threadRps: number, threadP99: number, overrides: Partial<TargetInputs> = {}): TargetInputs {
  const thread: CaseResult = {
    id: "post-visitor-compressed", label: "Thread", method: "GET", path: "/b/free/1", connections: 16, tool: "wrk",
    acceptEncoding: "gzip, br", encoding: "br", ceilingId: "ceiling-post-visitor-compressed", measurement: measurement(threadRps, threadP99),
  };
  const ceiling: Ceiling = {
    id: "ceiling-post-visitor-compressed", label: "Ceiling",
    snapshot: { path: "/b/free/1", acceptEncoding: "gzip, br", encoding: "br", bytes: 30_000, etag: null, cacheControl: null },
    measurement: measurement(10_000, 5),
  };
  return {
    cases: [thread], ceilings: [ceiling], commentsPerS: 0, commentFailures: 0,
    firstLoadJs: { thread: scripts(100_000), floor: scripts(90_000), aboveFloorBytes: 10_000 },
    searchTiming: { queries: 0, rounds: 0, medianMs: 1, maxMs: 2, perQuery: [] },
    lighthouse: null,
    ...overrides,
  };
}

const named = (targets: ReturnType<typeof checkTargets>, start: string) => targets.find((t) => t.name.startsWith(start))!;

describe("checkTargets", () => {
  it("meets the visitor thread target at 40% of its own ceiling with p99 within 20 ms", () => {
    expect(named(checkTargets(inputs(4_000, 20)), "Visitor thread").met).toBe(true);
  });

  it("misses it below 40% of the ceiling, or with a slow p99", () => {
    expect(named(checkTargets(inputs(3_999, 5)), "Visitor thread").met).toBe(false);
    expect(named(checkTargets(inputs(9_000, 20.1)), "Visitor thread").met).toBe(false);
  });

  it("misses first-load JS more than 15 KB above the empty page even under 120 KB", () => {
    const firstLoadJs = { thread: scripts(110_000), floor: scripts(90_000), aboveFloorBytes: 20_000 };
    expect(named(checkTargets(inputs(4_000, 5)), "First-load").met).toBe(true);
    expect(named(checkTargets(inputs(4_000, 5, { firstLoadJs })), "First-load").met).toBe(false);
  });

  it("reports Lighthouse targets as not measured when the run skipped it", () => {
    const lighthouse = checkTargets(inputs(4_000, 5)).filter((t) => t.name.startsWith("Lighthouse") || t.name.startsWith("First visit"));
    expect(lighthouse).toHaveLength(4);
    expect(lighthouse.every((t) => t.met === null)).toBe(true);
  });

  it("reads each page's Lighthouse audit beside the empty page's, which is no target of its own", () => {
    const audit = (id: string, performance: number, tbtMs: number, totalBytes: number): LighthouseResult => ({
      id, label: id, path: `/${id}`, performance, accessibility: 100, bestPractices: 100, seo: 100, lcpMs: 1_500, cls: 0, tbtMs,
      totalBytes, fontBytes: 0, scriptBytes: 100_000, bfcache: true, bfcacheFailures: [], benchmarkIndex: 2_000,
    });
    const lighthouse = [audit("thread", 96, 120, 200_000), audit("board", 80, 700, 200_000), audit(FLOOR_AUDIT_ID, 70, 900, 300_000)];
    const targets = checkTargets(inputs(4_000, 5, { lighthouse }));
    expect(targets.map((t) => t.name).filter((name) => name.startsWith("Lighthouse"))).toEqual(["Lighthouse, thread", "Lighthouse, board"]);
    expect(named(targets, "Lighthouse, thread")).toMatchObject({ met: true, measured: expect.stringContaining("(empty page in this run: performance 70,") });
    expect(named(targets, "Lighthouse, board").met).toBe(false);
    // The empty page's 300 KB is not a first visit the target counts.
    expect(named(targets, "First visit")).toMatchObject({ met: true, measured: "thread 200.0 KB, board 200.0 KB" });
  });
});
