// Gives each test file its own freshly migrated database: a SQLite file by default, or, with
// RAPPORT_TEST_ENGINE=postgres, a copy of the migrated template database on the run's cluster
// (tests/setup/postgres-global.ts).
//
// The app's modules choose their engine when they are first imported, so nothing here imports them before the
// environment names the database.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { databaseUrl, TEMPLATE_DATABASE } from "./postgres-global";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-test-"));
process.env.DATABASE_PATH = path.join(dir, "test.db");
process.env.RAPPORT_DEMO_CONTENT ??= "off";

const cluster = inject("postgresCluster");
const database = `test_${randomBytes(6).toString("hex")}`;
if (cluster) {
  const admin = new pg.Client({ connectionString: cluster });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database} TEMPLATE ${TEMPLATE_DATABASE}`);
  await admin.end();
  process.env.DATABASE_URL = databaseUrl(cluster, database);
  // Nodes on one PostgreSQL must share it (lib/platform/database-config.ts); tests are one node.
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
}

afterAll(async () => {
  const { closeDatabase } = await import("@/db");
  await closeDatabase();
  fs.rmSync(dir, { recursive: true, force: true });
  if (cluster) {
    const admin = new pg.Client({ connectionString: cluster });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }
});
