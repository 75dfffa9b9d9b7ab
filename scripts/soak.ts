// `npm run soak`: a fresh forum in production mode under concurrent reads and writes, stopped gracefully, then
// checked: no failed request, no SQLITE_BUSY, every acknowledged write stored as acknowledged, every counter right.
import fs from "node:fs";
import path from "node:path";
import { benchUsername } from "./harness/members";
import { stopAll } from "./harness/processes";
import { postHref } from "../lib/routes";
import { stopWithPagesInFlight, type PageRequest } from "./load/in-flight";
import { Ledger } from "./load/ledger";
import { runMarkdownPhase } from "./load/markdown-phase";
import { parseLoadOptions } from "./load/options";
import { burstChecks, describeBurst, signInBurst } from "./load/sign-in-burst";
import { prepareRun, requestCheck, type Run } from "./load/run";
import { startServer } from "./load/server";
import { describeTally } from "./load/tally";
import { busyInLogs, printChecks, verifyDatabase, type Check } from "./load/verify";
import { READERS, runLoad, WRITERS } from "./load/workload";
import { pick } from "./load/writes";

const DEFAULT_SECONDS = 60;
/** Beyond the load itself, what starting, stopping and checking may take before the run counts as hung. */
const WATCHDOG_MARGIN_S = 300;
/** Thread pages requested at once as the server is stopped: on two cores, enough to keep it busy past SIGTERM. */
const PAGES_IN_FLIGHT = 8;
/** What the long form's slow-Markdown phase may add: every corpus body at the worst answer time, and then some. */
const MARKDOWN_WATCHDOG_S = 30 * 60;
/** The long form's sign-in burst: parallel wrong sign-ins at one member, and what it may add to the run. */
const SIGN_IN_GUESSES = 200;
const SIGN_IN_WATCHDOG_S = 5 * 60;

/** Thread pages, each read by a different member: each one answered is a view that the shutdown must write. */
function pagesInFlight(run: Run): (PageRequest & { postId: number; viewer: string })[] {
  const posts = [...run.data.posts, ...run.session.ledger.posts.values()];
  return run.data.members.slice(0, PAGES_IN_FLIGHT).map((member) => {
    const post = pick(posts)!;
    return { path: postHref(post.board, post.id), cookie: member.cookie, postId: post.id, viewer: Ledger.memberViewer(member.index) };
  });
}

async function runSignInBurst(base: string, username: string) {
  console.log(`Sign-in burst: ${SIGN_IN_GUESSES} parallel wrong sign-ins at ${username}, each from its own address...`);
  const result = await signInBurst(base, username, SIGN_IN_GUESSES);
  for (const line of describeBurst(result)) console.log(`  ${line}`);
  return burstChecks(result);
}

async function main(): Promise<void> {
  const { seconds, keep, markdown, signInBurst: burst } = parseLoadOptions({ seconds: DEFAULT_SECONDS, secondsEnv: "SOAK_SECONDS" });
  const watchdogS = seconds + WATCHDOG_MARGIN_S + (markdown ? MARKDOWN_WATCHDOG_S : 0) + (burst ? SIGN_IN_WATCHDOG_S : 0);
  const run = await prepareRun("soak", watchdogS, keep);
  const logFile = path.join(run.dir, "server.log");
  // The burst's guesses each pose as their own address, which the server believes only behind a trusted proxy.
  const server = await startServer(run.data.file, run.data.authSecret, logFile, burst ? { RAPPORT_TRUSTED_PROXIES: "1" } : {});
  run.session.connect(server.base);
  console.log(`Soak: ${READERS} readers and ${WRITERS} writers (${run.data.members.length} members) for ${seconds} s on ${server.base}...`);
  const loadS = await runLoad(run.session, seconds);
  // The long form: minutes of slow Markdown (every corpus body at up to the budget) while health is polled.
  const markdownChecks = markdown ? await runMarkdownPhase(run.session, server.base) : [];
  // The other long form: a distributed password-guessing burst at the last member while a visitor reads pages.
  const signInChecks = burst ? await runSignInBurst(server.base, benchUsername(run.data.members.length - 1)) : [];
  console.log(`Stopping the server with SIGTERM while ${PAGES_IN_FLIGHT} thread pages are in flight...`);
  const pages = pagesInFlight(run);
  const { stop, check: inFlight, answered } = await stopWithPagesInFlight(server, pages);
  pages.forEach((page, i) => answered[i] && run.session.ledger.viewed(page.postId, page.viewer));
  const wal = `${run.data.file}-wal`;
  const checks: Check[] = [
    requestCheck(run.session.tally),
    { name: `SIGTERM: the server finished and exited 0 (${stop.detail})`, problems: stop.ok ? [] : [stop.detail] },
    inFlight,
    // The last connection to close folds the write-ahead log back into the file and deletes it.
    { name: "the database was closed at shutdown (no -wal file left)", problems: fs.existsSync(wal) ? [`${wal} is still there`] : [] },
    ...verifyDatabase(run.data.file, run.session.ledger, run.memberIds, run.data.viewsBefore),
    busyInLogs([logFile]),
    ...markdownChecks,
    ...signInChecks,
  ];
  console.log("\nLoad:");
  for (const line of describeTally(run.session.tally, loadS)) console.log(`  ${line}`);
  console.log("Checks:");
  run.finish(printChecks(checks));
}

main().catch(async (error: unknown) => {
  console.error(`\nsoak failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  await stopAll();
  process.exit(1);
});
