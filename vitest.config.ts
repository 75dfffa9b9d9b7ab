import path from "node:path";
import { defineConfig } from "vitest/config";

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
    exclude: ["tests/e2e/**", "node_modules/**"],
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
