// The two ceilings every case is compared with: bare node:http and a static Next.js route, both sending the post page's HTML.
import fs from "node:fs";
import { TS_NODE_ARGS } from "./database";
import { BROWSER_USER_AGENT, measure, type Load, type Measurement } from "./load";
import { freePort, HOST, startProcess, stop, waitUntilReady } from "./processes";

/** The static route in app/bench-static: force-static, regenerated from the snapshot file every few seconds. */
export const STATIC_ROUTE = "/bench-static";
/** Longer than the route's revalidate window plus one regeneration. */
const STATIC_SWAP_TIMEOUT_MS = 30_000;
const STATIC_POLL_MS = 500;

/** Fetches the page once as an anonymous reader and keeps its exact HTML bytes for both ceilings. */
export async function snapshotPage(base: string, path: string, file: string): Promise<Buffer> {
  // No Accept-Encoding: the bytes on the wire are the HTML itself, as in every measured case.
  const response = await fetch(base + path, { headers: { "user-agent": BROWSER_USER_AGENT, "accept-encoding": "identity" } });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  const html = Buffer.from(await response.arrayBuffer());
  fs.writeFileSync(file, html);
  return html;
}

/** Measures the bare node:http server, in its own process, answering with `file`. */
export async function measurePlainCeiling(file: string, connections: number, warmupS: number, durationS: number): Promise<Measurement> {
  const port = await freePort();
  const server = startProcess("the node:http ceiling", process.execPath, [...TS_NODE_ARGS, "bench/plain-server.ts", file, String(port), HOST], {});
  try {
    const url = `http://${HOST}:${port}`;
    await waitUntilReady(server, url);
    return await measure({ url, connections }, warmupS, durationS);
  } finally {
    await stop(server);
  }
}

/** Waits until the static route serves the snapshot: it was prerendered at build time, before the snapshot existed. */
export async function awaitStaticSnapshot(base: string, html: Buffer): Promise<void> {
  const deadline = Date.now() + STATIC_SWAP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const response = await fetch(base + STATIC_ROUTE, { headers: { "accept-encoding": "identity" } });
    const body = Buffer.from(await response.arrayBuffer());
    if (response.ok && body.equals(html)) return;
    await new Promise((r) => setTimeout(r, STATIC_POLL_MS));
  }
  throw new Error(`${STATIC_ROUTE} did not start serving the snapshot within ${STATIC_SWAP_TIMEOUT_MS / 1000} s`);
}

export const staticCeilingLoad = (base: string, connections: number): Load => ({ url: base + STATIC_ROUTE, connections });
