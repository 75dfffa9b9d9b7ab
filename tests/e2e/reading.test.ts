// A visitor reads the forum: home, a board and its second page, threads with and without comments, in two languages.
import { describe, expect, it } from "vitest";
import { expectAccessible, openPage, useBrowser } from "./helpers";
import { serverRows } from "./server-db";

const browser = useBrowser();

type PostRow = { id: number; slug: string; title: string; comment_count: number };

async function postWith(condition: string): Promise<PostRow> {
  const [row] = await serverRows<PostRow>(
    `SELECT p.id, b.slug, p.title, p.comment_count FROM posts p JOIN boards b ON b.id = p.board_id
     WHERE p.status = 'published' AND ${condition} ORDER BY p.id LIMIT 1`,
  );
  if (!row) throw new Error(`The demo content has no post where ${condition}`);
  return row;
}

describe.each([
  ["JavaScript on", true],
  ["JavaScript off", false],
])("a visitor with %s", (_label, javaScriptEnabled) => {
  it("sees the boards and the latest posts on the home page", async () => {
    const page = await openPage(browser(), "/", { javaScriptEnabled });
    await expect(page.title()).resolves.toBe("Rapport");
    expect(await page.getByRole("heading", { level: 1, name: "Boards" }).isVisible()).toBe(true);
    for (const board of ["Notice", "Health", "Free talk", "Q&A"]) {
      expect(await page.getByRole("link", { name: board, exact: true }).count()).toBeGreaterThan(0);
    }
    const freePosts = (await serverRows<{ n: number }>("SELECT post_count AS n FROM boards WHERE slug = 'free'"))[0]!.n;
    expect(await page.getByText(`${freePosts} posts`).isVisible()).toBe(true);
    expect(await page.getByRole("list", { name: "Latest posts" }).getByRole("listitem").count()).toBe(10);
    await expectAccessible(page);
    await page.context().close();
  });

  it("opens a board, sees rows with their details, and goes to page 2", async () => {
    const page = await openPage(browser(), "/", { javaScriptEnabled });
    await page.getByRole("link", { name: "Free talk", exact: true }).click();
    await page.waitForURL("**/b/free");
    await expect.poll(() => page.title()).toBe("Free talk · Rapport");
    const rows = page.getByRole("list", { name: "Posts in Free talk" }).getByRole("listitem");
    expect(await rows.count()).toBe(20);
    const first = await rows.first().innerText();
    expect(first).toMatch(/Views \d/);
    expect(await rows.first().locator("time[datetime]").count()).toBe(1);
    await expectAccessible(page);

    const pages = page.getByRole("navigation", { name: "Pages" });
    expect(await pages.getByText("First").getAttribute("aria-disabled")).toBe("true");
    await pages.getByRole("link", { name: "Page 2" }).click();
    await page.waitForURL("**/b/free?page=2");
    const freePosts = (await serverRows<{ n: number }>("SELECT post_count AS n FROM boards WHERE slug = 'free'"))[0]!.n;
    expect(await rows.count()).toBe(Math.min(20, freePosts - 20));
    expect(await pages.locator('[aria-current="page"]').innerText()).toBe("2");
    await expectAccessible(page);
    await page.context().close();
  });

  it("reads a post with comments and nested replies", async () => {
    const post = await postWith("EXISTS (SELECT 1 FROM comments c WHERE c.post_id = p.id AND c.depth >= 2)");
    const page = await openPage(browser(), `/b/${post.slug}/${post.id}`, { javaScriptEnabled });
    const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
    expect(await crumbs.getByRole("link", { name: "Home" }).getAttribute("href")).toBe("/");
    expect(await crumbs.locator('[aria-current="page"]').innerText()).toBe(post.title);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(post.title);

    const meta = page.getByRole("region", { name: "Post information" });
    expect(await meta.innerText()).toMatch(/\d+ views?/);
    const time = meta.locator("time");
    expect(await time.getAttribute("datetime")).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await time.getAttribute("title")).toBeTruthy();
    const commentsLink = meta.getByRole("link", { name: `${post.comment_count} comment` , exact: false });
    expect(await commentsLink.getAttribute("href")).toBe("#comments");

    const items = page.locator("#comments li[id^=comment-]");
    expect(await items.count()).toBe(post.comment_count);
    const indents = await Promise.all(
      (await items.all()).map(async (item) => Number(/margin-inline-start:\s*([\d.]+)rem/.exec((await item.getAttribute("style")) ?? "")?.[1] ?? 0)),
    );
    expect(Math.max(...indents)).toBeGreaterThanOrEqual(2 * Math.min(...indents.filter((n) => n > 0)));
    expect(Math.min(...indents)).toBe(0);
    expect(await page.getByRole("navigation", { name: "More in this board" }).count()).toBe(1);
    await expectAccessible(page);
    await page.context().close();
  });

  it("reads a post without comments and sees the empty state", async () => {
    const post = await postWith("p.comment_count = 0");
    const page = await openPage(browser(), `/b/${post.slug}/${post.id}`, { javaScriptEnabled });
    expect(await page.getByText("No comments yet.").isVisible()).toBe(true);
    await expectAccessible(page);
    await page.context().close();
  });

  it("reads the forum in Korean and switches languages with the header buttons", async () => {
    const page = await openPage(browser(), "/", { javaScriptEnabled, locale: "ko-KR" });
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("ko");
    expect(await page.getByRole("heading", { level: 1, name: "게시판" }).isVisible()).toBe(true);
    await expectAccessible(page);

    await page.getByRole("button", { name: /English/ }).click();
    await page.getByRole("heading", { level: 1, name: "Boards" }).waitFor();
    // The choice is remembered on the next visit.
    await page.goto("/b/free");
    expect(await page.getByRole("link", { name: "Back to Free talk" }).count()).toBe(0);
    expect(await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Home" }).count()).toBe(1);
    await page.getByRole("button", { name: /한국어/ }).click();
    await page.getByRole("navigation", { name: "현재 위치" }).waitFor();
    const post = await postWith("p.comment_count = 0");
    await page.goto(`/b/${post.slug}/${post.id}`);
    expect(await page.getByText("등록된 댓글이 없습니다.").isVisible()).toBe(true);
    await expectAccessible(page);
    await page.context().close();
  });
});

describe("pages that do not exist", () => {
  it.each(["/b/no-such-board", "/b/free?page=999", "/b/free?page=abc", "/b/free/999999", "/b/free/not-a-number"])(
    "%s is a 404 that looks like the site",
    async (path) => {
      const page = await openPage(browser(), path);
      const response = await page.request.get(path);
      expect(response.status()).toBe(404);
      await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
      expect(await page.getByRole("link", { name: "Rapport" }).count()).toBeGreaterThan(0);
      await expectAccessible(page);
      await page.context().close();
    },
  );

  it("a post opened through another board's URL lands on its real address; an unknown post is still a 404", async () => {
    const post = await postWith("b.slug = 'health'");
    const page = await openPage(browser(), `/b/free/${post.id}#comments`);
    expect(new URL(page.url()).pathname).toBe(`/b/health/${post.id}`);
    expect(new URL(page.url()).hash).toBe("#comments");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(post.title);
    const answer = await page.request.get(`/b/free/${post.id}`, { maxRedirects: 0 });
    expect([answer.status(), answer.headers()["location"]]).toEqual([308, `/b/health/${post.id}`]);
    expect((await page.request.get("/b/free/99999999")).status()).toBe(404);
    await page.context().close();
  });
});

describe("the latest posts", () => {
  it("follows the home page's \"more\" link to every board's newest posts, 20 a page", async () => {
    const page = await openPage(browser(), "/", { javaScriptEnabled: false });
    await page.getByRole("link", { name: "More latest posts →" }).click();
    await page.waitForURL((url) => url.pathname === "/latest");
    const newest = await serverRows<{ title: string }>(
      "SELECT p.title FROM posts p JOIN boards b ON b.id = p.board_id WHERE p.status = 'published' AND b.archived = ? ORDER BY p.created_at DESC, p.id DESC LIMIT 21",
      false,
    );
    const titles = () => page.getByRole("list", { name: "Latest posts" }).getByRole("listitem").first().getByRole("link").first().textContent();
    await expect(titles()).resolves.toBe(newest[0]!.title);
    await expectAccessible(page);
    if (newest.length > 20) {
      await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Page 2", exact: true }).click();
      await page.waitForURL(/\/latest\?page=2$/);
      await expect(titles()).resolves.toBe(newest[20]!.title);
    }
    expect((await page.request.get("/latest?page=99999")).status()).toBe(404);
    await page.context().close();
  });
});

describe("on a 360 px phone", () => {
  it.each(["/", "/b/free", "/b/health/1"])("%s fits the screen without sideways scrolling", async (path) => {
    const post = await postWith("b.slug = 'health' AND length(p.body_source) > 3000");
    const target = path === "/b/health/1" ? `/b/health/${post.id}` : path;
    const page = await openPage(browser(), target, { viewport: { width: 360, height: 740 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});
