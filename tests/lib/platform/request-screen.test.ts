import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "@/lib/platform/security-headers";
import { screenRequest } from "@/lib/platform/request-screen";

let server: http.Server;
let port = 0;

beforeAll(async () => {
  // A stand-in for Next.js: reads the whole body, as a server action does, and says how much it got.
  server = http.createServer((req, res) => {
    if (screenRequest(req, res)) return;
    let bytes = 0;
    req.on("data", (chunk: Buffer) => (bytes += chunk.length));
    req.on("end", () => res.end(`read ${bytes}`));
    req.on("error", () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => server.close());

function send(path: string, body?: Buffer, chunked = false): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = chunked ? { "transfer-encoding": "chunked" } : body ? { "content-length": body.length } : {};
    const req = http.request({ host: "127.0.0.1", port, path, method: body ? "POST" : "GET", headers }, (res) => {
      let text = "";
      res.on("data", (c) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on("error", reject);
    if (body && chunked) {
      // Sent in pieces, the way a client streams a body of unknown length.
      for (let at = 0; at < body.length; at += 64 * 1024) req.write(body.subarray(at, at + 64 * 1024));
      req.end();
    } else req.end(body);
  });
}

describe("screenRequest", () => {
  it("refuses an oversized body with 413 whether its length is declared or chunked", async () => {
    const big = Buffer.alloc(MAX_BODY_BYTES + 1024, 120);
    expect((await send("/b/free/write", big)).status).toBe(413);
    expect((await send("/b/free/write", big, true)).status).toBe(413);
  });

  it("lets bodies within the limit through, chunked or not", async () => {
    const small = Buffer.alloc(200 * 1024, 120);
    expect(await send("/b/free/write", small)).toEqual({ status: 200, text: `read ${small.length}` });
    expect(await send("/b/free/write", small, true)).toEqual({ status: 200, text: `read ${small.length}` });
  });

  it("answers 400 for a path with a malformed percent-escape, and passes good ones", async () => {
    for (const path of ["/b/%E0%A4%A/34", "/u/%ff", "/b/%ff/feed.xml", "/sitemaps/%ff.xml"]) expect((await send(path)).status, path).toBe(400);
    expect((await send("/u/%ED%95%9C%EC%86%94%EC%9D%B4?q=%ff")).status).toBe(200);
  });
});
