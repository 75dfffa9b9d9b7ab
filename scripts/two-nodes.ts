// `npm run test:nodes`: two production servers on one PostgreSQL, as two app nodes behind a proxy would run. Checks
// what several nodes must share:
//   1. a comment written through node A is on the very next visitor read of node B, whose cached copy of the thread
//      the write expired (LISTEN/NOTIFY);
//   2. the sign-in throttle counts failures made on both nodes;
//   3. one visitor opening a thread on both nodes counts one view (and a second visitor one more);
//   4. killing node A (SIGKILL) while members comment through it loses no acknowledged comment, and node B keeps
//      serving them.
// Needs PostgreSQL's server programs (Debian's `postgresql` package); exits 1 on any failed check.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { actionLanded, BROWSER_USER_AGENT } from "./harness/http";
import { stopAll } from "./harness/processes";
import { mintSessionCookies } from "./harness/session-cookies";
import { ACTION_CONTENT_TYPE, actionBody } from "./load/http";
import { ACCOUNT_FAILURES_BEFORE_LOCK, signInAttempt } from "./load/sign-in-burst";
import { actionIds, ensureSoakBuild, kill, startServer, stopGracefully, type RunningServer } from "./load/server";
import { startCluster } from "./postgres/cluster";

/** lib/content/views.ts VIEW_FLUSH_INTERVAL_MS, with room: a node writes its buffered views this often. */
const VIEW_FLUSH_WAIT_MS = 3_500;
/** Members who comment during the kill check, one comment each (the per-member comment interval is 5 s). */
const KILL_WRITERS = 60;

type Check = { name: string; ok: boolean; detail: string };
const checks: Check[] = [];
const check = (name: string, ok: boolean, detail: string) => {
  checks.push({ name, ok, detail });
  console.log(`${ok ? "ok  " : "FAIL"} ${name}: ${detail}`);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A comment through the real addComment action; where it landed, or null if refused or cut off. */
async function comment(base: string, actionId: string, cookie: string, board: string, postId: number, body: string): Promise<string | null> {
  try {
    const response = await fetch(`${base}/b/${board}/${postId}`, {
      method: "POST",
      headers: { "next-action": actionId, accept: "text/x-component", origin: base, cookie, "content-type": ACTION_CONTENT_TYPE, "user-agent": BROWSER_USER_AGENT },
      body: actionBody({ board, postId: String(postId), body, submissionKey: crypto.randomUUID() }, true),
    });
    return actionLanded(await response.text());
  } catch {
    return null;
  }
}

/** A visitor's read: the page, and whether the page cache answered it. */
async function read(base: string, pagePath: string, ip = "203.0.113.7"): Promise<{ status: number; html: string; cache: string | null }> {
  const response = await fetch(base + pagePath, { headers: { "user-agent": BROWSER_USER_AGENT, "x-forwarded-for": ip } });
  return { status: response.status, html: await response.text(), cache: response.headers.get("x-rapport-cache") };
}

async function main(): Promise<void> {
  const buildS = ensureSoakBuild();
  console.log(`Build ready (${buildS.toFixed(0)} s). Starting a throwaway PostgreSQL...`);
  const cluster = await startCluster();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-nodes-"));
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query("CREATE DATABASE rapport");
  await admin.end();
  const url = new URL(cluster.url);
  url.pathname = "/rapport";
  const databaseUrl = url.toString();
  const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const authSecret = crypto.randomBytes(32).toString("base64url");
  const env = { DATABASE_URL: databaseUrl, RAPPORT_TRUSTED_PROXIES: "1", LOG_LEVEL: "info" };
  let a: RunningServer | undefined;
  let b: RunningServer | undefined;
  try {
    // Started together: they take turns to migrate and to write the demo content.
    [a, b] = await Promise.all([
      startServer(path.join(dir, "unused-a.db"), authSecret, path.join(dir, "node-a.log"), env),
      startServer(path.join(dir, "unused-b.db"), authSecret, path.join(dir, "node-b.log"), env),
    ]);
    const { rows: boards } = await db.query<{ n: string }>("SELECT count(*) AS n FROM boards");
    check("both nodes started on one database", Number(boards[0]!.n) > 0, `${boards[0]!.n} demo boards, written once`);
    const addComment = actionIds().get("app/b/[board]/[postId]/actions.ts#addComment");
    if (!addComment) throw new Error("No addComment action in the build");

    const { rows: [thread] } = await db.query<{ id: number; slug: string }>(
      "SELECT p.id, b.slug FROM posts p JOIN boards b ON b.id = p.board_id WHERE p.status = 'published' AND NOT p.locked ORDER BY p.id LIMIT 1",
    );
    const threadPath = `/b/${thread!.slug}/${thread!.id}`;
    // Members older than a day, so new-account limits stay out of the way.
    const ids: string[] = [];
    for (let i = 0; i < KILL_WRITERS + 1; i++) {
      const id = crypto.randomUUID();
      await db.query("INSERT INTO users (id, username, username_key, name, created_at) VALUES ($1, $2, $2, $3, now() - interval '2 days')", [id, `node${i}`, `Node ${i}`]);
      ids.push(id);
    }
    const cookies = await mintSessionCookies(ids, authSecret);

    // 1. Cache expiry crosses nodes.
    await read(b.base, threadPath);
    const before = await read(b.base, threadPath);
    const text = `Written through node A ${crypto.randomUUID()}`;
    const landed = await comment(a.base, addComment, cookies[0]!, thread!.slug, thread!.id, text);
    const after = await read(b.base, threadPath);
    check(
      "a comment through node A is on node B's next visitor read",
      before.cache === "hit" && landed !== null && after.status === 200 && after.html.includes(text),
      `B served the thread from its cache before (${before.cache}); A acknowledged ${landed}; B's next read ${after.html.includes(text) ? "shows it" : "does NOT show it"} (${after.cache})`,
    );

    // 2. The sign-in throttle is shared.
    const account = `nodes_${Date.now().toString(36)}`;
    const answers: string[] = [];
    for (let i = 0; i < ACCOUNT_FAILURES_BEFORE_LOCK; i++) answers.push(await signInAttempt(i % 2 === 0 ? a.base : b.base, account, `198.18.0.${i + 1}`));
    const nextOnA = await signInAttempt(a.base, account, "198.18.0.100");
    const nextOnB = await signInAttempt(b.base, account, "198.18.0.101");
    check(
      "the sign-in throttle counts failures made on both nodes",
      answers.every((code) => code === "invalid") && nextOnA === "throttled" && nextOnB === "throttled",
      `${ACCOUNT_FAILURES_BEFORE_LOCK} wrong passwords alternating A/B answered ${answers.join(", ")}; the next on A: ${nextOnA}, on B: ${nextOnB}`,
    );

    // 3. One visitor, one view, whichever node they reach.
    const views = async () => (await db.query<{ view_count: number }>("SELECT view_count FROM posts WHERE id = $1", [thread!.id])).rows[0]!.view_count;
    await sleep(VIEW_FLUSH_WAIT_MS);
    const start = await views();
    await read(a.base, threadPath, "192.0.2.44");
    await read(b.base, threadPath, "192.0.2.44");
    await read(a.base, threadPath, "192.0.2.44");
    await sleep(VIEW_FLUSH_WAIT_MS);
    const oneVisitor = await views();
    await read(b.base, threadPath, "192.0.2.45");
    await sleep(VIEW_FLUSH_WAIT_MS);
    const twoVisitors = await views();
    check(
      "one visitor opening a thread on both nodes counts one view",
      oneVisitor === start + 1 && twoVisitors === start + 2,
      `views ${start} -> ${oneVisitor} after one visitor read A, B, A -> ${twoVisitors} after a second visitor read B`,
    );

    // 4. SIGKILL node A while members comment through it.
    const acknowledged: { text: string; landed: string }[] = [];
    let killed = false;
    const writing = Promise.all(
      cookies.slice(1).map(async (cookie, i) => {
        await sleep(i * 40);
        if (killed) return;
        const body = `Before the kill ${i} ${crypto.randomUUID()}`;
        const at = await comment(a!.base, addComment, cookie, thread!.slug, thread!.id, body);
        if (at && !killed) acknowledged.push({ text: body, landed: at });
      }),
    );
    while (acknowledged.length < 10) await sleep(20);
    killed = true;
    await kill(a);
    const acknowledgedAtKill = [...acknowledged];
    await writing;
    const stored = new Set(
      (await db.query<{ body_source: string }>("SELECT body_source FROM comments WHERE post_id = $1", [thread!.id])).rows.map((r) => r.body_source),
    );
    const lost = acknowledgedAtKill.filter((c) => !stored.has(c.text));
    // Each acknowledged comment, on the page of the thread it landed on, read from node B.
    const pages = new Map<string, string>();
    for (const { landed } of acknowledgedAtKill) {
      const page = landed.split("#")[0]!;
      if (!pages.has(page)) pages.set(page, (await read(b.base, page)).html);
    }
    const unseen = acknowledgedAtKill.filter((c) => !pages.get(c.landed.split("#")[0]!)!.includes(c.text));
    const onB = await read(b.base, threadPath);
    const healthB = await fetch(`${b.base}/api/health`);
    check(
      "killing node A loses no acknowledged write",
      lost.length === 0 && acknowledgedAtKill.length >= 10,
      `${acknowledgedAtKill.length} comments acknowledged by A before SIGKILL, ${lost.length} missing from the database`,
    );
    check(
      "node B keeps serving after node A is killed",
      onB.status === 200 && healthB.status === 200 && unseen.length === 0,
      `B answered the thread ${onB.status}, health ${healthB.status}; ${acknowledgedAtKill.length - unseen.length} of ${acknowledgedAtKill.length} acknowledged comments shown on the pages they landed on`,
    );
    const stopB = await stopGracefully(b);
    check("node B stops cleanly", stopB.ok, stopB.detail);
  } finally {
    await db.end();
    await stopAll();
    await cluster.stop();
    if (checks.some((c) => !c.ok)) console.log(`Server logs kept in ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
  const failed = checks.filter((c) => !c.ok);
  console.log(`\nTwo nodes: ${checks.length - failed.length} of ${checks.length} checks passed.`);
  if (failed.length) process.exit(1);
}

main().then(
  () => process.exit(0),
  async (error: unknown) => {
    console.error(`two-node test failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await stopAll();
    process.exit(1);
  },
);
