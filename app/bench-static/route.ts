// GET /bench-static: the benchmark's framework ceiling, a static route answering with a snapshot of the post page's HTML.
import fs from "node:fs";

// Served from Next's static cache, never rendered per request: that is the ceiling the benchmark compares against.
export const dynamic = "force-static";
// The snapshot is taken after the build, from the running server. Background regeneration at most this often
// swaps it in within seconds; every request is still answered from the cache, regeneration never blocks one.
export const revalidate = 5;

/** Set only by `npm run bench` on the server it starts: the file holding the post page's HTML. */
const SNAPSHOT_ENV = "RAPPORT_BENCH_SNAPSHOT";
// Not part of the site: crawlers keep out whether or not a snapshot is configured.
const NOT_FOR_CRAWLERS = { "X-Robots-Tag": "noindex, nofollow" };

export function GET(): Response {
  const file = process.env[SNAPSHOT_ENV];
  if (!file || !fs.existsSync(/*turbopackIgnore: true*/ file)) {
    return new Response("Not found", { status: 404, headers: NOT_FOR_CRAWLERS });
  }
  return new Response(fs.readFileSync(/*turbopackIgnore: true*/ file), {
    headers: { ...NOT_FOR_CRAWLERS, "Content-Type": "text/html; charset=utf-8" },
  });
}
