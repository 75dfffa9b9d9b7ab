// `npm run bench`: builds, generates a large board, serves it in production mode and measures it against two ceilings.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { actionId, ensureBenchBuild, startApp } from "./app-server";
import { commentCase, DEEP_PAGE, describe, readCases, searchCase, type CaseContext } from "./cases";
import { awaitStaticSnapshot, measurePlainCeiling, snapshotPage, staticCeilingLoad } from "./ceilings";
import { addMembers, cachedDataset, commentsOn, copyForRun, publishedPosts, WORK_DIR } from "./database";
import { firstLoadJs } from "./first-load-js";
import { BROWSER_USER_AGENT, measure } from "./load";
import { parseOptions } from "./options";
import { measureSearchQueries } from "./search-queries";
import { freePort, installCleanup, onExit, stopAll } from "./processes";
import { printReport, updateBenchmarks } from "./report";
import { assembleResult, writeResults } from "./results";
import { mintSessionCookies } from "./tokens";

/**
 * Members who write during the comment case, each used in turn. At N members a member comes round again
 * every N / rate seconds, so 3,000 keep clear of the 5-second comment interval up to 600 comments/s.
 */
const WRITING_MEMBERS = 3_000;
const PAGE_SIZE = 20; // lib/pagination's PAGE_SIZE; that module is server-only.
/** A backstop for the whole run: every step has its own bound, this one catches anything they miss. */
const RUN_TIMEOUT_MS = 3 * 60 * 60 * 1000;
const ADD_COMMENT = { file: "app/b/[board]/[postId]/actions.ts", name: "addComment" };

async function main(): Promise<void> {
  const options = parseOptions();
  const startedAt = new Date().toISOString();
  const loadAtStart = os.loadavg();
  installCleanup();
  setTimeout(() => {
    console.error(`bench: the run took longer than ${RUN_TIMEOUT_MS / 3_600_000} h, giving up`);
    void stopAll().finally(() => process.exit(1));
  }, RUN_TIMEOUT_MS).unref();

  const build = await ensureBenchBuild();
  const runDir = path.join(WORK_DIR, `run-${process.pid}`);
  // The run's copy can be gigabytes: it goes however the run ends (the exit handler also runs on Ctrl-C).
  onExit(() => fs.rmSync(runDir, { recursive: true, force: true }));
  const dataset = copyForRun(await cachedDataset(options), runDir);
  try {
    console.log(`Adding ${WRITING_MEMBERS + 1} members older than a day and minting their session cookies...`);
    const authSecret = crypto.randomBytes(32).toString("base64url");
    const [readerCookie, ...writerCookies] = await mintSessionCookies(addMembers(dataset.file, WRITING_MEMBERS + 1), authSecret);
    const boardPages = Math.max(1, Math.ceil(publishedPosts(dataset.file, dataset.boardId) / PAGE_SIZE));
    const snapshotFile = path.join(runDir, "post-page.html");

    console.log("Starting the production server...");
    const { base } = await startApp({ port: await freePort(), databaseFile: dataset.file, authSecret, snapshotFile });
    const postPath = `/b/${options.board}/${dataset.hotPostId}`;
    const html = await snapshotPage(base, postPath, snapshotFile);
    const signedInHtml = await (await fetch(base + postPath, { headers: { cookie: readerCookie!, "user-agent": BROWSER_USER_AGENT } })).text();
    if (!signedInHtml.includes('id="new-comment"')) throw new Error("The minted session cookie did not sign in: the post page shows no comment form");
    const scripts = await firstLoadJs(base, html.toString("utf8"));
    const threadCommentsBefore = commentsOn(dataset.file, dataset.hotPostId);

    const ctx: CaseContext = {
      base,
      board: options.board,
      hotPostId: dataset.hotPostId,
      deepPage: Math.min(DEEP_PAGE, boardPages),
      connections: options.connections,
      warmupS: options.warmupS,
      durationS: options.durationS,
      readerCookie: readerCookie!,
      writerCookies,
      addCommentId: actionId(ADD_COMMENT.file, ADD_COMMENT.name),
    };
    console.log(`• Ceiling: node:http answering with the post page's ${html.length.toLocaleString("en")} bytes, ${ctx.warmupS} + ${ctx.durationS} s...`);
    const nodeHttp = await measurePlainCeiling(snapshotFile, ctx.connections, ctx.warmupS, ctx.durationS);
    console.log(`  ${describe(nodeHttp)}`);
    console.log("• Ceiling: static Next.js route /bench-static with the same bytes (waiting for it to pick up the snapshot)...");
    await awaitStaticSnapshot(base, html);
    const nextStatic = await measure(staticCeilingLoad(base, ctx.connections), ctx.warmupS, ctx.durationS);
    console.log(`  ${describe(nextStatic)}`);

    const reads = await readCases(ctx);
    const comments = await commentCase(ctx);
    const search = await searchCase(ctx);
    await stopAll();
    const searchTiming = await measureSearchQueries(dataset.file, runDir);

    const result = assembleResult({
      startedAt,
      loadAtStart,
      options,
      dataset: { posts: options.posts, comments: options.comments, board: options.board, hotPostId: dataset.hotPostId, boardPages, deepPage: ctx.deepPage, generatedInS: dataset.generatedInS },
      build,
      pageBytes: { anonymous: html.length, signedIn: Buffer.byteLength(signedInHtml) },
      firstLoadJs: scripts,
      ceilings: { nodeHttp, nextStatic },
      reads,
      comments,
      commentThread: { members: WRITING_MEMBERS, before: threadCommentsBefore, after: commentsOn(dataset.file, dataset.hotPostId) },
      search,
      searchTiming,
    });
    printReport(result);
    if (options.record) {
      const jsonFile = writeResults(result);
      updateBenchmarks(result, jsonFile);
      console.log(`\nWrote ${jsonFile} and updated BENCHMARKS.md`);
    }
  } finally {
    await stopAll();
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
