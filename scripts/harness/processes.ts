// The processes the harnesses start (the app server, wrk, the plain ceiling server): free loopback ports, readiness,
// and killing every one of them on any exit. Used by the benchmark, the load and soak runs, and the crash test.
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import net from "node:net";

/** Runs a TypeScript file in a plain child node process (no wrapper process between us and it). */
export const TS_NODE_ARGS = ["--import", "tsx"];

export const HOST = "127.0.0.1";
/** How long a server may take to answer its first request; a production `next start` is usually up in seconds. */
const READY_TIMEOUT_MS = 120_000;
const READY_POLL_MS = 250;
/** After SIGTERM, how long a server gets to exit before SIGKILL. */
const KILL_GRACE_MS = 5_000;
/** The last lines of a server's output kept for error messages. */
const LOG_TAIL_CHARS = 4_000;

export type Server = { name: string; child: ChildProcess; log: () => string };

const running = new Set<Server>();
/** Synchronous tidy-ups (temporary files) that must happen however the run ends. */
const tidyUps: (() => void)[] = [];
const indent = (text: string) => text.replace(/^(?=.)/gm, "  ");

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.listen(0, HOST, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

/**
 * Starts a process and remembers it, so that stopAll() and the exit handlers can end it.
 * `echo` passes its output through, for long steps that report their own progress.
 */
export function startProcess(name: string, command: string, args: string[], options: SpawnOptions, echo = false): Server {
  let output = "";
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
  const keep = (chunk: Buffer) => {
    if (echo) process.stdout.write(indent(chunk.toString()));
    output = (output + chunk.toString()).slice(-LOG_TAIL_CHARS);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const server = { name, child, log: () => output };
  running.add(server);
  child.once("exit", () => running.delete(server));
  return server;
}

/** Polls `url` until it answers 200, the server dies, or the time is up. */
export async function waitUntilReady(server: Server, url: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) {
      throw new Error(`${server.name} exited before it was ready:\n${server.log()}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, READY_POLL_MS));
  }
  throw new Error(`${server.name} did not answer ${url} within ${READY_TIMEOUT_MS / 1000} s:\n${server.log()}`);
}

/** Waits for a process to end by itself, killing it if it takes longer than `timeoutMs`. */
export async function finished(server: Server, timeoutMs: number): Promise<number> {
  const { child } = server;
  if (child.exitCode !== null) return child.exitCode;
  if (child.signalCode !== null) return 1;
  const timer = setTimeout(() => {
    console.error(`bench: ${server.name} took longer than ${Math.round(timeoutMs / 1000)} s, stopping it`);
    void stop(server);
  }, timeoutMs);
  const code = await new Promise<number>((r) => child.once("exit", (c) => r(c ?? 1)));
  clearTimeout(timer);
  return code;
}

export async function stop(server: Server): Promise<void> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), KILL_GRACE_MS);
  await exited;
  clearTimeout(timer);
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map(stop));
}

export function onExit(tidyUp: () => void): void {
  tidyUps.push(tidyUp);
}

/** Last resort on a synchronous exit path: no waiting is possible there, so SIGKILL whatever is left. */
function killAllNow(): void {
  for (const { child } of running) if (child.exitCode === null) child.kill("SIGKILL");
  for (const tidyUp of tidyUps.splice(0)) {
    try {
      tidyUp();
    } catch (error) {
      console.error("bench: cleaning up failed", error);
    }
  }
}

/** Ends every started process and runs the tidy-ups on Ctrl-C, SIGTERM, an uncaught error or a normal exit. */
export function installCleanup(): void {
  process.once("exit", killAllNow);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      console.error(`\nbench: ${signal}, stopping the servers...`);
      void stopAll().finally(() => process.exit(130));
    });
  }
}
