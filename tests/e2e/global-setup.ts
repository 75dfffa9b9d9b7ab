// Builds the app if needed, starts the production server on a fresh database with demo content, and stops it after.
// The database is a SQLite file, or with RAPPORT_TEST_ENGINE=postgres a database in a throwaway PostgreSQL cluster.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { ensureBuild, nextEnv } from "../../scripts/harness/build-state";
import { startCluster, type Cluster } from "../../scripts/postgres/cluster";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    /** The SQLite file the server runs on; empty on PostgreSQL. */
    databasePath: string;
    /** The PostgreSQL database the server runs on; empty on SQLite. */
    databaseUrl: string;
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

/** The engine the browser suite runs on: `RAPPORT_TEST_ENGINE=postgres`, or SQLite. */
export function e2eEngine(env: Record<string, string | undefined> = process.env): "sqlite" | "postgres" {
  const engine = env.RAPPORT_TEST_ENGINE?.trim() || "sqlite";
  if (engine !== "sqlite" && engine !== "postgres") throw new Error(`RAPPORT_TEST_ENGINE must be sqlite or postgres, not ${engine}`);
  return engine;
}

/** An empty database in a new throwaway cluster, and the settings that point the server at it. */
async function postgresDatabase(): Promise<{ cluster: Cluster; url: string; env: Record<string, string> }> {
  const cluster = await startCluster();
  try {
    const admin = new pg.Client(cluster.url);
    await admin.connect();
    try {
      await admin.query("CREATE DATABASE rapport_e2e");
    } finally {
      await admin.end();
    }
    const url = cluster.url.replace("/postgres?", "/rapport_e2e?");
    // With DATABASE_URL the server insists on an explicit AUTH_SECRET (every node must share it).
    return { cluster, url, env: { DATABASE_URL: url, AUTH_SECRET: randomBytes(32).toString("base64url") } };
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}

export default async function setup(project: TestProject) {
  ensureBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-e2e-"));
  const postgres = e2eEngine() === "postgres" ? await postgresDatabase() : undefined;
  const databasePath = postgres ? "" : path.join(dir, "e2e.db");
  const databaseEnv = postgres?.env ?? { DATABASE_PATH: databasePath, DATABASE_URL: "" };
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  let output = "";
  // The same server `npm start` runs, so the tests cover its handling of addresses and shutdown too.
  const env: NodeJS.ProcessEnv = { ...nextEnv(), NODE_ENV: "production", ...databaseEnv };
  // On PostgreSQL nothing may fall back to a SQLite file, least of all the developer's own.
  if (postgres) delete env.DATABASE_PATH;
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/server.ts"], {
    env: { ...env, PORT: String(port), HOSTNAME: "127.0.0.1", RAPPORT_TIME_ZONE: "UTC",
      // The origin every absolute link and Auth.js redirect uses; requests' Host headers are never trusted for it.
      SITE_URL: baseURL,
      // Tests that hammer sign-in pose as their own client with X-Forwarded-For, so the throttle they trip
      // does not lock the address every other test signs in from.
      RAPPORT_TRUSTED_PROXIES: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk) => (output += chunk));
  server.stderr?.on("data", (chunk) => (output += chunk));
  try {
    await waitUntilReady(baseURL, server, () => output);
  } catch (error) {
    server.kill("SIGTERM");
    await postgres?.cluster.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  project.provide("baseURL", baseURL);
  project.provide("databasePath", databasePath);
  project.provide("databaseUrl", postgres?.url ?? "");

  return async () => {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
    await postgres?.cluster.stop();
    if (process.env.RAPPORT_E2E_SERVER_LOG) fs.writeFileSync(process.env.RAPPORT_E2E_SERVER_LOG, output);
    fs.rmSync(dir, { recursive: true, force: true });
    // The whole run's server log, greped for secrets: any hit fails the run.
    const leaks = findSecretsInLog(output);
    if (leaks.length > 0) throw new Error(`The server log contains secrets:\n${leaks.join("\n")}`);
  };
}
