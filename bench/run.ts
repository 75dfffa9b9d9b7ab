// `npm run bench`: builds, generates a large board, serves it as `npm start` does (on SQLite, PostgreSQL or both, one
// after the other: --engine) and measures it against node:http.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { actionId, ensureBenchBuild, startApp } from "./app-server";
import { commentCase, DEEP_PAGE, memberAndDeepCases, searchCase, type CaseContext } from "./cases";
import { probeEncodings } from "./ceilings";
import { addMembers } from "../scripts/harness/members";
import { cachedDataset, commentsOn, copyForRun, publishedPosts, WORK_DIR, type Dataset } from "./database";
import { ENGINE_NAMES, type Engine } from "./engines";
import { firstLoadJsOf, FLOOR_PAGE } from "./first-load-js";
import { FLOOR_AUDIT_ID, runLighthouse, type LighthouseResult } from "./lighthouse";
import { lighthouseThread } from "./lighthouse-thread";
import { BROWSER_USER_AGENT } from "../scripts/harness/http";
import { parseOptions, type BenchOptions } from "./options";
import { measureSearchQueries } from "./search-queries";
import { freePort, installCleanup, onExit, stopAll } from "../scripts/harness/processes";
import { printComparison, printReport, updateBenchmarks } from "./report";
import { assembleResult, writeResults, type RunResult } from "./results";
import { serveDatabase, type ServedDatabase } from "./served-database";
import { mintSessionCookies } from "../scripts/harness/session-cookies";
import { snapshotVisitorPages, visitorCases } from "./visitor-cases";
import { ensureWrk } from "./wrk";

/**
 * Members who write during the comment case, each used in turn. At N members a member comes round again
 * every N / rate seconds, so 3,000 keep clear of the 5-second comment interval up to 600 comments/s.
 */
const WRITING_MEMBERS = 3_000;
/** Members who read the thread signed in, one request each in turn, so the server sees many sessions, not one. */
const READING_MEMBERS = 50;
const PAGE_SIZE = 20; // lib/pagination's PAGE_SIZE; that module is server-only.
/** A backstop for the whole run: every step has its own bound, this one catches anything they miss. */
const RUN_TIMEOUT_MS = 3 * 60 * 60 * 1000;
const ADD_COMMENT = { file: "app/b/[board]/[postId]/actions.ts", name: "addComment" };

type Shared = { options: BenchOptions; build: "reused" | "built"; cached: Dataset };

async function main(): Promise<void> {
  const options = parseOptions();
  installCleanup();
  setTimeout(() => {
    console.error(`bench: the run took longer than ${RUN_TIMEOUT_MS / 3_600_000} h, giving up`);
    void stopAll().finally(() => process.exit(1));
  }, RUN_TIMEOUT_MS).unref();

  ensureWrk();
  const build = await ensureBenchBuild();
  const cached = await cachedDataset(options);
  const results: RunResult[] = [];
  for (const engine of options.engines) {
    if (options.engines.length > 1) console.log(`\n=== ${ENGINE_NAMES[engine]} ===`);
    const result = await runOn(engine, { options, build, cached });
    printReport(result);
    results.push(result);
  }
  if (results.length > 1) printComparison(results);
  if (options.record) {
    const jsonFiles = results.map(writeResults);
    updateBenchmarks(results, jsonFiles);
    console.log(`\nWrote ${jsonFiles.join(" and ")} and updated BENCHMARKS.md`);
  }
}

/** One engine's run: a fresh copy of the dataset with its members, served from `engine`, through every case. */
async function runOn(engine: Engine, { options, build, cached }: Shared): Promise<RunResult> {
  const startedAt = new Date().toISOString();
  const loadAtStart = os.loadavg();
  const runDir = path.join(WORK_DIR, `run-${process.pid}-${engine}`);
  // The run's copy can be gigabytes: it goes however the run ends (the exit handler also runs on Ctrl-C).
  const removeRunDir = () => fs.rmSync(runDir, { recursive: true, force: true });
  onExit(removeRunDir);
  const dataset = copyForRun(cached, runDir);
  let served: ServedDatabase | null = null;
  try {
    console.log(`Adding ${WRITING_MEMBERS + READING_MEMBERS} members older than a day and minting their session cookies...`);
    const authSecret = crypto.randomBytes(32).toString("base64url");
    const cookies = await mintSessionCookies(addMembers(dataset.file, WRITING_MEMBERS + READING_MEMBERS), authSecret);
    const readerCookies = cookies.slice(0, READING_MEMBERS);
    const writerCookies = cookies.slice(READING_MEMBERS);
    served = await serveDatabase(engine, dataset.file);
    const db = served.number;
    const boardPages = Math.max(1, Math.ceil((await publishedPosts(db, dataset.boardId)) / PAGE_SIZE));
    const lighthousePost = await lighthouseThread(db, dataset.boardId, dataset.hotPostId);

    console.log(`Starting the production server (scripts/server.ts) on ${ENGINE_NAMES[engine]}...`);
    const { base } = await startApp({ port: await freePort(), database: served.env, authSecret });
    const ctx: CaseContext = {
      base,
      board: options.board,
      hotPostId: dataset.hotPostId,
      deepPage: Math.min(DEEP_PAGE, boardPages),
      connections: options.connections,
      warmupS: options.warmupS,
      durationS: options.durationS,
      readerCookies,
      writerCookies,
      addCommentId: actionId(ADD_COMMENT.file, ADD_COMMENT.name),
    };
    const postPath = `/b/${options.board}/${dataset.hotPostId}`;
    const snapshots = await snapshotVisitorPages(ctx, runDir);
    const signedInHtml = await (await fetch(base + postPath, { headers: { cookie: readerCookies[0]!, "user-agent": BROWSER_USER_AGENT } })).text();
    if (!signedInHtml.includes('id="new-comment"')) throw new Error("The minted session cookie did not sign in: the thread shows no comment form");
    const encodings = await probeEncodings(base, postPath);
    const thread = await firstLoadJsOf(base, postPath);
    const floor = await firstLoadJsOf(base, FLOOR_PAGE);
    console.log(`First-load JS: thread ${thread.gzipBytes.toLocaleString("en")} bytes gzip, empty page ${floor.gzipBytes.toLocaleString("en")}`);
    const threadCommentsBefore = await commentsOn(db, dataset.hotPostId);

    const visitors = await visitorCases(ctx, snapshots);
    const others = await memberAndDeepCases(ctx);
    const comments = await commentCase(ctx);
    const search = await searchCase(ctx);
    let lighthouse: LighthouseResult[] | null = null;
    if (options.lighthouse) {
      lighthouse = await runLighthouse(base, [
        { id: "thread", label: `Thread (${lighthousePost.comments} comments)`, path: `/b/${options.board}/${lighthousePost.id}` },
        { id: "board", label: "Board page 1", path: `/b/${options.board}` },
        { id: "home", label: "Home", path: "/" },
        { id: FLOOR_AUDIT_ID, label: "Empty page (the floor)", path: FLOOR_PAGE },
      ]);
    }
    await stopAll();
    const searchTiming = await measureSearchQueries(served.env, runDir);
    const threadCommentsAfter = await commentsOn(db, dataset.hotPostId);

    return assembleResult({
      startedAt,
      loadAtStart,
      engine,
      postgres: served.postgres,
      options,
      dataset: { posts: options.posts, comments: options.comments, board: options.board, hotPostId: dataset.hotPostId, boardPages, deepPage: ctx.deepPage, generatedInS: dataset.generatedInS },
      build,
      pageBytes: { anonymous: snapshots.get("post-visitor-plain")!.bytes, signedIn: Buffer.byteLength(signedInHtml), encodings },
      firstLoadJs: { thread, floor, aboveFloorBytes: thread.gzipBytes - floor.gzipBytes },
      ceilings: visitors.ceilings,
      reads: [...visitors.cases, ...others],
      comments,
      commentThread: { members: WRITING_MEMBERS, before: threadCommentsBefore, after: threadCommentsAfter },
      search,
      searchTiming,
      lighthouse,
      notes: lighthouse ? [`Lighthouse audits thread ${lighthousePost.id} (${lighthousePost.comments} comments)${lighthousePost.id === dataset.hotPostId ? ", the hot thread: no thread with a dozen or so comments was found" : ", not the hot thread, so the comment case's writes never reach it"}.`] : ["Lighthouse skipped (--no-lighthouse)."],
    });
  } finally {
    await stopAll();
    // After the app, which holds connections to it; stopping the cluster also deletes its directory.
    await served?.close();
    removeRunDir();
  }
}

main().then(
  () => process.exit(0),
  async (error: unknown) => {
    console.error(`\nbench failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    await stopAll();
    process.exit(1);
  },
);
