// Builds the app if needed, starts the production server on a fresh database with demo content, and stops it after.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ensureBuild, nextEnv } from "../../scripts/harness/build-state";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    databasePath: string;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitUntilReady(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited early:\n${log()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server did not answer within 60 s:\n${log()}`);
}

/**
 * Lines of the log that carry a password, a session or CSRF token, or a cookie header. (The one-time
 * first-admin link is printed at start on purpose, for the operator, until an admin exists.)
 */
export function findSecretsInLog(log: string): string[] {
  const patterns = [/password 123/i, /password[^"]*":\s*"[^[]/i, /session-token=/i, /csrf-token=/i, /authjs\.(session|csrf|callback)/i, /"cookie"\s*:/i];
  return log.split("\n").filter((line) => patterns.some((p) => p.test(line)));
}

export default async function setup(project: TestProject) {
  ensureBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-e2e-"));
  const databasePath = path.join(dir, "e2e.db");
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  let output = "";
  // The same server `npm start` runs, so the tests cover its handling of addresses and shutdown too.
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/server.ts"], {
    env: { ...nextEnv(), NODE_ENV: "production", DATABASE_PATH: databasePath, PORT: String(port), HOSTNAME: "127.0.0.1", RAPPORT_TIME_ZONE: "UTC",
      // The origin every absolute link and Auth.js redirect uses; requests' Host headers are never trusted for it.
      SITE_URL: baseURL,
      // Tests that hammer sign-in pose as their own client with X-Forwarded-For, so the throttle they trip
      // does not lock the address every other test signs in from.
      RAPPORT_TRUSTED_PROXIES: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk) => (output += chunk));
  server.stderr?.on("data", (chunk) => (output += chunk));
  await waitUntilReady(baseURL, server, () => output);
  project.provide("baseURL", baseURL);
  project.provide("databasePath", databasePath);

  return async () => {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
    if (process.env.RAPPORT_E2E_SERVER_LOG) fs.writeFileSync(process.env.RAPPORT_E2E_SERVER_LOG, output);
    fs.rmSync(dir, { recursive: true, force: true });
    // The whole run's server log, greped for secrets: any hit fails the run.
    const leaks = findSecretsInLog(output);
    if (leaks.length > 0) throw new Error(`The server log contains secrets:\n${leaks.join("\n")}`);
  };
}
