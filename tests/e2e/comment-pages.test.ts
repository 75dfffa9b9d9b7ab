// A long thread is read a hundred comments at a time (?cpage=N): plain page links with JavaScript off, and every link
// to a comment (search results, notifications) lands on the page that holds it.
import { beforeAll, describe, expect, it } from "vitest";
import { baseURL, expectAccessible, openPage, useBrowser } from "./helpers";
import { ACTION_FILES, callFormAction, createSignedInUser, getPage, type TestUser } from "./http";
import { serverTransaction } from "./server-db";

const browser = useBrowser();
const COMMENTS = 160;
const MARKER = "quokkapagination";

let author: TestUser;
let postId: number;
let threadPath: string;
let commentIds: number[];

/**
 * Writes 160 of the thread's comments straight into the server's database, as the seed generator does: the write limits
 * (one comment per 5 s) would make 160 comments through the form take minutes. The thread was never rendered,
 * so no cached render can be stale.
 */
async function insertComments(): Promise<number[]> {
  return serverTransaction(async (db) => {
    const ids: number[] = [];
    for (let n = 1; n <= COMMENTS; n++) {
      const body = n === 150 ? `Comment 150 mentions ${MARKER}.` : `Comment number ${n}.`;
      const [row] = await db.rows<{ id: number }>(
        "INSERT INTO comments (post_id, author_id, parent_id, depth, path, body_source, body_html, created_at) VALUES (?, ?, NULL, 0, '', ?, ?, ?) RETURNING id",
        postId,
        author.id,
        body,
        `<p>${body}</p>`,
        new Date(Date.now() + n),
      );
      const id = row!.id;
      await db.run("UPDATE comments SET path = ? WHERE id = ?", String(id).padStart(10, "0"), id);
      ids.push(id);
    }
    await db.run("UPDATE posts SET comment_count = ? WHERE id = ?", COMMENTS, postId);
    await db.run("INSERT INTO notifications (user_id, kind, actor_id, post_id, comment_id, created_at) VALUES (?, 'reply_to_post', ?, ?, ?, ?)", author.id, author.id, postId, ids[149], new Date());
    return ids;
  });
}

beforeAll(async () => {
  author = await createSignedInUser("cpage_author");
  const published = await callFormAction(
    "/b/free/write",
    ACTION_FILES.write,
    "publishPost",
    { board: "free", title: "A very long thread", body: "Read it a page at a time.", submissionKey: crypto.randomUUID() },
    author.cookie,
  );
  postId = Number(/\/b\/free\/(\d+)/.exec(published.location ?? "")?.[1]);
  expect(postId).toBeGreaterThan(0);
  threadPath = `/b/free/${postId}`;
  commentIds = await insertComments();
  // The publish action's answer rendered the empty thread into the cache: one comment through the form expires it,
  // as every write does.
  const commented = await callFormAction(
    threadPath,
    ACTION_FILES.thread,
    "addComment",
    { board: "free", postId: String(postId), body: "The last word, written through the form.", submissionKey: crypto.randomUUID() },
    (await createSignedInUser("cpage_reader")).cookie,
  );
  const last = Number(/#comment-(\d+)/.exec(commented.location ?? "")?.[1]);
  expect(commented.location, commented.body.slice(0, 300)).toBe(`${threadPath}?cpage=2#comment-${last}`);
  commentIds.push(last);
});

const commentsOn = (page: Awaited<ReturnType<typeof openPage>>) => page.locator("#comments li[id^=comment-]");

describe("a thread with more than 100 comments", () => {
  it("shows page 1 and links to page 2, with JavaScript off", async () => {
    const page = await openPage(browser(), threadPath, { javaScriptEnabled: false });
    expect(await commentsOn(page).count()).toBe(100);
    expect(await page.locator(`#comment-${commentIds[99]}`).count()).toBe(1);
    expect(await page.locator(`#comment-${commentIds[100]}`).count()).toBe(0);
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(new RegExp(`/b/free/${postId}$`));
    const pages = page.getByRole("navigation", { name: "Comment pages", exact: true });
    expect(await pages.locator('[aria-current="page"]').innerText()).toBe("1");
    await pages.getByRole("link", { name: "Page 2" }).click();
    await page.waitForURL(`**/b/free/${postId}?cpage=2#comments`);
    expect(await commentsOn(page).count()).toBe(COMMENTS + 1 - 100);
    expect(await page.locator(`#comment-${commentIds[149]}`).innerText()).toContain(MARKER);
    expect(await pages.locator('[aria-current="page"]').innerText()).toBe("2");
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(/\?cpage=2$/);
    await page.context().close();
  });

  it("is accessible with both page navigations, and goes back to page 1 with JavaScript on", async () => {
    const page = await openPage(browser(), `${threadPath}?cpage=2`);
    expect(await page.getByRole("navigation", { name: "Comment pages, above the comments" }).count()).toBe(1);
    await expectAccessible(page);
    await page.getByRole("navigation", { name: "Comment pages", exact: true }).getByRole("link", { name: "Page 1" }).click();
    await page.waitForURL(`**/b/free/${postId}#comments`);
    await expect.poll(() => commentsOn(page).count()).toBe(100);
    await page.context().close();
  });

  it("lands a search result for comment 150 on page 2, with the comment there", async () => {
    const page = await openPage(browser(), `/search?q=${MARKER}`, { javaScriptEnabled: false });
    await page.getByRole("link", { name: /A very long thread/ }).first().click();
    await page.waitForURL(`**/b/free/${postId}?cpage=2#comment-${commentIds[149]}`);
    expect(await page.locator(`#comment-${commentIds[149]}`).innerText()).toContain(MARKER);
    await page.context().close();
  });

  it("lands a notification about comment 150 on page 2, with the comment there", async () => {
    const context = await browser().newContext({ baseURL: baseURL(), locale: "en-US" });
    const [name, ...value] = author.cookie.split("=");
    await context.addCookies([{ name: name!, value: value.join("="), url: baseURL() }]);
    const page = await context.newPage();
    await page.goto("/notifications");
    await page.locator(`a[href*="#comment-${commentIds[149]}"]`).first().click();
    await page.waitForURL(`**/b/free/${postId}?cpage=2#comment-${commentIds[149]}`);
    await expect.poll(() => page.locator(`#comment-${commentIds[149]}`).innerText()).toContain(MARKER);
    await context.close();
  });

  it("keeps a member's reply and edit links on the page they were clicked on", async () => {
    const response = await fetch(`${baseURL()}${threadPath}?cpage=2`, { headers: { cookie: author.cookie } });
    // The links as a browser reads them: "&" may be written &amp; or &#x26; in the HTML.
    const hrefs = [...(await response.text()).matchAll(/href="([^"]*)"/g)].map(([, href]) => href!.replaceAll("&amp;", "&").replaceAll("&#x26;", "&"));
    expect(hrefs).toContain(`${threadPath}?cpage=2&reply=${commentIds[149]}#reply-${commentIds[149]}`);
    expect(hrefs).toContain(`${threadPath}?cpage=2&edit=${commentIds[149]}#comment-${commentIds[149]}`);
  });

  it("answers odd page values with page 1 and pages past the end with 404, never an error", async () => {
    for (const value of ["0", "abc", "-1", "1"]) expect((await getPage(`${threadPath}?cpage=${value}`)).status).toBe(200);
    for (const value of ["3", "99999999999999999999999"]) expect((await getPage(`${threadPath}?cpage=${value}`)).status).toBe(404);
  });
});
