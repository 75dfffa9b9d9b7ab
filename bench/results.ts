// What one benchmark run found, the machine it ran on, and the dated JSON file it is kept in.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { CaseResult, CommentCase, Skipped } from "./cases";
import type { WriterTally } from "./comment-writers";
import type { FirstLoadJs } from "./first-load-js";
import type { Measurement } from "./load";
import type { BenchOptions } from "./options";
import type { SearchTiming } from "./search-queries";
import { checkTargets, type Target } from "./targets";

export const RESULTS_DIR = path.join("bench", "results");

export type Machine = {
  cores: number;
  cpuModel: string;
  node: string;
  totalMemoryGiB: number;
  platform: string;
  /** os.loadavg() (1, 5, 15 minutes) when the run started and ended: above the core count, something else was busy too. */
  loadAverage: { start: number[]; end: number[] };
};

export type RunResult = {
  startedAt: string;
  command: string;
  machine: Machine;
  settings: { connections: number; warmupS: number; durationS: number; quick: boolean };
  dataset: { posts: number; comments: number; board: string; hotPostId: number; boardPages: number; deepPage: number; generatedInS: number | null };
  build: "reused" | "built";
  pageBytes: { anonymous: number; signedIn: number };
  firstLoadJs: FirstLoadJs;
  ceilings: { nodeHttp: Measurement; nextStatic: Measurement };
  cases: CaseResult[];
  /** The search function alone, per query, with the server stopped. */
  searchTiming: SearchTiming;
  comments: WriterTally & { perSecond: number; failures: number; members: number; threadCommentsBefore: number; threadCommentsAfter: number };
  skipped: Skipped[];
  targets: Target[];
  notes: string[];
};

export type RunParts = {
  startedAt: string;
  loadAtStart: number[];
  options: BenchOptions;
  dataset: RunResult["dataset"];
  build: RunResult["build"];
  pageBytes: RunResult["pageBytes"];
  firstLoadJs: FirstLoadJs;
  ceilings: RunResult["ceilings"];
  reads: CaseResult[];
  comments: CommentCase;
  commentThread: { members: number; before: number; after: number };
  search: CaseResult | Skipped;
  searchTiming: SearchTiming;
};

/** Puts a run's parts together and checks the targets against them. */
export function assembleResult(parts: RunParts): RunResult {
  const { options, comments } = parts;
  const cases = [...parts.reads, comments.writers, comments.readers, ...("reason" in parts.search ? [] : [parts.search])];
  const writers = comments.writers.measurement;
  const perSecond = comments.tally.created / writers.durationS;
  // A refusal is an error too: the writer's comment was not made.
  const failures = writers.errors + writers.non2xx + comments.tally.refused;
  return {
    startedAt: parts.startedAt,
    command: options.command,
    machine: describeMachine(parts.loadAtStart),
    settings: { connections: options.connections, warmupS: options.warmupS, durationS: options.durationS, quick: options.quick },
    dataset: parts.dataset,
    build: parts.build,
    pageBytes: parts.pageBytes,
    firstLoadJs: parts.firstLoadJs,
    ceilings: parts.ceilings,
    cases,
    searchTiming: parts.searchTiming,
    comments: {
      ...comments.tally,
      perSecond,
      failures,
      members: parts.commentThread.members,
      threadCommentsBefore: parts.commentThread.before,
      threadCommentsAfter: parts.commentThread.after,
    },
    skipped: "reason" in parts.search ? [parts.search] : [],
    targets: checkTargets({ cases, frameworkCeiling: parts.ceilings.nextStatic, commentsPerS: perSecond, commentFailures: failures, firstLoadJs: parts.firstLoadJs, searchTiming: parts.searchTiming }),
    notes: [
      ...cases.filter((c) => c.note).map((c) => `${c.label}: ${c.note}.`),
      "The load generator (autocannon) runs on the same machine as the server and competes with it for the same cores.",
      "Requests send no Accept-Encoding, so every response is uncompressed HTML, as the node:http ceiling's is.",
      ...(parts.firstLoadJs.skippedNoModule.length
        ? [`First-load JS leaves out ${parts.firstLoadJs.skippedNoModule.length} nomodule script (Next's polyfills), which browsers with ES modules never load.`]
        : []),
    ],
  };
}

export function describeMachine(loadAtStart: number[]): Machine {
  const cpus = os.cpus();
  const load = (averages: number[]) => averages.map((n) => Math.round(n * 100) / 100);
  return {
    cores: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    node: process.version,
    totalMemoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${os.platform()} ${os.release()}`,
    loadAverage: { start: load(loadAtStart), end: load(os.loadavg()) },
  };
}

/** bench/results/<date>.json for the day the run started; a second run that day gets a time suffix. */
export function writeResults(result: RunResult): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const started = new Date(result.startedAt);
  const pad = (n: number) => String(n).padStart(2, "0");
  const date = `${started.getFullYear()}-${pad(started.getMonth() + 1)}-${pad(started.getDate())}`;
  let file = path.join(RESULTS_DIR, `${date}.json`);
  if (fs.existsSync(file)) {
    file = path.join(RESULTS_DIR, `${date}-${pad(started.getHours())}${pad(started.getMinutes())}${pad(started.getSeconds())}.json`);
  }
  fs.writeFileSync(file, JSON.stringify(result, null, 2) + "\n");
  return file;
}
