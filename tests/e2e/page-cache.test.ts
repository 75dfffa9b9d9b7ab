// The visitor page cache in the running server (lib/platform/page-cache/): what it stores, what it sends, the policy that keeps
// cached pages' scripts honest in Chromium, views counted on hits as on renders, and the router's prefetches not
// counted at all. Freshness after writes is tested in caching.test.ts.
import http from "node:http";
import { beforeAll, describe, expect, it } from "vitest";
import { baseURL, useBrowser } from "./helpers";
import { ACTION_FILES, callFormAction, createSignedInUser, type TestUser } from "./http";
import { serverRow, serverRows } from "./server-db";

const browser = useBrowser();
/** A reader's browser (a headless one is a bot to the view counter); each test adds a mark of its own to be a new viewer. */
const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";
const reader = () => `${CHROME} Reader/${crypto.randomUUID().slice(0, 8)}`;
const VIEW_FLUSH_WAIT_MS = 2600;

let author: TestUser;
let postId: number;
let threadPath: string;

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${baseURL()}${path}`, { headers, redirect: "manual" });
const viewCount = async (id: number) => (await serverRow<{ view_count: number }>("SELECT view_count FROM posts WHERE id = ?", id)).view_count;
/** Every free-board post's view count, by id. */
const boardPosts = async () =>
  new Map(
    (await serverRows<{ id: number; view_count: number }>("SELECT id, view_count FROM posts WHERE board_id = (SELECT id FROM boards WHERE slug = 'free')")).map((p) => [String(p.id), p.view_count]),
  );
const nonceIn = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1] ?? null;

beforeAll(async () => {
  author = await createSignedInUser("pagecache_author");
  const published = await callFormAction("/b/free/write", ACTION_FILES.write, "publishPost", { board: "free", title: "A thread for the page cache", body: "Read by many.", submissionKey: crypto.randomUUID() }, author.cookie);
  postId = Number(/\/b\/free\/(\d+)/.exec(published.location ?? "")?.[1]);
  expect(postId).toBeGreaterThan(0);
  threadPath = `/b/free/${postId}`;
});

describe("what the cache stores and sends", () => {
  it("answers the second visitor from memory, with no nonce and a policy naming the page's own scripts", async () => {
    await get(threadPath);
    const response = await get(threadPath, { "user-agent": reader() });
    expect(response.headers.get("x-rapport-cache")).toBe("hit");
    const policy = response.headers.get("content-security-policy")!;
    expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(policy).not.toMatch(/nonce|unsafe-inline'[^;]*script|strict-dynamic/);
    const html = await response.text();
    expect(html).toContain("A thread for the page cache");
    expect(html).not.toMatch(/nonce="[^"]/);
  });

  it("never sends a nonce twice: members' pages each get their own, cached pages none", async () => {
    const nonces: string[] = [];
    for (let i = 0; i < 3; i++) {
      const member = await get(threadPath, { cookie: author.cookie });
      expect(member.headers.get("x-rapport-cache")).toBeNull();
      const nonce = nonceIn(member.headers.get("content-security-policy"));
      expect(nonce).not.toBeNull();
      expect(await member.text()).toContain(`nonce="${nonce}"`);
      nonces.push(nonce!);
      const visitor = await get(threadPath);
      expect(nonceIn(visitor.headers.get("content-security-policy"))).toBeNull();
    }
    expect(new Set(nonces).size).toBe(nonces.length);
  });

  it("sends brotli or gzip as asked, and 304 to a browser that has the page", async () => {
    await get(threadPath);
    const raw = (encoding: string, extra: Record<string, string> = {}) =>
      new Promise<http.IncomingMessage>((resolve, reject) =>
        http.get(`${baseURL()}${threadPath}`, { headers: { "accept-encoding": encoding, ...extra } }, (res) => resolve(res.resume())).on("error", reject),
      );
    expect((await raw("gzip, deflate, br")).headers["content-encoding"]).toBe("br");
    expect((await raw("gzip")).headers["content-encoding"]).toBe("gzip");
    const plain = await raw("identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect((await raw("gzip, br", { "if-none-match": String(plain.headers.etag) })).statusCode).toBe(304);
  });

  it("keeps English and Korean apart", async () => {
    const ko = await (await get(threadPath, { "accept-language": "ko-KR,ko;q=0.9" })).text();
    const en = await (await get(threadPath, { "accept-language": "en-US" })).text();
    expect(ko).toContain('lang="ko"');
    expect(en).toContain('lang="en"');
    expect((await get(threadPath, { "accept-language": "ko" })).headers.get("x-rapport-cache")).toBe("hit");
  });

  it("builds no page from the Host or X-Forwarded-* headers a client sends", async () => {
    const forged = await new Promise<string>((resolve, reject) => {
      const url = new URL("/feed.xml", baseURL());
      http
        .get({ host: url.hostname, port: url.port, path: "/feed.xml?poison=1", headers: { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" } }, (res) => {
          let body = "";
          res.on("data", (chunk) => (body += chunk));
          res.on("end", () => resolve(body));
        })
        .on("error", reject);
    });
    expect(forged).not.toContain("evil.example");
    expect(await (await get("/feed.xml")).text()).not.toContain("evil.example");
  });

  it("leaves members, unknown parameter values and pages that are not public to Next.js", async () => {
    expect((await get(threadPath, { cookie: author.cookie })).headers.get("x-rapport-cache")).toBeNull();
    expect((await get("/b/free?page=abc")).headers.get("x-rapport-cache")).toBeNull();
    expect((await get("/search?q=cache")).headers.get("x-rapport-cache")).toBeNull();
    expect((await get("/login")).headers.get("x-rapport-cache")).toBeNull();
    // A parameter no page reads is dropped, so it neither misses the cache nor stores another copy.
    await get("/b/free");
    expect((await get("/b/free?utm_source=newsletter")).headers.get("x-rapport-cache")).toBe("hit");
  });
});

describe("a cached page in Chromium", () => {
  it("runs its own scripts with no policy violation and no console error, and navigates client-side", async () => {
    await get(threadPath);
    const context = await browser().newContext({ baseURL: baseURL(), locale: "en-US" });
    await context.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener("securitypolicyviolation", (event) => w.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    page.on("pageerror", (error) => errors.push(error.message));
    const response = await page.goto(threadPath);
    expect(response?.headers()["x-rapport-cache"]).toBe("hit");
    // Next.js's runtime loaded (script files) and ran its inline bootstrap (hashed scripts): it has hydrated.
    await page.waitForFunction(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version));
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.getByRole("main").getByRole("link", { name: "Free talk" }).first().click();
    await page.waitForURL("**/b/free");
    // Still the same document: the router navigated without a page load.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("does not run a script injected into a cached page", async () => {
    await get(threadPath);
    const context = await browser().newContext({ baseURL: baseURL() });
    await context.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener("securitypolicyviolation", (event) => w.violations.push(event.violatedDirective));
    });
    const page = await context.newPage();
    // As if something between server and reader (or a flaw in the page) slipped a script in: the policy is the server's.
    await page.route(`**${threadPath}`, async (route) => {
      const response = await route.fetch();
      expect(response.headers()["x-rapport-cache"]).toBe("hit");
      const body = (await response.text()).replace("</body>", "<script>window.injected = true</script></body>");
      await route.fulfill({ response, body });
    });
    await page.goto(threadPath);
    await expect.poll(() => page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toContain("script-src-elem");
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    await context.close();
  });
});

describe("views through the cache", () => {
  it("counts a visitor's view on a cached page once, and each new visitor again", async () => {
    await get(threadPath);
    await new Promise((r) => setTimeout(r, VIEW_FLUSH_WAIT_MS));
    const before = await viewCount(postId);
    const first = reader();
    for (let i = 0; i < 3; i++) expect((await get(threadPath, { "user-agent": first })).headers.get("x-rapport-cache")).toBe("hit");
    await get(threadPath, { "user-agent": reader() });
    await get(threadPath, { "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" });
    await expect.poll(() => viewCount(postId), { timeout: 10_000 }).toBe(before + 2);
    await new Promise((r) => setTimeout(r, VIEW_FLUSH_WAIT_MS));
    expect(await viewCount(postId)).toBe(before + 2);
  });

  it("does not count the router's prefetches of a board's links, and counts the thread opened", async () => {
    await new Promise((r) => setTimeout(r, VIEW_FLUSH_WAIT_MS));
    const before = await boardPosts();
    const context = await browser().newContext({ baseURL: baseURL(), userAgent: reader() });
    const page = await context.newPage();
    const prefetches: string[] = [];
    page.on("request", (request) => void (request.headers()["next-router-prefetch"] && prefetches.push(request.url())));
    await page.goto("/b/free");
    await page.waitForTimeout(3000);
    // The router did prefetch the threads on screen, this one among them...
    expect(prefetches.some((url) => new URL(url).pathname === threadPath)).toBe(true);
    await new Promise((r) => setTimeout(r, VIEW_FLUSH_WAIT_MS));
    // ...and not one of them counted a view.
    expect(await boardPosts()).toEqual(before);
    const link = page.getByRole("link", { name: "A thread for the page cache" }).first();
    await link.click();
    await page.waitForURL(`**${threadPath}`);
    await expect.poll(() => viewCount(postId), { timeout: 10_000 }).toBe(before.get(String(postId))! + 1);
    const after = await boardPosts();
    for (const [id, count] of before) if (id !== String(postId)) expect(after.get(id), `post ${id}`).toBe(count);
    await context.close();
  });
});
