// What one benchmark run found, the machine it ran on, and the dated JSON file it is kept in.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { CaseResult, CommentCase, Skipped } from "./cases";
import type { Ceiling, EncodingProbe } from "./ceilings";
import type { WriterTally } from "./comment-writers";
import type { Engine } from "./engines";
import type { FirstLoadJsReport } from "./first-load-js";
import type { LighthouseResult } from "./lighthouse";
import type { BenchOptions } from "./options";
import type { SearchTiming } from "./search-queries";
import type { PostgresFacts } from "./served-database";
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
  /** The engine the app served the dataset from. Results written before `--engine` existed lack it: they are SQLite. */
  engine: Engine;
  /** The PostgreSQL server and the copy into it; null on SQLite. */
  postgres: PostgresFacts | null;
  machine: Machine;
  settings: { connections: number; warmupS: number; durationS: number; quick: boolean };
  dataset: { posts: number; comments: number; board: string; hotPostId: number; boardPages: number; deepPage: number; generatedInS: number | null };
  build: "reused" | "built";
  /** The hot thread's HTML: uncompressed as a visitor and as a member, and what the app sends for `br` and `gzip` alone. */
  pageBytes: { anonymous: number; signedIn: number; encodings: EncodingProbe[] };
  firstLoadJs: FirstLoadJsReport;
  /** One node:http ceiling per visitor case, for the same bytes and encoding. */
  ceilings: Ceiling[];
  cases: CaseResult[];
  /** Null when skipped with --no-lighthouse. */
  lighthouse: LighthouseResult[] | null;
  /** The search function alone, per query, with the server stopped. */
  searchTiming: SearchTiming;
  comments: WriterTally & { perSecond: number; failures: number; members: number; threadCommentsBefore: number; threadCommentsAfter: number };
  skipped: Skipped[];
  targets: Target[];
  notes: string[];
};

export type RunParts = {
  startedAt: string;
  engine: Engine;
  postgres: PostgresFacts | null;
  loadAtStart: number[];
  options: BenchOptions;
  dataset: RunResult["dataset"];
  build: RunResult["build"];
  pageBytes: RunResult["pageBytes"];
  firstLoadJs: FirstLoadJsReport;
  ceilings: Ceiling[];
  reads: CaseResult[];
  comments: CommentCase;
  commentThread: { members: number; before: number; after: number };
  search: CaseResult | Skipped;
  searchTiming: SearchTiming;
  lighthouse: LighthouseResult[] | null;
  notes: string[];
};

/** Puts a run's parts together and checks the targets against them. */
export function assembleResult(parts: RunParts): RunResult {
  const { options, comments } = parts;
  const cases = [...parts.reads, comments.writers, comments.readers, ...("reason" in parts.search ? [] : [parts.search])];
  const writers = comments.writers.measurement;
  const perSecond = comments.tally.created / writers.durationS;
  // A refusal is an error too: the writer's comment was not made.
  const failures = writers.errors + writers.httpErrors + comments.tally.refused;
  return {
    startedAt: parts.startedAt,
    command: options.command,
    engine: parts.engine,
    postgres: parts.postgres,
    machine: describeMachine(parts.loadAtStart),
    settings: { connections: options.connections, warmupS: options.warmupS, durationS: options.durationS, quick: options.quick },
    dataset: parts.dataset,
    build: parts.build,
    pageBytes: parts.pageBytes,
    firstLoadJs: parts.firstLoadJs,
    ceilings: parts.ceilings,
    cases,
    lighthouse: parts.lighthouse,
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
    targets: checkTargets({
      cases,
      ceilings: parts.ceilings,
      commentsPerS: perSecond,
      commentFailures: failures,
      firstLoadJs: parts.firstLoadJs,
      searchTiming: parts.searchTiming,
      lighthouse: parts.lighthouse,
    }),
    notes: [
      ...cases.filter((c) => c.note).map((c) => `${c.label}: ${c.note}.`),
      ...parts.notes,
      "The load generators (wrk, and autocannon for the comment case) run on the same machine as the server and compete with it for the same cores.",
      "Cases marked uncompressed send no Accept-Encoding; the others send `gzip, br` as a browser does. Each visitor case's ceiling is node:http sending the bytes the app sent for that request, with the same Content-Encoding.",
      "The empty page (/bench-empty, bench build only) sits inside the root layout like every page, so its JavaScript is the framework's plus the site shell's (header, footer, translations provider).",
      ...(parts.firstLoadJs.thread.skippedNoModule.length
        ? [`First-load JS leaves out ${parts.firstLoadJs.thread.skippedNoModule.length} nomodule script (Next's polyfills), which browsers with ES modules never load.`]
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

/**
 * bench/results/<date>.json for the day the run started; a second run that day gets a time suffix. A PostgreSQL
 * result's name ends in `-postgres` (`<date>-postgres.json`, or with the time suffix before it).
 */
export function writeResults(result: RunResult): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const started = new Date(result.startedAt);
  const pad = (n: number) => String(n).padStart(2, "0");
  const date = `${started.getFullYear()}-${pad(started.getMonth() + 1)}-${pad(started.getDate())}`;
  const suffix = result.engine === "sqlite" ? "" : `-${result.engine}`;
  let file = path.join(RESULTS_DIR, `${date}${suffix}.json`);
  if (fs.existsSync(file)) {
    file = path.join(RESULTS_DIR, `${date}-${pad(started.getHours())}${pad(started.getMinutes())}${pad(started.getSeconds())}${suffix}.json`);
  }
  fs.writeFileSync(file, JSON.stringify(result, null, 2) + "\n");
  return file;
}
