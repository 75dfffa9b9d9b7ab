// The search-time case: every query of bench/search-timing.ts run several times in a child process on the database the
// run served (its SQLite copy, or PostgreSQL through lib/search's PostgreSQL engine), summarised as the median and the slowest query overall and per query.
import fs from "node:fs";
import path from "node:path";
import { TS_NODE_ARGS } from "../scripts/harness/processes";
import { round1 } from "./load";
import { finished, startProcess } from "../scripts/harness/processes";
import { withoutDatabaseSettings } from "./served-database";

const ROUNDS = 5;
const TIMEOUT_MS = 5 * 60 * 1000;

export type QueryTiming = { label: string; results: number; medianMs: number; maxMs: number };
export type SearchTiming = { rounds: number; queries: number; medianMs: number; maxMs: number; perQuery: QueryTiming[] };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Times the search function with the server stopped, so nothing else competes for the cores (PostgreSQL's own server
 * still runs, idle). `database` is the app's DATABASE_PATH or DATABASE_URL.
 */
export async function measureSearchQueries(database: Record<string, string>, runDir: string): Promise<SearchTiming> {
  const out = path.join(runDir, "search-timing.json");
  console.log(`• Search time: each query ${ROUNDS} times through lib/search/search on the run's database...`);
  const child = startProcess(
    "the search timer",
    process.execPath,
    [...TS_NODE_ARGS, "--conditions=react-server", "bench/search-timing.ts", "--rounds", String(ROUNDS), "--out", out],
    { env: { ...withoutDatabaseSettings(), ...database, LOG_LEVEL: "warn" } },
  );
  const code = await finished(child, TIMEOUT_MS);
  if (code !== 0 || !fs.existsSync(out)) throw new Error(`The search timer failed (exit ${code}):\n${child.log()}`);
  const samples = JSON.parse(fs.readFileSync(out, "utf8")) as { label: string; ms: number; results: number }[];
  const labels = [...new Set(samples.map((s) => s.label))];
  const perQuery = labels.map((label) => {
    const mine = samples.filter((s) => s.label === label);
    return { label, results: mine[0]!.results, medianMs: round1(median(mine.map((s) => s.ms))), maxMs: round1(Math.max(...mine.map((s) => s.ms))) };
  });
  const timing = {
    rounds: ROUNDS,
    queries: samples.length,
    medianMs: round1(median(samples.map((s) => s.ms))),
    maxMs: round1(Math.max(...samples.map((s) => s.ms))),
    perQuery,
  };
  console.log(`  ${timing.queries} searches: median ${timing.medianMs} ms, slowest ${timing.maxMs} ms`);
  return timing;
}
