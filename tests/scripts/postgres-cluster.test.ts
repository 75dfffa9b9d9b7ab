// The throwaway PostgreSQL the PostgreSQL tests run against (scripts/postgres/cluster.ts).
import fs from "node:fs";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { PostgresMissing, startCluster } from "@/scripts/postgres/cluster";

describe("startCluster", () => {
  it("starts an empty cluster with pg_trgm available, and stop() removes it", async () => {
    const cluster = await startCluster();
    try {
      expect(fs.existsSync(cluster.dir)).toBe(true);
      const client = new pg.Client(cluster.url);
      await client.connect();
      try {
        const { rows } = await client.query<{ n: string; fsync: string }>(
          "SELECT count(*) AS n, current_setting('fsync') AS fsync FROM pg_tables WHERE schemaname = 'public'",
        );
        expect(rows[0]).toEqual({ n: "0", fsync: "off" });
        await client.query("CREATE EXTENSION pg_trgm");
        // Case folding beyond ASCII, which search relies on.
        expect((await client.query("SELECT lower('ÉCOLE') AS l")).rows[0].l).toBe("école");
      } finally {
        await client.end();
      }
    } finally {
      await cluster.stop();
    }
    expect(fs.existsSync(cluster.dir)).toBe(false);
    await cluster.stop();
  }, 60_000);

  it("names the package to install when PostgreSQL is missing", () => {
    expect(new PostgresMissing("looked in PATH").message).toMatch(/apt-get install postgresql/);
  });
});
