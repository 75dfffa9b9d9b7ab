// Never lose text: with JavaScript the comment controls open their forms in place without a request, every box keeps
// a draft until it is published, and a Preview tab renders without a reload; without JavaScript the links still work.
import type { Page, Request } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, openPage, useBrowser } from "./helpers";
import { ACTION_FILES, callFormAction, createSignedInUser, createUser } from "./http";

const browser = useBrowser();

let thread: string;
let first: { id: string; author: string };
let second: { id: string; author: string };

/** A thread with two comments by two members (one comment each, so the 5-second limit never waits). */
beforeAll(async () => {
  const author = await createSignedInUser("keeper_author");
  const published = await callFormAction("/b/free/write", ACTION_FILES.write, "publishPost", { board: "free", title: "Where to keep seeds", body: "In the fridge?", submissionKey: crypto.randomUUID() }, author.cookie);
  thread = published.location ?? "";
  const postId = thread.split("/").at(-1) ?? "";
  const comment = async (name: string, body: string) => {
    const member = await createSignedInUser(name);
    const answered = await callFormAction(thread, ACTION_FILES.thread, "addComment", { board: "free", postId, body, submissionKey: crypto.randomUUID() }, member.cookie);
    return { id: /#comment-(\d+)/.exec(answered.location ?? "")?.[1] ?? "", author: name };
  };
  first = await comment("keeper_one", "A paper envelope in a drawer.");
  second = await comment("keeper_two", "A jar with rice to keep them dry.");
});

async function signIn(username: string, password: string, to: string, javaScriptEnabled: boolean): Promise<Page> {
  const page = await openPage(browser(), `/login?callbackUrl=${encodeURIComponent(to)}`, { javaScriptEnabled });
  await page.getByLabel("Username or email").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`**${to}`);
  return page;
}

/** Round trips to the server from now on (documents, fetches), but the router's prefetches of links in view. */
function watchRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on("request", (request) => {
    const headers = request.headers();
    if (!["document", "fetch", "xhr"].includes(request.resourceType())) return;
    if (headers["next-router-prefetch"] || headers["next-router-segment-prefetch"]) return;
    seen.push(request);
  });
  return seen;
}

const draftOf = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(`rapport:draft:${k}`), key);
const commentSelector = (id: string) => `#comment-${id}`;
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");

describe("with JavaScript on", () => {
  it("opens reply and report in place without a request, keeps every box, restores drafts after a reload and clears them once published", async () => {
    const reader = await createUser("keeper_reader");
    const page = await signIn(reader.username, reader.password, thread, true);
    const postId = thread.split("/").at(-1) ?? "";
    const url = page.url();
    const requests = watchRequests(page);

    const main = page.getByLabel("Add a comment");
    await main.fill("My own answer, half written.");
    const firstComment = page.locator(`#comment-${first.id}`);
    await firstComment.getByRole("link", { name: "Reply" }).click();
    const reply = page.getByLabel(`Reply to ${first.author}`);
    await reply.waitFor();
    expect(await focusedId(page)).toBe(`reply-body-${first.id}`);
    await reply.pressSequentially("An envelope **works**.");
    const secondComment = page.locator(`#comment-${second.id}`);
    await secondComment.getByRole("link", { name: "Report" }).click();
    await secondComment.getByRole("radio", { name: "spam" }).waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe("spam");

    // Nothing was lost and nothing was asked of the server.
    expect(await main.inputValue()).toBe("My own answer, half written.");
    expect(await reply.inputValue()).toBe("An envelope **works**.");
    expect(page.url()).toBe(url);
    expect(requests.map((r) => `${r.method()} ${r.resourceType()} ${r.url()}`)).toEqual([]);
    await expectAccessible(page);

    // Escape closes the report form and gives focus back to its link; a second Reply click goes back into the box.
    await page.keyboard.press("Escape");
    await expect.poll(() => secondComment.getByRole("radio").count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Report");
    await firstComment.getByRole("link", { name: "Reply" }).click();
    expect(await focusedId(page)).toBe(`reply-body-${first.id}`);

    // The post's own Report opens in place as well, and Escape closes it.
    const postFooter = page.locator("#recommend");
    await postFooter.getByRole("link", { name: "Report" }).click();
    await postFooter.getByRole("radio", { name: "spam" }).waitFor();
    await page.keyboard.press("Escape");
    await expect.poll(() => postFooter.getByRole("radio").count()).toBe(0);
    expect(await main.inputValue()).toBe("My own answer, half written.");
    expect(page.url()).toBe(url);
    expect(requests.map((r) => `${r.method()} ${r.resourceType()} ${r.url()}`)).toEqual([]);

    // The Preview tab renders with the publishing pipeline, in place of the box, and Write brings the box back.
    await firstComment.getByRole("tab", { name: "Preview" }).click();
    await firstComment.getByRole("tabpanel", { name: "Preview" }).locator("strong", { hasText: "works" }).waitFor();
    expect(await reply.isVisible()).toBe(false);
    await firstComment.getByRole("tab", { name: "Write" }).click();
    expect(await reply.inputValue()).toBe("An envelope **works**.");
    expect(page.url()).toBe(url);

    // Drafts are saved as one types; a reload warns first, then brings both boxes back.
    await expect.poll(() => draftOf(page, `thread:${postId}:${first.id}`)).toContain("An envelope **works**.");
    await expect.poll(() => draftOf(page, `thread:${postId}:new`)).toContain("half written");
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await page.reload();
    expect(dialogs).toEqual(["beforeunload"]);
    await expect.poll(() => main.inputValue()).toBe("My own answer, half written.");
    await expect.poll(() => reply.inputValue()).toBe("An envelope **works**.");

    // Publishing the reply clears its draft and closes its box; the main box keeps its own.
    await page.getByRole("button", { name: "Post reply" }).click();
    await page.waitForURL(/#comment-\d+$/);
    const replyId = page.url().split("#comment-")[1];
    await page.locator(`#comment-${replyId}`).getByText("An envelope works.").waitFor();
    await expect.poll(() => draftOf(page, `thread:${postId}:${first.id}`)).toBeNull();
    await expect.poll(() => reply.count()).toBe(0);
    expect(await main.inputValue()).toBe("My own answer, half written.");

    // One comment per 5 seconds: the main comment waits its turn, then lands and forgets its draft too.
    await page.waitForTimeout(5_500);
    await page.getByRole("button", { name: "Post comment" }).click();
    await page.locator("#comments").getByText("My own answer, half written.").waitFor();
    await expect.poll(() => draftOf(page, `thread:${postId}:new`)).toBeNull();
    expect(await main.inputValue()).toBe("");
    await page.reload();
    expect(await page.getByLabel(`Reply to ${first.author}`).count()).toBe(0);
    await page.context().close();
  });

  it("opens edit (with the comment's source, in place of its text), delete and moderate in place, and saves the edit", async () => {
    const moderator = await createSignedInUser("keeper_mod", { role: "moderator" });
    const postId = thread.split("/").at(-1) ?? "";
    const answered = await callFormAction(thread, ACTION_FILES.thread, "addComment", { board: "free", postId, body: "Seeds keep *three* years.", submissionKey: crypto.randomUUID() }, moderator.cookie);
    const own = commentSelector(/#comment-(\d+)/.exec(answered.location ?? "")?.[1] ?? "");
    const page = await signIn(moderator.username, moderator.password, thread, true);
    const requests = watchRequests(page);
    const comment = page.locator(own);
    await page.getByLabel("Add a comment").fill("Still typing this.");

    await comment.getByRole("link", { name: "Edit" }).click();
    const edit = page.getByLabel("Edit your comment");
    await edit.waitFor();
    expect(await edit.inputValue()).toBe("Seeds keep *three* years.");
    expect(await focusedId(page)).toMatch(/^edit-body-\d+$/);
    expect(await comment.locator(".prose-body").first().isVisible()).toBe(false);
    await comment.getByRole("link", { name: "Delete" }).click();
    await comment.getByRole("button", { name: "Delete" }).waitFor();
    await comment.getByRole("link", { name: "Cancel" }).last().click();
    await expect.poll(() => comment.getByRole("button", { name: "Delete" }).count()).toBe(0);
    await comment.getByRole("link", { name: "Moderate" }).click();
    await comment.getByRole("radio", { name: "abuse" }).waitFor();
    await page.keyboard.press("Escape");
    await expect.poll(() => comment.getByRole("radio").count()).toBe(0);
    expect(requests.map((r) => `${r.method()} ${r.resourceType()} ${r.url()}`)).toEqual([]);
    expect(await page.getByLabel("Add a comment").inputValue()).toBe("Still typing this.");
    await expectAccessible(page);

    await edit.fill("Seeds keep *four* years.");
    await comment.getByRole("button", { name: "Save" }).click();
    await comment.locator(".prose-body em", { hasText: "four" }).waitFor();
    await expect.poll(() => edit.count()).toBe(0);
    expect(await page.getByLabel("Add a comment").inputValue()).toBe("Still typing this.");
    await page.context().close();
  });

  it("keeps a new post as a draft, previews it in a tab with its table's alignment, and forgets the draft once published", async () => {
    const writer = await createUser("keeper_writer");
    const page = await signIn(writer.username, writer.password, "/b/free/write", true);
    await page.getByLabel("Title").fill("Seed swap prices");
    await page.getByLabel("Body").fill("| seed | price |\n| :--- | ---: |\n| basil | 3.50 |");
    await expect.poll(() => draftOf(page, "board:free:new-post")).toContain("Seed swap prices");
    // A link to another page asks first; declining keeps the page and its text.
    const asked: string[] = [];
    page.once("dialog", (dialog) => {
      asked.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link").first().click();
    expect(asked).toEqual(["confirm: You have text that is not sent yet. Leave this page? A draft is kept in this browser."]);
    expect(page.url()).toMatch(/\/b\/free\/write$/);
    page.on("dialog", (dialog) => void dialog.accept());
    await page.reload();
    await expect.poll(() => page.getByLabel("Body").inputValue()).toContain("| basil | 3.50 |");
    expect(await page.getByLabel("Title").inputValue()).toBe("Seed swap prices");

    await page.getByRole("tab", { name: "Preview" }).click();
    const price = page.getByRole("tabpanel", { name: "Preview" }).getByRole("cell", { name: "3.50" });
    await price.waitFor();
    expect(await price.evaluate((cell) => getComputedStyle(cell).textAlign)).toBe("right");
    expect(page.url()).toMatch(/\/b\/free\/write$/);
    await expectAccessible(page);

    await page.getByRole("button", { name: "Publish" }).click();
    await page.waitForURL(/\/b\/free\/\d+$/);
    await expect.poll(() => draftOf(page, "board:free:new-post")).toBeNull();
    await page.context().close();
  });
});

describe("with JavaScript off", () => {
  it("opens reply and report from their links, keeps typed text for Back, and writes through them", async () => {
    const reader = await createUser("keeper_plain");
    const page = await signIn(reader.username, reader.password, thread, false);
    await page.getByLabel("Add a comment").fill("Typed before following a link.");
    await page.locator(`#comment-${first.id}`).getByRole("link", { name: "Reply" }).click();
    await page.waitForURL(new RegExp(`\\?reply=${first.id}#reply-${first.id}$`));
    // Nothing can warn without a script, but Back finds the text where it was: the browser keeps the page's fields.
    await page.goBack();
    expect(await page.getByLabel("Add a comment").inputValue()).toBe("Typed before following a link.");
    await page.goForward();
    await page.getByLabel(`Reply to ${first.author}`).fill("Without a script, a reply still lands.");
    await page.getByRole("button", { name: "Post reply" }).click();
    await page.waitForURL(/#comment-\d+$/);
    await page.getByText("Without a script, a reply still lands.").waitFor();

    await page.locator(`#comment-${second.id}`).getByRole("link", { name: "Report" }).click();
    await page.waitForURL(new RegExp(`\\?report=${second.id}#comment-${second.id}$`));
    await page.locator(`#comment-${second.id}`).getByRole("radio", { name: "off-topic" }).check();
    await page.getByRole("button", { name: "Send report" }).click();
    await page.getByText("Thank you: a moderator will look at it.").waitFor();
    await page.context().close();
  });
});
