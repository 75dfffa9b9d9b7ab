// The production server's own start, as `npm start` runs it: a database setting that cannot work stops it at once,
// with the message on stderr and a failing exit code, before anything is opened or built.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

function start(env: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-start-"));
  try {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/server.ts"], {
      env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", PORT: "0", DATABASE_PATH: path.join(dir, "r.db"), ...env },
      encoding: "utf8",
      timeout: 60_000,
    });
    return { status: run.status, stderr: run.stderr, databaseCreated: fs.existsSync(path.join(dir, "r.db")) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("the server's start with DATABASE_URL", () => {
  it("refuses without AUTH_SECRET, naming it", () => {
    const run = start({ DATABASE_URL: "postgres://rapport@127.0.0.1:1/rapport" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("AUTH_SECRET must be set too");
    expect(run.databaseCreated).toBe(false);
  });

  it("stops with the reason when PostgreSQL cannot be reached, naming the address but not its password", () => {
    const run = start({ DATABASE_URL: "postgres://rapport:hunter2secret@127.0.0.1:1/rapport", AUTH_SECRET: "same-on-every-node" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("could not use the PostgreSQL database at postgres://rapport:***@127.0.0.1:1/rapport");
    expect(run.stderr).not.toContain("hunter2secret");
    // Nothing fell back to SQLite.
    expect(run.databaseCreated).toBe(false);
  });
});
