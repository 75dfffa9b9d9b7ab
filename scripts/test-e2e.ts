// `npm run test:e2e`: the browser tests in real Chromium. A missing browser is a loud skip, and a failure in CI.
// `--engine postgres` (`npm run test:e2e:pg`) runs them against a server on a throwaway PostgreSQL cluster instead of
// a SQLite file (tests/e2e/global-setup.ts); PostgreSQL's programs must be installed for that.
import { spawnSync } from "node:child_process";
import { findChromium, INSTALL_HINT } from "./harness/chromium";
import { findBindir, PostgresMissing } from "./postgres/cluster";

export type Engine = "sqlite" | "postgres";

/**
 * `--engine sqlite|postgres` (or `--engine=…`) taken out of the arguments, the rest go to vitest; without it,
 * RAPPORT_TEST_ENGINE, else SQLite.
 */
export function engineArgument(args: string[], env: Record<string, string | undefined> = process.env): { engine: Engine; rest: string[] } {
  const rest: string[] = [];
  let engine: string = env.RAPPORT_TEST_ENGINE?.trim() || "sqlite";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--engine") engine = args[++i] ?? "";
    else if (arg.startsWith("--engine=")) engine = arg.slice("--engine=".length);
    else rest.push(arg);
  }
  if (engine !== "sqlite" && engine !== "postgres") throw new Error(`--engine must be sqlite or postgres, not "${engine}"`);
  return { engine, rest };
}

export function runBrowserTests(args: string[] = process.argv.slice(2)): number {
  const { engine, rest } = engineArgument(args);
  if (!findChromium()) {
    const banner = "!".repeat(78);
    if (process.env.CI === "true") {
      console.error(`${banner}\nBrowser tests cannot run: no Chromium on this machine (CI=true, so this fails).\nInstall it: ${INSTALL_HINT}\n${banner}`);
      return 1;
    }
    console.warn(`${banner}\nBROWSER TESTS SKIPPED: no Chromium found.\nInstall it to run them: ${INSTALL_HINT}\n${banner}`);
    return 0;
  }
  if (engine === "postgres") {
    // Said before the build, not after it.
    try {
      findBindir();
    } catch (error) {
      if (!(error instanceof PostgresMissing)) throw error;
      console.error(`Browser tests on PostgreSQL cannot run: ${error.message}`);
      return 1;
    }
  }
  const run = spawnSync("node_modules/.bin/vitest", ["run", "--config", "vitest.e2e.config.ts", ...rest], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", RAPPORT_TEST_ENGINE: engine },
  });
  return run.status ?? 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(runBrowserTests());
