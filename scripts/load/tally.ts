// What the load saw: every answer's latency and status, failures by cause, and acknowledged writes by kind.

export const WRITE_KINDS = ["post", "comment", "reply", "postEdit", "commentEdit", "recommend"] as const;
export type WriteKind = (typeof WRITE_KINDS)[number];

/** Examples kept per failure cause, for the report; the count is always complete. */
const EXAMPLES_PER_CAUSE = 3;

export type Tally = {
  requests: number;
  reads: number;
  latenciesMs: number[];
  statuses: Record<string, number>;
  written: Record<WriteKind, number>;
  /** Writes whose answer never came because the test itself killed the server: neither failures nor acknowledged. */
  cutOff: number;
  failures: Map<string, { count: number; examples: string[] }>;
};

export function createTally(): Tally {
  const written = Object.fromEntries(WRITE_KINDS.map((kind) => [kind, 0])) as Record<WriteKind, number>;
  return { requests: 0, reads: 0, latenciesMs: [], statuses: {}, written, cutOff: 0, failures: new Map() };
}

export function recordAnswer(tally: Tally, status: number, latencyMs: number): void {
  tally.requests++;
  tally.latenciesMs.push(latencyMs);
  tally.statuses[status] = (tally.statuses[status] ?? 0) + 1;
}

export function recordFailure(tally: Tally, cause: string, example: string): void {
  const entry = tally.failures.get(cause) ?? { count: 0, examples: [] };
  entry.count++;
  if (entry.examples.length < EXAMPLES_PER_CAUSE) entry.examples.push(example);
  tally.failures.set(cause, entry);
}

export const failureCount = (tally: Tally) => [...tally.failures.values()].reduce((sum, f) => sum + f.count, 0);

function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! * 10) / 10;
}

export type Summary = { requests: number; reads: number; writes: number; rps: number; p50Ms: number | null; p99Ms: number | null };

export function summarize(tally: Tally, seconds: number): Summary {
  const sorted = [...tally.latenciesMs].sort((a, b) => a - b);
  const writes = Object.values(tally.written).reduce((a, b) => a + b, 0);
  const rps = seconds > 0 ? Math.round((tally.requests / seconds) * 10) / 10 : 0;
  return { requests: tally.requests, reads: tally.reads, writes, rps, p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99) };
}

/** The report's lines about the load itself; checks on the database are printed separately. */
export function describeTally(tally: Tally, seconds: number): string[] {
  const s = summarize(tally, seconds);
  const kinds = WRITE_KINDS.map((kind) => `${kind} ${tally.written[kind]}`).join(", ");
  const lines = [
    `requests: ${s.requests} in ${seconds.toFixed(1)} s (${s.rps} rps), p50 ${s.p50Ms ?? "n/a"} ms, p99 ${s.p99Ms ?? "n/a"} ms`,
    `reads: ${s.reads}; acknowledged writes: ${s.writes} (${kinds})`,
    `statuses: ${Object.entries(tally.statuses).map(([code, n]) => `${code}×${n}`).join(", ") || "none"}`,
  ];
  if (tally.cutOff > 0) lines.push(`writes cut off by the kill (unanswered, may or may not exist): ${tally.cutOff}`);
  for (const [cause, { count, examples }] of tally.failures) lines.push(`FAILED ${cause}: ${count} (e.g. ${examples.join(" | ")})`);
  return lines;
}
