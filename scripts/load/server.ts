// The server under test: scripts/server.ts in production mode on its own build, its whole log kept in a file.
import fs from "node:fs";
import path from "node:path";
import { freePort, HOST, startProcess, waitUntilReady, type Server } from "../harness/processes";
import { TS_NODE_ARGS } from "../harness/processes";
import { ensureBuild, nextEnv } from "../harness/build-state";

/** Next's output directory for these tests, so a build never races the test suite's `.next` or the benchmark's. */
export const SOAK_DIST_DIR = ".next-soak";
/** scripts/server.ts gives requests in flight 10 s after SIGTERM; past this the stop counts as failed. */
const GRACEFUL_STOP_MS = 15_000;

export type RunningServer = { server: Server; base: string; logFile: string };
export type StopResult = { ok: boolean; detail: string };

/** Builds into SOAK_DIST_DIR unless that build was made from the current source; returns the seconds it took. */
export function ensureSoakBuild(): number {
  process.env.RAPPORT_DIST_DIR = SOAK_DIST_DIR;
  const started = Date.now();
  ensureBuild();
  return (Date.now() - started) / 1000;
}

export function actionIds(): Map<string, string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(SOAK_DIST_DIR, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  return new Map(Object.entries(manifest.node).map(([id, entry]) => [`${entry.filename}#${entry.exportedName}`, id]));
}

/**
 * Starts scripts/server.ts as a plain node process (no wrapper), so a signal reaches the server itself. `env` adds to
 * or overrides the server's environment (the sign-in burst trusts one proxy, to pose as many addresses).
 */
export async function startServer(databaseFile: string, authSecret: string, logFile: string, extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const env = {
    ...nextEnv(),
    NODE_ENV: "production" as const,
    RAPPORT_DIST_DIR: SOAK_DIST_DIR,
    PORT: String(port),
    HOSTNAME: HOST,
    DATABASE_PATH: path.resolve(databaseFile),
    AUTH_SECRET: authSecret,
    // Adds a "request received" line as each request arrives: the in-flight check waits for its requests' lines.
    LOG_LEVEL: "debug",
    ...extraEnv,
  };
  const server = startProcess(`the Rapport server (${path.basename(logFile)})`, process.execPath, [...TS_NODE_ARGS, "scripts/server.ts"], { env });
  const keep = (chunk: Buffer) => fs.appendFileSync(logFile, chunk);
  server.child.stdout?.on("data", keep);
  server.child.stderr?.on("data", keep);
  const base = `http://${HOST}:${port}`;
  await waitUntilReady(server, `${base}/api/health`);
  return { server, base, logFile };
}

export const hasExited = ({ server: { child } }: RunningServer) => child.exitCode !== null || child.signalCode !== null;

/** SIGTERM, then waits; the answer says whether the server left by itself, cleanly, in time. */
export async function stopGracefully(running: RunningServer): Promise<StopResult> {
  const { child } = running.server;
  if (hasExited(running)) return { ok: false, detail: `had already exited (${child.exitCode ?? child.signalCode})` };
  const started = Date.now();
  const exited = new Promise<[number | null, string | null]>((r) => child.once("exit", (code, signal) => r([code, signal])));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), GRACEFUL_STOP_MS);
  const [code, signal] = await exited;
  clearTimeout(timer);
  const ms = Date.now() - started;
  if (code === 0) return { ok: true, detail: `exited 0 in ${ms} ms` };
  return { ok: false, detail: signal === "SIGKILL" ? `still running after ${GRACEFUL_STOP_MS / 1000} s, killed` : `exited with ${code ?? signal}` };
}

/** SIGKILL: no request finishes, nothing is flushed, the database is left as the crash left it. */
export async function kill(running: RunningServer): Promise<void> {
  const { child } = running.server;
  if (hasExited(running)) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGKILL");
  await exited;
}
