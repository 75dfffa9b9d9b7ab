// What the soak and the crash test share: the build, a temporary run directory, the database and the load session.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { installCleanup, onExit, stopAll } from "../harness/processes";
import { prepareDatabase, type RunData } from "./database";
import { actionIds, ensureSoakBuild } from "./server";
import { failureCount, type Tally } from "./tally";
import type { Check } from "./verify";
import { createSession, type Session } from "./workload";
import type { ActionIds } from "./writes";

const ACTIONS: Record<keyof ActionIds, string> = {
  publishPost: "app/b/[board]/write/actions.ts",
  savePost: "app/b/[board]/[postId]/edit/actions.ts",
  addComment: "app/b/[board]/[postId]/actions.ts",
  saveComment: "app/b/[board]/[postId]/actions.ts",
  toggleRecommend: "app/b/[board]/[postId]/actions.ts",
};

export type Run = {
  dir: string;
  data: RunData;
  memberIds: string[];
  session: Session & { connect(base: string): void };
  buildS: number;
  startedAt: number;
  /** Ends the process: the run directory is removed on success (unless asked to keep it) and kept on failure. */
  finish(ok: boolean): never;
};

/** Builds if needed, makes the run's database and session, and arms a watchdog that ends a run that hangs. */
export async function prepareRun(name: string, watchdogS: number, keepFiles = false): Promise<Run> {
  const startedAt = Date.now();
  installCleanup();
  const buildS = ensureSoakBuild();
  const manifest = actionIds();
  const actions = Object.fromEntries(
    Object.entries(ACTIONS).map(([action, file]) => {
      const id = manifest.get(`${file}#${action}`);
      if (!id) throw new Error(`No server action ${action} in ${file}`);
      return [action, id];
    }),
  ) as ActionIds;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `rapport-${name}-`));
  let keep = false;
  onExit(() => keep || fs.rmSync(dir, { recursive: true, force: true }));
  setTimeout(() => {
    console.error(`${name}: no result after ${watchdogS} s, giving up`);
    keep = true;
    void stopAll().finally(() => process.exit(1));
  }, watchdogS * 1000).unref();
  const data = await prepareDatabase(dir);
  return {
    dir,
    data,
    memberIds: data.members.map((m) => m.id),
    session: createSession(data, actions),
    buildS,
    startedAt,
    finish(ok) {
      keep = keepFiles || !ok;
      const totalS = ((Date.now() - startedAt) / 1000).toFixed(1);
      console.log(`\n${name} ${ok ? "passed" : "FAILED"} in ${totalS} s (of which the build check took ${buildS.toFixed(1)} s).`);
      if (keep) console.log(`The database and server logs are kept in ${dir}`);
      process.exit(ok ? 0 : 1);
    },
  };
}

/**
 * The requests that failed, as a check: any 4xx or 5xx, connection error, timeout or refused write. A load that
 * wrote nothing fails too: every other check would pass on it without having tested anything.
 */
export function requestCheck(tally: Tally): Check {
  const problems = [...tally.failures].map(([cause, { count, examples }]) => `${cause}: ${count} (e.g. ${examples[0]})`);
  if (Object.values(tally.written).every((n) => n === 0)) problems.push("no write was acknowledged at all");
  return { name: `no failed requests (${failureCount(tally)} of ${tally.requests}: 4xx, 5xx, connection errors, timeouts, refused writes)`, problems };
}
