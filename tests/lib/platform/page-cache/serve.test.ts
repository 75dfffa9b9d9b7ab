// The visitor page cache answering over HTTP, in front of a stand-in for Next.js that counts its renders.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { createPageCache, NOT_FOUND_MAX_AGE_MS, PAGE_MAX_AGE_MS, PAGE_REFRESH_AFTER_MS, type RenderedResponse, type RenderRequest } from "@/lib/platform/page-cache/serve";
import { PageStore } from "@/lib/platform/page-cache/store";

const NONCE = "cmVuZGVyLW5vbmNl";
const PAGE = `<!DOCTYPE html><html><head><script src="/_next/static/a.js" async="" nonce="${NONCE}"></script></head><body><h1>Thread</h1><script nonce="${NONCE}">self.__next_f=[]</script><script nonce="${NONCE}">self.__next_f.push([1,"{\\"nonce\\":\\"${NONCE}\\"}"])</script></body></html>`;

type Setup = { status?: number; headers?: Record<string, string | string[]>; body?: string; delayMs?: number };

let server: Server | undefined;
afterEach(() => server?.close());

/** A cache in front of a stand-in renderer; everything the cache does not answer gets "next.js" and status 299. */
async function start(setup: Setup | ((request: RenderRequest) => Setup) = {}, clock = { now: 0 }) {
  const renders: RenderRequest[] = [];
  const store = new PageStore(1e7);
  const cache = createPageCache({
    store,
    origin: new URL("https://forum.example"),
    now: () => clock.now,
    async render(request): Promise<RenderedResponse> {
      renders.push(request);
      const s = typeof setup === "function" ? setup(request) : setup;
      if (s.delayMs) await new Promise((r) => setTimeout(r, s.delayMs));
      return {
        status: s.status ?? 200,
        headers: {
          "content-type": "text/html; charset=utf-8",
          "content-security-policy": `script-src 'self' 'nonce-${NONCE}' 'strict-dynamic'`,
          "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
          "x-powered-by": "nothing",
          ...s.headers,
        },
        body: Buffer.from(s.body ?? PAGE),
      };
    },
  });
  server = createServer(async (req, res) => {
    if (await cache.serve(req, res)) return;
    res.statusCode = 299;
    res.end("next.js");
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers: { "accept-encoding": "identity", ...headers }, redirect: "manual" });
  return { renders, store, get, clock };
}

describe("the visitor page cache", () => {
  it("renders a page once and answers the next visitors from memory", async () => {
    const { renders, get } = await start();
    const first = await get("/b/free/34");
    expect(first.headers.get("x-rapport-cache")).toBe("miss");
    const second = await get("/b/free/34");
    expect(second.headers.get("x-rapport-cache")).toBe("hit");
    expect(await second.text()).toBe(await first.text());
    expect(renders).toHaveLength(1);
  });

  it("renders with the configured origin and the reader's language only", async () => {
    const { renders, get } = await start();
    await get("/feed.xml?utm=1", { host: "evil.example", "x-forwarded-host": "evil.example", "accept-language": "ko-KR", cookie: "tracking=1" });
    expect(renders[0]).toEqual({
      path: "/feed.xml",
      headers: { host: "forum.example", "x-forwarded-proto": "https", "accept-language": "ko", "user-agent": "Rapport page cache" },
    });
  });

  it("renders a visitor's chosen theme with its cookie alone, and keeps it apart from the plain page", async () => {
    const { renders, get } = await start();
    await get("/b/free/34", { cookie: "tracking=1; rapport-theme=dark" });
    await get("/b/free/34");
    await get("/b/free/34", { cookie: "rapport-theme=dark" });
    expect(renders).toHaveLength(2);
    expect(renders[0]!.headers.cookie).toBe("rapport-theme=dark");
    expect(renders[1]!.headers.cookie).toBeUndefined();
  });

  it("sends no nonce, and a policy with the hash of each inline script instead", async () => {
    const { get } = await start();
    for (const state of ["miss", "hit"]) {
      const response = await get("/b/free/34");
      expect(response.headers.get("x-rapport-cache")).toBe(state);
      const policy = response.headers.get("content-security-policy")!;
      const html = await response.text();
      expect(html).not.toContain(NONCE);
      expect(policy).not.toContain("nonce");
      expect(policy).not.toContain("strict-dynamic");
      expect(policy).not.toContain("unsafe-inline'; script");
      expect(policy.match(/'sha256-[^']+'/g)).toHaveLength(2);
      expect(policy).toContain("upgrade-insecure-requests");
      expect(response.headers.get("strict-transport-security")).toContain("max-age=");
    }
  });

  it("compresses as the browser asks, with the same page inside every encoding", async () => {
    const { get } = await start();
    const raw = (path: string, encoding: string) =>
      new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
        const url = new URL(path, `http://127.0.0.1:${(server!.address() as AddressInfo).port}`);
        import("node:http").then(({ get: httpGet }) =>
          httpGet(url, { headers: { "accept-encoding": encoding } }, (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (c: Buffer) => chunks.push(c));
            res.on("end", () => resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }));
          }).on("error", reject),
        );
      });
    const plain = await raw("/b/free/34", "identity");
    const br = await raw("/b/free/34", "gzip, deflate, br");
    const gz = await raw("/b/free/34", "gzip");
    const refused = await raw("/b/free/34", "br;q=0, gzip;q=0");
    expect([plain.encoding, br.encoding, gz.encoding, refused.encoding]).toEqual([undefined, "br", "gzip", undefined]);
    expect(zlib.brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(zlib.gunzipSync(gz.body).equals(plain.body)).toBe(true);
    expect(refused.body.equals(plain.body)).toBe(true);
  });

  it("answers 304 to a browser that holds the same page, and the page to one that holds another", async () => {
    const { get } = await start();
    const etag = (await get("/b/free/34")).headers.get("etag")!;
    expect(etag).toMatch(/^W\/"/);
    const same = await get("/b/free/34", { "if-none-match": etag });
    expect(same.status).toBe(304);
    expect(await same.text()).toBe("");
    expect((await get("/b/free/34", { "if-none-match": 'W/"other"' })).status).toBe(200);
  });

  it("lets the browser keep a page (and restore it from the back/forward cache) only after asking again", async () => {
    const { get } = await start();
    const response = await get("/b/free/34");
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(response.headers.get("vary")).toMatch(/Accept-Encoding.*Accept-Language.*Cookie/);
  });

  it("passes by members, writes, other pages and other values", async () => {
    const { renders, get } = await start();
    for (const [path, headers] of [
      ["/b/free/34", { cookie: "authjs.session-token=abc" }],
      ["/search?q=x", {}],
      ["/b/free?page=abc", {}],
    ] as const) {
      const response = await get(path, headers);
      expect(response.status, path).toBe(299);
    }
    const post = await fetch(`http://127.0.0.1:${(server!.address() as AddressInfo).port}/b/free/34`, { method: "POST", body: "x" });
    expect(post.status).toBe(299);
    expect(renders).toHaveLength(0);
  });

  it("shares nothing that sets a cookie or is not a page, redirect or 404, and lets Next.js answer", async () => {
    for (const setup of [{ headers: { "set-cookie": "a=b" } }, { status: 500 }, { status: 307, headers: { location: "/x" } }] as Setup[]) {
      const { renders, store, get } = await start(setup);
      expect((await get("/b/free/34")).status).toBe(299);
      expect(store.size).toBe(0);
      expect(renders).toHaveLength(1);
      server!.close();
    }
  });

  it("keeps a 404 briefly, and a moved thread's permanent redirect like a page", async () => {
    const clock = { now: 0 };
    const { renders, get } = await start((r) => (r.path === "/b/old/1" ? { status: 308, headers: { location: "/b/new/1" } } : { status: 404, body: "Not found" }), clock);
    expect((await get("/b/free/99")).status).toBe(404);
    expect((await get("/b/free/99")).headers.get("x-rapport-cache")).toBe("hit");
    clock.now = NOT_FOUND_MAX_AGE_MS;
    expect((await get("/b/free/99")).headers.get("x-rapport-cache")).toBe("miss");
    const moved = await get("/b/old/1");
    expect([moved.status, moved.headers.get("location")]).toEqual([308, "/b/new/1"]);
    expect((await get("/b/old/1")).headers.get("x-rapport-cache")).toBe("hit");
    expect(renders).toHaveLength(3);
  });

  it("renders an aging page again in the background, and never serves one past its age", async () => {
    const clock = { now: 0 };
    const { renders, get } = await start({}, clock);
    await get("/b/free/34");
    clock.now = PAGE_REFRESH_AFTER_MS;
    expect((await get("/b/free/34")).headers.get("x-rapport-cache")).toBe("hit");
    await expect.poll(() => renders.length).toBe(2);
    clock.now = PAGE_REFRESH_AFTER_MS + PAGE_MAX_AGE_MS;
    expect((await get("/b/free/34")).headers.get("x-rapport-cache")).toBe("miss");
  });

  it("gives concurrent first visitors one render", async () => {
    const { renders, get } = await start({ delayMs: 100 });
    const answers = await Promise.all(Array.from({ length: 20 }, () => get("/b/free/34")));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(renders).toHaveLength(1);
  });

  it("answers HEAD with the headers and no body", async () => {
    const { get } = await start();
    await get("/b/free/34");
    const head = await fetch(`http://127.0.0.1:${(server!.address() as AddressInfo).port}/b/free/34`, { method: "HEAD", headers: { "accept-encoding": "identity" } });
    expect(head.headers.get("x-rapport-cache")).toBe("hit");
    expect(Number(head.headers.get("content-length"))).toBeGreaterThan(100);
    expect(await head.text()).toBe("");
  });

  it("sends a stored page before serve() returns, with the request's id, and says how it answered", async () => {
    // Straight through the cache object, as scripts/server.ts calls it: a hit is no promise, and the bytes are out.
    const store = new PageStore(1e7);
    const direct = createPageCache({ store, origin: new URL("https://forum.example"), now: () => 0, render: async () => ({ status: 200, headers: { "content-type": "text/html" }, body: Buffer.from("<p>hi</p>") }) });
    const fake = (): { req: never; res: never; written: { status?: number; headers?: string[]; body?: Buffer } } => {
      const written: { status?: number; headers?: string[]; body?: Buffer } = {};
      const req = { method: "GET", url: "/b/free/7", headers: { "x-request-id": "req-1", "accept-encoding": "gzip" } };
      const res = {
        writeHead: (status: number, headers: string[]) => Object.assign(written, { status, headers }),
        end: (body?: Buffer) => Object.assign(written, { body }),
      };
      return { req: req as never, res: res as never, written };
    };
    const first = fake();
    const miss = direct.serve(first.req, first.res);
    expect(miss).toBeInstanceOf(Promise);
    expect(await miss).toBe("miss");
    const second = fake();
    expect(direct.serve(second.req, second.res)).toBe("hit");
    expect(second.written.status).toBe(200);
    const headers = Object.fromEntries(second.written.headers!.flatMap((v, i, all) => (i % 2 ? [] : [[v, all[i + 1]]])));
    expect(headers).toMatchObject({ "x-request-id": "req-1", "x-rapport-cache": "hit", "content-encoding": "gzip" });
    expect(zlib.gunzipSync(second.written.body!).toString()).toBe("<p>hi</p>");
    expect(direct.serve({ method: "POST", url: "/b/free/7", headers: {} } as never, fake().res)).toBe(false);
  });
});
