// Measures one attack on a built checkout: a 20,000-character setext body previewed, then published, by a signed-in
// member while /api/health is polled every 100 ms. Used for docs/reliability.md's before and after figures:
//   npx tsx scripts/markdown-probe.ts [--root <checkout with a .next build>] [--chars 20000]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { freePort, HOST, startProcess, stop, waitUntilReady } from "./harness/processes";
import { nextEnv } from "./harness/build-state";
import { prepareDatabase } from "./load/database";
import { watchHealth } from "./harness/health-watch";

const { values } = parseArgs({ options: { root: { type: "string", default: process.cwd() }, chars: { type: "string", default: "20000" } } });
const root = path.resolve(values.root);
const body = "a\n===\n".repeat(Math.ceil(Number(values.chars) / 6)).slice(0, Number(values.chars));

const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
  node: Record<string, { filename: string; exportedName: string }>;
};
const publishPost = Object.entries(manifest.node).find(([, e]) => e.filename === "app/b/[board]/write/actions.ts" && e.exportedName === "publishPost")![0];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-md-probe-"));
const data = await prepareDatabase(dir);
const port = await freePort();
const base = `http://${HOST}:${port}`;
const env = { ...nextEnv(), NODE_ENV: "production" as const, RAPPORT_DIST_DIR: ".next", PORT: String(port), HOSTNAME: HOST, DATABASE_PATH: data.file, AUTH_SECRET: data.authSecret };
const server = startProcess("server", process.execPath, ["--import", "tsx", "scripts/server.ts"], { cwd: root, env });
await waitUntilReady(server, `${base}/api/health`);

async function send(intent: string, member: number): Promise<string> {
  const form = new FormData();
  const fields = { board: "free", title: "setext", body, intent, submissionKey: crypto.randomUUID() };
  for (const [k, v] of Object.entries(fields)) form.append(`_1_${k}`, v);
  form.append("0", JSON.stringify([{}, "$K1"]));
  const response = await fetch(`${base}/b/free/write`, {
    method: "POST",
    redirect: "manual",
    headers: { "next-action": publishPost, accept: "text/x-component", cookie: data.members[member]!.cookie, origin: base },
    body: form,
  });
  const text = await response.text();
  const refusal = /markdown\w+|previewTooOften/.exec(text)?.[0];
  return `${response.status}${response.headers.get("x-action-redirect") ? " published" : refusal ? ` refused (${refusal})` : ""}`;
}

for (const [intent, member] of [["preview", 0], ["publish", 1]] as const) {
  const watch = watchHealth(base);
  const started = performance.now();
  const answer = await send(intent, member);
  const ms = performance.now() - started;
  const health = await watch.stop();
  console.log(`${intent} of ${body.length} characters of setext headings: ${Math.round(ms)} ms, ${answer}; ` +
    `/api/health: ${health.polls} polls, slowest ${Math.round(health.slowestMs)} ms, ${health.failures} failed`);
}
await stop(server);
fs.rmSync(dir, { recursive: true, force: true });
