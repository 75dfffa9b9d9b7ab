// Forged requests and security headers, against the running server.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { callFormAction, getPage } from "./http";
import { baseURL } from "./helpers";

const manifest = JSON.parse(fs.readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as {
  node: Record<string, { filename: string; exportedName: string }>;
};
const actions = [...new Map(Object.values(manifest.node).map((a) => [`${a.filename}#${a.exportedName}`, a])).values()];

const forgeries: [string, Record<string, string>][] = [
  ["a foreign Origin", { origin: "https://evil.example" }],
  ["Origin: null", { origin: "null" }],
  ["Sec-Fetch-Site: cross-site", { "sec-fetch-site": "cross-site" }],
];

describe("forged requests", () => {
  it("cover every server action in the build", () => {
    expect(actions.length).toBeGreaterThanOrEqual(25);
  });

  describe.each(forgeries)("with %s", (_label, headers) => {
    it.each(actions.map((a) => [`${a.filename} ${a.exportedName}`, a] as const))("refuses %s", async (_name, action) => {
      const response = await callFormAction("/", action.filename, action.exportedName, {}, "", headers);
      expect(response.status).toBe(403);
    });

    it.each(["/api/auth/callback/credentials", "/api/auth/signout", "/api/auth/signin/github"])("refuses POST %s", async (endpoint) => {
      const response = await fetch(`${baseURL()}${endpoint}`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
        body: "identifier=x&password=y",
      });
      expect(response.status).toBe(403);
    });
  });

  it("lets a same-origin action through", async () => {
    const response = await callFormAction("/", "app/actions.ts", "setLocale", { locale: "ko" }, "", {}, { withState: false });
    expect(response.status).toBe(200);
  });
});

describe("security headers", () => {
  const commonHeaders = (response: Response, csp: string) => {
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("permissions-policy")).toContain("camera=()");
    expect(response.headers.get("x-powered-by")).toBeNull();
  };
  const scriptSrcOf = (csp: string) => csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
  const executableScripts = (html: string) => [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attributes]) => !attributes!.includes('type="application/ld+json"'));

  it.each(["/login", "/no-such-page", "/search?q=x"])("%s, made for one request, carries a strict policy with a nonce", async (page) => {
    const response = await fetch(`${baseURL()}${page}`);
    const html = await response.text();
    const csp = response.headers.get("content-security-policy") ?? "";
    const scriptSrc = scriptSrcOf(csp);
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    expect(scriptSrc).not.toContain("unsafe-inline");
    commonHeaders(response, csp);
    // Every script Next.js writes into the page carries this response's nonce.
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1]!;
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    const executable = scripts.filter((tag) => !tag.includes('type="application/ld+json"'));
    expect(executable.length).toBeGreaterThan(0);
    expect(executable.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
  });

  it.each(["/", "/b/free"])("%s, from the visitor page cache, carries a strict policy naming the hash of each inline script", async (page) => {
    await fetch(`${baseURL()}${page}`);
    const response = await fetch(`${baseURL()}${page}`);
    expect(response.headers.get("x-rapport-cache")).toBe("hit");
    const html = await response.text();
    const csp = response.headers.get("content-security-policy") ?? "";
    const scriptSrc = scriptSrcOf(csp);
    expect(scriptSrc).not.toMatch(/nonce|unsafe-inline|strict-dynamic/);
    commonHeaders(response, csp);
    const inline = executableScripts(html).filter(([, attributes]) => !/\ssrc=/.test(attributes!));
    expect(inline.length).toBeGreaterThan(0);
    for (const [, , body] of inline) expect(scriptSrc).toContain(`'sha256-${createHash("sha256").update(body!).digest("base64")}'`);
    // Nothing but those inline scripts: one hash each, no more.
    expect(scriptSrc.match(/'sha256-/g)).toHaveLength(new Set(inline.map(([, , body]) => body)).size);
  });

  it("static files are nosniff too", async () => {
    const html = await (await fetch(`${baseURL()}/`)).text();
    const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1]!;
    expect((await fetch(`${baseURL()}${asset}`)).headers.get("x-content-type-options")).toBe("nosniff");
    expect((await getPage(asset)).status).toBe(200);
  });
});
