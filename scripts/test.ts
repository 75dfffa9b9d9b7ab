// `npm test`: everything CI runs: the type check, the unit and integration tests and the browser tests on each engine
// (SQLite, then PostgreSQL on a throwaway cluster), then the shortened soak, crash and two-node tests.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findChromium } from "./harness/chromium";
import { runBrowserTests } from "./test-e2e";

const reports = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-test-report-"));
const report = (name: string) => path.join(reports, `${name}.json`);
const reporterArgs = (name: string) => ["--reporter=default", "--reporter=json", `--outputFile.json=${report(name)}`];

function step(title: string, run: () => number): boolean {
  console.log(`\n=== ${title} ===`);
  const status = run();
  if (status !== 0) console.error(`=== ${title}: FAILED ===`);
  return status === 0;
}

function counts(name: string): { passed: number; failed: number; skipped: number } {
  if (!fs.existsSync(report(name))) return { passed: 0, failed: 0, skipped: 0 };
  const json = JSON.parse(fs.readFileSync(report(name), "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
  };
  return { passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests };
}

const typecheck = step("Type check", () => spawnSync("node_modules/.bin/tsc", ["--noEmit"], { stdio: "inherit" }).status ?? 1);
const vitest = (name: string, engine: "sqlite" | "postgres") =>
  spawnSync("node_modules/.bin/vitest", ["run", ...reporterArgs(name)], { stdio: "inherit", env: { ...process.env, RAPPORT_TEST_ENGINE: engine } }).status ?? 1;
const unit = step("Unit and integration tests (SQLite)", () => vitest("unit", "sqlite"));
const unitPg = step("Unit and integration tests (PostgreSQL)", () => vitest("unit-pg", "postgres"));
const browser = step("Browser tests (SQLite)", () => runBrowserTests([...reporterArgs("e2e"), "--engine", "sqlite"]));
const browserPg = step("Browser tests (PostgreSQL)", () => runBrowserTests([...reporterArgs("e2e-pg"), "--engine", "postgres"]));
// Shortened forms of `npm run soak` and `npm run crash-test`, which run a minute and five rounds by default, and the
// two-node test on PostgreSQL.
const reliability = step("Soak, crash and two-node tests (shortened)", () => {
  const soak = spawnSync("node_modules/.bin/tsx", ["scripts/soak.ts", "--seconds", "10"], { stdio: "inherit" }).status ?? 1;
  if (soak !== 0) return soak;
  const crash = spawnSync("node_modules/.bin/tsx", ["scripts/crash-test.ts", "--rounds", "2", "--seconds", "5"], { stdio: "inherit" }).status ?? 1;
  if (crash !== 0) return crash;
  return spawnSync("node_modules/.bin/tsx", ["scripts/two-nodes.ts"], { stdio: "inherit" }).status ?? 1;
});

const all = [counts("unit"), counts("unit-pg"), counts("e2e"), counts("e2e-pg")];
const passed = all.reduce((n, c) => n + c.passed, 0);
const failed = all.reduce((n, c) => n + c.failed, 0);
const skipped = all.reduce((n, c) => n + c.skipped, 0);
if (!findChromium()) console.warn("Browser tests were SKIPPED: no Chromium on this machine.");
fs.rmSync(reports, { recursive: true, force: true });
const ok = typecheck && unit && unitPg && browser && browserPg && reliability;
console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok ? 0 : 1);
