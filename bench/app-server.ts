// The production Rapport server under test, started as `npm start` serves it (scripts/server.ts, where the page cache
// lives), from the benchmark's own build directory, on the run's database: its SQLite copy, or the PostgreSQL database
// that copy was moved into.
import fs from "node:fs";
import path from "node:path";
import { withoutDatabaseSettings } from "./served-database";
import { buildIsCurrent, NEXT_BIN, nextEnv, recordBuild } from "../scripts/harness/build-state";
import { TS_NODE_ARGS } from "../scripts/harness/processes";
import { finished, HOST, startProcess, waitUntilReady, type Server } from "../scripts/harness/processes";

/** Next's output directory for the benchmark's build, so it never races the test suite's `.next`. */
export const BENCH_DIST_DIR = ".next-bench";
/** A production build takes a few minutes on two busy cores; this only stops one that hangs. */
const BUILD_TIMEOUT_MS = 30 * 60 * 1000;
/** Tells next.config.ts to include the bench-only routes (`*.bench.tsx`), such as the empty page. */
const BENCH_BUILD_ENV = { RAPPORT_BENCH_BUILD: "1" };

/** Builds into BENCH_DIST_DIR unless that build was made from the current source. */
export async function ensureBenchBuild(): Promise<"reused" | "built"> {
  process.env.RAPPORT_DIST_DIR = BENCH_DIST_DIR;
  if (buildIsCurrent()) return "reused";
  console.log(`Building the production app into ${BENCH_DIST_DIR} (only after source changes)...`);
  const build = startProcess("next build", NEXT_BIN, ["build"], { env: { ...nextEnv(), ...BENCH_BUILD_ENV } }, true);
  const code = await finished(build, BUILD_TIMEOUT_MS);
  if (code !== 0) throw new Error(`next build failed (exit ${code})`);
  recordBuild();
  return "built";
}

/** `database` is DATABASE_PATH or DATABASE_URL (bench/served-database.ts); `authSecret` the one the cookies were minted with. */
export type AppConfig = { port: number; database: Record<string, string>; authSecret: string };

export async function startApp(config: AppConfig): Promise<{ server: Server; base: string }> {
  const env = {
    ...withoutDatabaseSettings(nextEnv()),
    ...BENCH_BUILD_ENV,
    NODE_ENV: "production" as const,
    RAPPORT_DIST_DIR: BENCH_DIST_DIR,
    PORT: String(config.port),
    HOSTNAME: HOST,
    ...config.database,
    AUTH_SECRET: config.authSecret,
  };
  // Plain node with tsx's loader, as tests/e2e/global-setup.ts starts it: no npm or tsx wrapper process in between.
  const server = startProcess("the Rapport server", process.execPath, [...TS_NODE_ARGS, "scripts/server.ts"], { env });
  const base = `http://${HOST}:${config.port}`;
  await waitUntilReady(server, `${base}/api/health`);
  return { server, base };
}

/** The id Next gave a server action in the benchmark's build, by its source file and exported name. */
export function actionId(file: string, name: string): string {
  const manifestFile = path.join(BENCH_DIST_DIR, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as { node: Record<string, { filename: string; exportedName: string }> };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === file && entry.exportedName === name);
  if (!found) throw new Error(`No server action ${name} in ${file} (${manifestFile})`);
  return found[0];
}
