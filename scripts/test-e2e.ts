// `npm run test:e2e`: the browser tests in real Chromium. A missing browser is a loud skip, and a failure in CI.
import { spawnSync } from "node:child_process";
import { findChromium, INSTALL_HINT } from "./harness/chromium";

const extra = process.argv.slice(2);

export function runBrowserTests(args: string[] = extra): number {
  if (!findChromium()) {
    const banner = "!".repeat(78);
    if (process.env.CI === "true") {
      console.error(`${banner}\nBrowser tests cannot run: no Chromium on this machine (CI=true, so this fails).\nInstall it: ${INSTALL_HINT}\n${banner}`);
      return 1;
    }
    console.warn(`${banner}\nBROWSER TESTS SKIPPED: no Chromium found.\nInstall it to run them: ${INSTALL_HINT}\n${banner}`);
    return 0;
  }
  const run = spawnSync("node_modules/.bin/vitest", ["run", "--config", "vitest.e2e.config.ts", ...args], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  return run.status ?? 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(runBrowserTests());
