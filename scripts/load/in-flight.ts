// The graceful stop with requests in flight: pages requested at once, SIGTERM as soon as the server has them all,
// then checked: each page came back whole, a connection made after SIGTERM was not served, and the log shows that
// some requests were still being answered when the stop began (else the check tested nothing).
import fs from "node:fs";
import http from "node:http";
import { BROWSER_USER_AGENT } from "../harness/http";
import { hasExited, stopGracefully, type RunningServer, type StopResult } from "./server";
import type { Check } from "./verify";

/** How often the server log is read while waiting for a line; short, so SIGTERM follows the arrivals closely. */
const LOG_POLL_MS = 5;
/** How long the requests may take to reach the server, and SIGTERM to reach its log; beyond this the check fails. */
const LOG_WAIT_MS = 30_000;
/** A page silent for this long counts as never answered; the server gives requests 10 s after SIGTERM. */
const SILENCE_TIMEOUT_MS = 30_000;
/** The lines scripts/server.ts logs as a request arrives, as it ends, and as it starts to stop. */
const RECEIVED = "request received";
const ANSWERED = "request";
const STOPPING = /^stopping/;

export type PageRequest = { path: string; cookie?: string };
type Answer = { status: number; body: string; requestId: string | null };
type Outcome = Answer | { error: string };
type LogLine = { msg?: string; path?: string; requestId?: string };

export type InFlightResult = { stop: StopResult; check: Check; answered: boolean[] };

/** A GET on a connection of its own, closed after the answer, so no keep-alive reuse can race the stop. */
function getOnOwnConnection(base: string, page: PageRequest): Promise<Outcome> {
  const headers = { connection: "close", "user-agent": BROWSER_USER_AGENT, ...(page.cookie ? { cookie: page.cookie } : {}) };
  return new Promise((resolve) => {
    const request = http.get(base + page.path, { agent: false, headers, timeout: SILENCE_TIMEOUT_MS }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const requestId = response.headers["x-request-id"];
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString(), requestId: typeof requestId === "string" ? requestId : null });
      });
      // After "end" this changes nothing; before it, the connection was cut mid-answer.
      response.on("close", () => resolve({ error: `cut off after ${chunks.reduce((n, c) => n + c.length, 0)} bytes` }));
    });
    request.on("timeout", () => request.destroy(new Error(`silent for ${SILENCE_TIMEOUT_MS / 1000} s`)));
    request.on("error", (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
  });
}

/** The server's JSON log lines written since `offset` (its other output is skipped). */
function logSince(file: string, offset: number): LogLine[] {
  return fs
    .readFileSync(file)
    .subarray(offset)
    .toString()
    .split("\n")
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as LogLine];
      } catch {
        return [];
      }
    });
}

/** Polls the log until `seen` holds for the lines since `offset`, or `over` says to stop waiting; true if seen. */
async function waitForLog(file: string, offset: number, seen: (lines: LogLine[]) => boolean, over: () => boolean): Promise<boolean> {
  const deadline = Date.now() + LOG_WAIT_MS;
  while (!seen(logSince(file, offset))) {
    if (over() || Date.now() > deadline) return seen(logSince(file, offset));
    await new Promise((r) => setTimeout(r, LOG_POLL_MS));
  }
  return true;
}

/** Once the server logs that it is stopping (it stops listening in the same step), a new connection must fail. */
async function connectAfterStop(running: RunningServer, offset: number): Promise<string | null> {
  const stopping = await waitForLog(running.logFile, offset, (lines) => lines.some((l) => STOPPING.test(l.msg ?? "")), () => hasExited(running));
  if (!stopping && !hasExited(running)) return "the server never logged that it was stopping";
  const outcome = await getOnOwnConnection(running.base, { path: "/api/health" });
  return "status" in outcome ? `a connection made after SIGTERM was answered with HTTP ${outcome.status}` : null;
}

function pageProblems(page: PageRequest, outcome: Outcome): string[] {
  if ("error" in outcome) return [`${page.path}: ${outcome.error}`];
  if (outcome.status !== 200) return [`${page.path}: HTTP ${outcome.status}`];
  return outcome.body.trimEnd().endsWith("</html>") ? [] : [`${page.path}: the page is cut off (${outcome.body.length} bytes, no </html>)`];
}

/** How many of the answers the server finished after it began to stop, by the order of its log lines. */
function answeredAfterStop(lines: LogLine[], outcomes: Outcome[]): number {
  const stoppedAt = lines.findIndex((l) => STOPPING.test(l.msg ?? ""));
  if (stoppedAt < 0) return 0;
  const ids = new Set(outcomes.flatMap((o) => ("requestId" in o && o.requestId ? [o.requestId] : [])));
  return lines.slice(stoppedAt).filter((l) => l.msg === ANSWERED && l.requestId && ids.has(l.requestId)).length;
}

/** Requests `pages` at once, sends SIGTERM once the server has received them all, and checks how the stop went. */
export async function stopWithPagesInFlight(running: RunningServer, pages: PageRequest[]): Promise<InFlightResult> {
  const offset = fs.statSync(running.logFile).size;
  const paths = new Set(pages.map((p) => p.path));
  const arrivals = (lines: LogLine[]) => lines.filter((l) => l.msg === RECEIVED && paths.has(l.path ?? "")).length;
  const pending = pages.map((page) => getOnOwnConnection(running.base, page));
  const arrived = await waitForLog(running.logFile, offset, (lines) => arrivals(lines) >= pages.length, () => hasExited(running));
  const stopping = await stopGracefully(running);
  const lateConnection = await connectAfterStop(running, offset);
  const [stop, outcomes] = await Promise.all([stopping, Promise.all(pending)]);

  const lines = logSince(running.logFile, offset);
  const inFlight = answeredAfterStop(lines, outcomes);
  const problems = outcomes.flatMap((outcome, i) => pageProblems(pages[i]!, outcome));
  if (!arrived) problems.unshift(`only ${arrivals(lines)} of ${pages.length} requests reached the server within ${LOG_WAIT_MS / 1000} s`);
  if (lateConnection) problems.push(lateConnection);
  if (inFlight === 0) problems.push("no request was still being answered when the stop began: nothing was tested in flight");
  return {
    stop,
    check: {
      name: `SIGTERM with ${pages.length} pages requested (${inFlight} still in flight): each answered 200 with its whole page, no new connection served`,
      problems,
    },
    answered: outcomes.map((o) => "status" in o && o.status === 200),
  };
}
