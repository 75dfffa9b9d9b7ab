// The node:http ceilings: a page's exact bytes, as the app sent them for one Accept-Encoding, served by a bare server.
import fs from "node:fs";
import http, { type IncomingHttpHeaders } from "node:http";
import path from "node:path";
import { TS_NODE_ARGS } from "../scripts/harness/processes";
import { BROWSER_USER_AGENT } from "../scripts/harness/http";
import type { Measurement } from "./load";
import { freePort, HOST, startProcess, stop, waitUntilReady } from "../scripts/harness/processes";
import { measureWrk } from "./wrk";

/** What the benchmark's browser-like requests send; null sends no Accept-Encoding at all (uncompressed). */
export const BROWSER_ACCEPT_ENCODING = "gzip, br";

export type Snapshot = {
  path: string;
  /** The Accept-Encoding sent for it, null for none. */
  acceptEncoding: string | null;
  /** The Content-Encoding the app answered with ("identity" when none). */
  encoding: string;
  bytes: number;
  file: string;
  etag: string | null;
  cacheControl: string | null;
};

export type Ceiling = { id: string; label: string; snapshot: Omit<Snapshot, "file">; measurement: Measurement };

type RawResponse = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** One GET with node:http, whose body is the bytes on the wire: fetch() would decompress them. */
export function fetchRaw(url: string, headers: Record<string, string>): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
    request.setTimeout(30_000, () => request.destroy(new Error(`GET ${url} took longer than 30 s`)));
    request.on("error", reject);
  });
}

export const requestHeaders = (acceptEncoding: string | null): Record<string, string> => ({
  "user-agent": BROWSER_USER_AGENT,
  ...(acceptEncoding ? { "accept-encoding": acceptEncoding } : {}),
});

/** Headers that node:http writes for itself on every response (and that differ per response or connection). */
const HOP_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding"]);

/** Where a snapshot's response headers are kept, beside its body, for the ceiling to send. */
const headersFileOf = (bodyFile: string) => `${bodyFile}.headers.json`;

/**
 * Fetches `pagePath` once as a visitor (no cookie) and keeps the exact bytes in `dir`: the body, and the headers the
 * app sent with it, so that the ceiling sends the same response and not a lighter one. (wrk reads 8 KB at a time,
 * so a kilobyte of headers can decide whether a page takes one read or two.)
 */
export async function snapshotPage(base: string, pagePath: string, acceptEncoding: string | null, dir: string, name: string): Promise<Snapshot> {
  const response = await fetchRaw(base + pagePath, requestHeaders(acceptEncoding));
  if (response.status !== 200) throw new Error(`${pagePath} answered ${response.status}`);
  const file = path.join(dir, `${name}.bin`);
  fs.writeFileSync(file, response.body);
  const sent = Object.entries(response.headers).flatMap(([name, value]) => (HOP_HEADERS.has(name) || value === undefined ? [] : [[name, String(value)]]));
  fs.writeFileSync(headersFileOf(file), JSON.stringify(sent));
  const header = (name: string) => {
    const value = response.headers[name];
    return typeof value === "string" ? value : null;
  };
  return {
    path: pagePath,
    acceptEncoding,
    encoding: header("content-encoding") ?? "identity",
    bytes: response.body.length,
    file,
    etag: header("etag"),
    cacheControl: header("cache-control"),
  };
}

/** Measures the bare node:http server, in its own process, sending the snapshot's bytes with the app's headers. */
export async function measureCeiling(snapshot: Snapshot, connections: number, warmupS: number, durationS: number): Promise<Measurement> {
  const port = await freePort();
  const args = [...TS_NODE_ARGS, "bench/plain-server.ts", snapshot.file, String(port), HOST, snapshot.encoding];
  const server = startProcess("the node:http ceiling", process.execPath, args, {});
  try {
    const url = `http://${HOST}:${port}`;
    await waitUntilReady(server, url);
    // The same request as the case it stands beside, Accept-Encoding included.
    const headers: Record<string, string> = snapshot.acceptEncoding ? { "Accept-Encoding": snapshot.acceptEncoding } : {};
    return await measureWrk({ url, connections, headers }, warmupS, durationS);
  } finally {
    await stop(server);
  }
}

export type EncodingProbe = { acceptEncoding: string; encoding: string; bytes: number };

/** What the app answers to `br` alone and to `gzip` alone: which encodings it offers, and their sizes. */
export async function probeEncodings(base: string, pagePath: string): Promise<EncodingProbe[]> {
  const probes: EncodingProbe[] = [];
  for (const acceptEncoding of ["br", "gzip"]) {
    const response = await fetchRaw(base + pagePath, requestHeaders(acceptEncoding));
    const encoding = response.headers["content-encoding"];
    probes.push({ acceptEncoding, encoding: typeof encoding === "string" ? encoding : "identity", bytes: response.body.length });
  }
  return probes;
}
