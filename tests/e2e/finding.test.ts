// A reader finds threads from the header's search box, in English and Korean, and machines find the feeds,
// the sitemap and the structured data.
import { describe, expect, it } from "vitest";
import { baseURL, expectAccessible, openPage, useBrowser } from "./helpers";
import { serverRows } from "./server-db";

const browser = useBrowser();

describe.each([
  ["JavaScript on", true],
  ["JavaScript off", false],
])("search with %s", (_label, javaScriptEnabled) => {
  it("finds a Korean post by a fragment of a longer word, from the header", async () => {
    // The first published title with three Hangul syllables in a row (GLOB is SQLite's alone, so the test looks).
    const post = (await serverRows<{ id: number; title: string }>("SELECT id, title FROM posts WHERE status = 'published' ORDER BY id")).find((p) => /[가-힣]{3}/.test(p.title));
    const word = /[가-힣]{3,}/.exec(post!.title)![0];
    const fragment = word.slice(1, 3);
    const page = await openPage(browser(), "/", { javaScriptEnabled, locale: "ko-KR" });
    const box = page.getByRole("search").first().getByRole("searchbox");
    await box.fill(fragment);
    await box.press("Enter");
    await page.waitForURL(/\/search\?q=/);
    expect(await page.locator(`a[href$="/${post!.id}"]`).count()).toBeGreaterThan(0);
    expect(await page.locator("mark").count()).toBeGreaterThan(0);
    // The match sits inside its word: no side padding splits 키보|드 into what reads as two words.
    const padding = await page.locator("mark").first().evaluate((mark) => [getComputedStyle(mark).paddingLeft, getComputedStyle(mark).paddingRight]);
    expect(padding).toEqual(["0px", "0px"]);
    await expectAccessible(page);
    await page.context().close();
  });

  it("lists a member's writing, newest first, when the author filter has their display name and no words", async () => {
    const [author] = await serverRows<{ id: string; name: string; newest: number }>(
      `SELECT u.id, u.name, max(p.id) AS newest FROM users u JOIN posts p ON p.author_id = u.id AND p.status = 'published'
       WHERE (SELECT count(*) FROM users o WHERE o.name = u.name) = 1 GROUP BY u.id ORDER BY count(*) DESC LIMIT 1`,
    );
    const page = await openPage(browser(), "/search", { javaScriptEnabled });
    await page.getByRole("main").getByLabel("Author").fill(author!.name);
    await page.getByRole("main").getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/author=/);
    const links = await page.getByRole("main").getByRole("listitem").getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links.length).toBeGreaterThan(0);
    expect(links.some((href) => href?.endsWith(`/${author!.newest}`))).toBe(true);
    await expectAccessible(page);
    await page.context().close();
  });

  it("answers a one-letter query and a broken one with a message, not an error", async () => {
    for (const q of ["가", '"unbalanced AND (', "*".repeat(1000)]) {
      const page = await openPage(browser(), `/search?q=${encodeURIComponent(q)}`, { javaScriptEnabled });
      const response = await page.request.get(`/search?q=${encodeURIComponent(q)}`);
      expect(response.status()).toBe(200);
      expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);
      await page.context().close();
    }
  });
});

describe("machines", () => {
  it("pages link their Atom feeds, and post pages carry DiscussionForumPosting JSON-LD", async () => {
    const [post] = await serverRows<{ id: number; slug: string }>("SELECT p.id, b.slug FROM posts p JOIN boards b ON b.id = p.board_id WHERE p.status = 'published' AND p.comment_count > 0 ORDER BY p.id LIMIT 1");
    const html = await (await fetch(`${baseURL()}/b/${post!.slug}/${post!.id}`)).text();
    expect(html).toMatch(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="[^"]*\/b\/[^"]+\/feed\.xml"/);
    const json = /<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const data = JSON.parse(json) as Record<string, unknown>;
    expect(data["@type"]).toBe("DiscussionForumPosting");
    expect(Array.isArray(data.comment)).toBe(true);
    for (const path of ["/feed.xml", `/b/${post!.slug}/feed.xml`, "/sitemap.xml", "/robots.txt"]) {
      expect((await fetch(`${baseURL()}${path}`)).status).toBe(200);
    }
  });
});

describe("structured data sent once", () => {
  it("is in the HTML only, not again in React's payload, and hydration keeps it without an error", async () => {
    const [post] = await serverRows<{ id: number; slug: string; title: string }>("SELECT p.id, b.slug, p.title FROM posts p JOIN boards b ON b.id = p.board_id WHERE p.status = 'published' AND p.comment_count > 0 ORDER BY p.id LIMIT 1");
    const path = `/b/${post!.slug}/${post!.id}`;
    const html = await (await fetch(`${baseURL()}${path}`)).text();
    const json = /<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(JSON.parse(json)).toMatchObject({ "@type": "DiscussionForumPosting", headline: post!.title });
    // Once in the document: React's payload (the inline self.__next_f scripts) carries only the key it was handed over by.
    expect(html.split("DiscussionForumPosting")).toHaveLength(2);

    const page = await browser().newPage();
    const errors: string[] = [];
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${baseURL()}${path}`);
    await page.waitForFunction(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version));
    const structuredData = () => page.locator('script[type="application/ld+json"]').evaluateAll((scripts) => scripts.map((s) => s.textContent));
    expect(await structuredData()).toEqual([json]);
    // Away and back through the router: the page the browser renders from its cache has no JSON-LD, and no error.
    await page.getByRole("main").getByRole("link", { name: /./ }).first().click();
    await page.waitForURL((url) => url.pathname !== path);
    await page.goBack();
    await page.waitForURL((url) => url.pathname === path);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(post!.title);
    expect(await structuredData()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("link previews and canonical URLs", () => {
  it("a post page has its canonical URL, OpenGraph and Twitter tags with title, board and excerpt", async () => {
    const [post] = await serverRows<{ id: number; slug: string; title: string; name: string }>("SELECT p.id, b.slug, p.title, b.name FROM posts p JOIN boards b ON b.id = p.board_id WHERE p.status = 'published' ORDER BY p.id LIMIT 1");
    const html = await (await fetch(`${baseURL()}/b/${post!.slug}/${post!.id}?utm_source=x&fbclid=y`)).text();
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="http://[^"]+/b/${post!.slug}/${post!.id}"`));
    expect(html).toContain('property="og:type" content="article"');
    expect(html).toMatch(/property="og:title" content="[^"]+"/);
    expect(html).toMatch(/property="og:description" content="[^"]{20,}"/);
    expect(html).toContain(`property="article:section" content="${post!.name}"`);
    expect(html).toContain('name="twitter:card" content="summary"');
  });

  it("a board's later pages are their own canonical URLs; page 1 has no ?page", async () => {
    const page2 = await (await fetch(`${baseURL()}/b/free?page=2&utm_campaign=z`)).text();
    expect(page2).toMatch(/<link rel="canonical" href="http:\/\/[^"]+\/b\/free\?page=2"/);
    const page1 = await (await fetch(`${baseURL()}/b/free?ref=abc`)).text();
    expect(page1).toMatch(/<link rel="canonical" href="http:\/\/[^"]+\/b\/free"/);
  });
});

describe("canonical URLs elsewhere", () => {
  it("home is its own canonical, and a profile is not the home page", async () => {
    expect(await (await fetch(`${baseURL()}/?utm_source=x`)).text()).toMatch(/<link rel="canonical" href="http:\/\/[^"/]+\/?"/); // Next writes the origin without a slash
    const [user] = await serverRows<{ username: string }>("SELECT username FROM users ORDER BY created_at LIMIT 1");
    const profile = await (await fetch(`${baseURL()}/u/${encodeURIComponent(user!.username)}`)).text();
    expect(profile).toMatch(new RegExp(`<link rel="canonical" href="http://[^"]+/u/${encodeURIComponent(user!.username)}"`));
  });
});

describe("language versions", () => {
  it("pages list hreflang alternates, and ?hl=ko pins Korean with its own canonical URL", async () => {
    const plain = await (await fetch(`${baseURL()}/b/free`, { headers: { "accept-language": "en" } })).text();
    expect(plain).toMatch(/<link rel="alternate" hrefLang="ko" href="http:\/\/[^"]+\/b\/free\?hl=ko"/);
    expect(plain).toMatch(/<link rel="alternate" hrefLang="en" href="http:\/\/[^"]+\/b\/free\?hl=en"/);
    expect(plain).toMatch(/<link rel="alternate" hrefLang="x-default" href="http:\/\/[^"]+\/b\/free"/);
    const korean = await (await fetch(`${baseURL()}/b/free?hl=ko`, { headers: { "accept-language": "en" } })).text();
    expect(korean).toContain('<html lang="ko">');
    expect(korean).toMatch(/<link rel="canonical" href="http:\/\/[^"]+\/b\/free\?hl=ko"/);
  });
});
