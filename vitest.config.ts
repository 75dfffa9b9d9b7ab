import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * Files left out of the PostgreSQL pass (RAPPORT_TEST_ENGINE=postgres): tests about SQLite itself (the file, its
 * query plans, its search index, better-sqlite3 handles), and tests that start their own PostgreSQL whatever the
 * engine, which the SQLite pass already runs.
 */
const SQLITE_ONLY = [
  "tests/db/database.test.ts",
  "tests/db/backup.test.ts",
  "tests/db/file-modes.test.ts",
  "tests/db/query-plans.test.ts",
  "tests/reset-database.test.ts",
  "tests/lib/platform/health.test.ts",
  "tests/scripts/seed/demo.test.ts",
];
const OWN_POSTGRES = [
  "tests/db/backup-pg.test.ts",
  "tests/db/schema-parity.test.ts",
  "tests/lib/search/search-pg.test.ts",
  "tests/scripts/db-copy.test.ts",
  "tests/scripts/server-db.test.ts",
  "tests/scripts/server-database.test.ts",
];
const onPostgres = process.env.RAPPORT_TEST_ENGINE === "postgres";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // The marker that keeps lib/ out of client bundles has nothing to do outside Next.js.
      "server-only": path.resolve(import.meta.dirname, "tests/setup/server-only.ts"),
    },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/e2e/**", "node_modules/**", ...(onPostgres ? [...SQLITE_ONLY, ...OWN_POSTGRES] : [])],
    globalSetup: ["tests/setup/postgres-global.ts"],
    setupFiles: ["tests/setup/database.ts"],
    pool: "forks",
    // next-auth imports "next/server" without an extension; bundling it lets Vite resolve that.
    server: { deps: { inline: ["next-auth"] } },
    // What next.config.ts's experimental.authInterrupts sets at build time, so that forbidden() works here too.
    env: { __NEXT_EXPERIMENTAL_AUTH_INTERRUPTS: "true" },
    testTimeout: 20_000,
  },
});
