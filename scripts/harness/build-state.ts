// Knows whether the production build is older than the source: `npm start` builds only when it is.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SOURCE_DIRS = ["app", "components", "db", "lib", "public"];
const SOURCE_FILES = [
  "package.json",
  "package-lock.json",
  "next.config.ts",
  "tsconfig.json",
  "postcss.config.mjs",
  "instrumentation.ts",
  "proxy.ts",
];
const distDir = () => process.env.RAPPORT_DIST_DIR || ".next";
const stampFile = (root: string) => path.join(root, distDir(), "rapport-source-hash");

function* walk(dir: string): Generator<string> {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

export function sourceHash(root = process.cwd()): string {
  const hash = crypto.createHash("sha256");
  const files = [...SOURCE_DIRS.flatMap((d) => [...walk(path.join(root, d))]), ...SOURCE_FILES.map((f) => path.join(root, f))];
  for (const file of files) {
    if (!fs.existsSync(file)) continue;
    hash.update(path.relative(root, file)).update("\0").update(fs.readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

export function buildIsCurrent(root = process.cwd()): boolean {
  const stamp = stampFile(root);
  if (!fs.existsSync(path.join(root, distDir(), "BUILD_ID")) || !fs.existsSync(stamp)) return false;
  return fs.readFileSync(stamp, "utf8") === sourceHash(root);
}

export function recordBuild(root = process.cwd()): void {
  fs.writeFileSync(stampFile(root), sourceHash(root));
}

export const NEXT_BIN = path.join("node_modules", ".bin", "next");

export function nextEnv(): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
}

/** Builds the production app unless the last build was made from the same source. */
export function ensureBuild(): void {
  if (buildIsCurrent()) return;
  console.log("Rapport: building the production app (this happens once after each change)...");
  const build = spawnSync(NEXT_BIN, ["build"], { stdio: "inherit", env: nextEnv() });
  if (build.status !== 0) {
    console.error("Rapport: the build failed. If it reports a missing module, delete .next and try again.");
    process.exit(build.status ?? 1);
  }
  recordBuild();
}

