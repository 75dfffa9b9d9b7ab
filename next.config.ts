import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** Set only by `npm run bench` for its own build (.next-bench): routes named `*.bench.tsx` exist only there. */
const BENCH_BUILD = process.env.RAPPORT_BENCH_BUILD === "1";
const PAGE_EXTENSIONS = ["tsx", "ts", "jsx", "js"];

const nextConfig: NextConfig = {
  // The benchmark builds its own copy beside the normal one, so a measurement never races a test run's build.
  distDir: process.env.RAPPORT_DIST_DIR || ".next",
  // Benchmark-only routes (app/bench-empty/page.bench.tsx) stay out of every other build, the production one included.
  pageExtensions: BENCH_BUILD ? [...PAGE_EXTENSIONS, "bench.tsx", "bench.ts"] : PAGE_EXTENSIONS,
  // piscina starts its workers from its own files in node_modules; bundled, it could not find them.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "piscina"],
  poweredByHeader: false,
  typedRoutes: false,
  // `npm test` and CI run `tsc --noEmit` over everything, tests included; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Headers every response carries, static files included; the CSP, which needs a nonce, comes from proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
        ],
      },
    ];
  },
  experimental: {
    // forbidden() for signed-in users who lack the role or are suspended.
    authInterrupts: true,
    // Whatever Next.js caches stays in memory: on disk it would outlive a restart, while the record of what was
    // expired does not. Rapport's own cached reads (lib/content/cached-reads.ts) do not use Next's cache at all.
    isrFlushToDisk: false,
    // proxy.ts makes Next.js buffer request bodies, up to this much; an image upload is the largest body accepted.
    proxyClientMaxBodySize: 11 * 1024 * 1024,
  },
};

export default withNextIntl(nextConfig);
