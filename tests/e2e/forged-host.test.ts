// Forged Host and X-Forwarded-* headers against the running server: no feed, sitemap, robots.txt, canonical link or
// JSON-LD names the forged host. (The cross-site check with untrusted proxies is in tests/lib/platform/security-headers.test.ts:
// this server trusts one proxy.)
import http from "node:http";
import { describe, expect, it } from "vitest";
import { baseURL } from "./helpers";
import { serverRow } from "./server-db";

const FORGED = { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };

/** A raw request: fetch() will not send a Host header of our choosing. */
function request(path: string, headers: Record<string, string>, method = "GET"): Promise<{ status: number; body: string }> {
  const url = new URL(path, baseURL());
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end(method === "POST" ? "x=1" : undefined);
  });
}

describe("a forged Host", () => {
  it("never reaches feeds, sitemaps, robots.txt, canonical links or JSON-LD", async () => {
    const post = await serverRow<{ id: number; slug: string }>("SELECT posts.id, boards.slug FROM posts JOIN boards ON boards.id = posts.board_id WHERE posts.status = 'published' LIMIT 1");
    const paths = ["/feed.xml", "/sitemap.xml", "/robots.txt", `/b/${post.slug}/feed.xml`, `/b/${post.slug}/${post.id}`, "/"];
    for (const path of paths) {
      const { status, body } = await request(path, FORGED);
      expect(status, path).toBeLessThan(400);
      expect(body, path).not.toContain("evil.example");
    }
  });
});
