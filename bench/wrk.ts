// Read load with wrk: installs it if missing, runs warm-up and measurement, and reads its Lua summary as JSON.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { BROWSER_USER_AGENT } from "../scripts/harness/http";
import { round1, type Measurement } from "./load";
import { onExit } from "../scripts/harness/processes";

export type WrkLoad = {
  url: string;
  connections: number;
  /** Sent on every request; a visitor's carry no cookie. */
  headers?: Record<string, string>;
  /** One `cookie` header value per request, in turn: signed-in readers as several members. */
  cookies?: string[];
};

// A C client on one thread takes far less of the two shared cores than a Node.js load generator would.
const THREADS = 1;
/** Matches autocannon's per-request timeout in the comment case. */
const TIMEOUT_S = 10;
const RESULT_PREFIX = "BENCH_WRK_RESULT ";
/** A wrk that outlives its own duration by this much is hung. */
const GRACE_MS = 30_000;

let scriptDir: string | null = null;

/** wrk on PATH, installed with apt-get (as root or through sudo, as .ci/run installs Chromium) when missing. */
export function ensureWrk(): void {
  const onPath = () => spawnSync("sh", ["-c", "command -v wrk"], { stdio: "ignore" }).status === 0;
  if (onPath()) return;
  const root = process.getuid?.() === 0;
  const sudo = !root && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0;
  if (!root && !sudo) throw new Error("wrk is not installed and this user can neither install it (not root, no password-less sudo): run `sudo apt-get install wrk`");
  console.log("Installing wrk (apt-get)...");
  // `env` after sudo: sudo drops the caller's environment, DEBIAN_FRONTEND included.
  const asRoot = root ? "env" : "sudo env";
  const install = spawnSync("sh", ["-c", `${asRoot} apt-get update -qq && ${asRoot} DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk`], { stdio: "inherit" });
  if (install.status !== 0 || !onPath()) throw new Error("Installing wrk with apt-get failed; install the Debian package `wrk` and run the benchmark again");
}

const luaString = (s: string) => JSON.stringify(s); // the JSON escapes of ASCII text are valid in a Lua string

/**
 * The Lua script: done() prints the percentiles and counts as one JSON line, which is sturdier than parsing
 * wrk's human-readable table; request() rotates cookies when there are several.
 */
function luaScript(cookies: string[] | undefined): string {
  const rotate = cookies?.length
    ? `local cookies = { ${cookies.map(luaString).join(", ")} }
local n = 0
request = function()
  n = n % #cookies + 1
  wrk.headers["Cookie"] = cookies[n]
  return wrk.format()
end
`
    : "";
  return `${rotate}done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('${RESULT_PREFIX}{"requests":%d,"durationUs":%d,"bytes":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d,"status":%d,"p50Us":%d,"p99Us":%d,"maxUs":%d}\\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.timeout, e.status,
    latency:percentile(50), latency:percentile(99), latency.max))
end
`;
}

function writeScript(cookies: string[] | undefined): string {
  if (!scriptDir) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-bench-wrk-"));
    scriptDir = dir;
    onExit(() => fs.rmSync(dir, { recursive: true, force: true }));
  }
  const file = path.join(scriptDir, `load-${Date.now()}-${Math.random().toString(36).slice(2)}.lua`);
  fs.writeFileSync(file, luaScript(cookies));
  return file;
}

type WrkSummary = { requests: number; durationUs: number; bytes: number; connect: number; read: number; write: number; timeout: number; status: number; p50Us: number; p99Us: number; maxUs: number };

async function runWrk(load: WrkLoad, seconds: number): Promise<WrkSummary> {
  const script = writeScript(load.cookies);
  const headers = { "User-Agent": BROWSER_USER_AGENT, ...load.headers };
  const args = ["-t", String(THREADS), "-c", String(load.connections), "-d", `${seconds}s`, "--timeout", `${TIMEOUT_S}s`, "--latency", "-s", script];
  for (const [name, value] of Object.entries(headers)) args.push("-H", `${name}: ${value}`);
  args.push(load.url);
  const child = spawn("wrk", args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill("SIGKILL"), seconds * 1000 + GRACE_MS);
  const code = await new Promise<number>((resolve) => child.once("exit", (c) => resolve(c ?? 1)));
  clearTimeout(timer);
  fs.rmSync(script, { force: true });
  const line = output.split("\n").find((l) => l.startsWith(RESULT_PREFIX));
  if (code !== 0 || !line) throw new Error(`wrk failed (exit ${code}) on ${load.url}:\n${output}`);
  return JSON.parse(line.slice(RESULT_PREFIX.length)) as WrkSummary;
}

/**
 * A warm-up run, one request that waits behind whatever the warm-up left in flight, then the measured run.
 * wrk cannot leave the first seconds of one run out of its statistics, hence two runs.
 */
export async function measureWrk(load: WrkLoad, warmupS: number, durationS: number): Promise<Measurement> {
  if (warmupS > 0) {
    await runWrk(load, warmupS);
    const settle = await fetch(load.url, { headers: { "user-agent": BROWSER_USER_AGENT, ...load.headers, ...(load.cookies?.length ? { cookie: load.cookies[0]! } : {}) } });
    await settle.arrayBuffer();
  }
  const s = await runWrk(load, durationS);
  const seconds = s.durationUs / 1e6;
  const answered = s.requests > 0;
  return {
    requests: s.requests,
    durationS: round1(seconds),
    rps: seconds > 0 ? s.requests / seconds : 0,
    p50Ms: answered ? round1(s.p50Us / 1000) : null,
    p99Ms: answered ? round1(s.p99Us / 1000) : null,
    errors: s.connect + s.read + s.write + s.timeout,
    httpErrors: s.status,
    statusCodes: {},
    bytesPerResponse: answered ? Math.round(s.bytes / s.requests) : null,
  };
}
