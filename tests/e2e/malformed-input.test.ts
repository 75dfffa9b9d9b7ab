// Malformed input the app must answer cleanly, against the running server: control characters in a search, broken
// percent-escapes in paths, a callbackUrl in Hangul or with a newline, and an oversized body sent chunked.
import http from "node:http";
import { describe, expect, it } from "vitest";
import { baseURL } from "./helpers";
import { ACTION_FILES, actionId, callFormAction, createUser, getPage } from "./http";

describe("malformed input", () => {
  it.each(["/search?q=a%00b", "/search?q=%01%02", "/b/%E0%A4%A/34", "/u/%ff", "/b/%ff/feed.xml", "/b/free/%ff", "/sitemaps/%ff.xml"])(
    "%s answers below 500",
    async (path) => {
      const { status } = await getPage(path);
      expect(status).toBeLessThan(500);
    },
  );

  it.each(["/u/한솔이", "/b/free\n/x"])("signing in with callbackUrl %j works and returns there", async (callbackUrl) => {
    const user = await createUser(`cb_${Math.random().toString(36).slice(2, 8)}`);
    const result = await callFormAction("/login", "app/login/actions.ts", "login", { identifier: user.username, password: user.password, callbackUrl }, "", {
      "x-forwarded-for": "198.18.30.1",
    });
    expect(result.status).toBeLessThan(500);
    expect(new URL(result.location!, baseURL()).pathname).toBe(new URL(callbackUrl.replace("\n", ""), "http://x").pathname);
  });

  it("refuses an oversized chunked body with 413", async () => {
    const url = new URL("/b/free/write", baseURL());
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers: { "transfer-encoding": "chunked", "content-type": "text/plain", "next-action": actionId(ACTION_FILES.write, "publishPost"), accept: "text/x-component" } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      const chunk = Buffer.alloc(64 * 1024, 120);
      for (let i = 0; i < 40; i++) req.write(chunk);
      req.end();
    });
    expect(status).toBe(413);
  });
});
