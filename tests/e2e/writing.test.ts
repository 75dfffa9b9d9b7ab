// A member writes: a post with a heading and a list, previewed then published; comments, replies, edits, deletes.
import { describe, expect, it } from "vitest";
import { expectAccessible, openPage, useBrowser } from "./helpers";
import { ACTION_FILES, callFormAction, createSignedInUser, createUser, signIn } from "./http";

const signInCookie = (user: { username: string; password: string }) => signIn(user.username, user.password);

const browser = useBrowser();

describe.each([
  ["JavaScript on", true],
  ["JavaScript off", false],
])("a member with %s", (_label, javaScriptEnabled) => {
  it("previews, publishes, comments, replies, edits with history, and deletes a comment that has a reply", async () => {
    const author = await createUser(`writer_${javaScriptEnabled ? "js" : "nojs"}`);
    const page = await openPage(browser(), "/login", { javaScriptEnabled });
    await page.getByLabel("Username or email").fill(author.username);
    await page.getByLabel("Password").fill(author.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("link", { name: `Signed in as ${author.username}` }).waitFor();

    await page.goto("/b/free");
    await page.getByRole("link", { name: "Write a post" }).click();
    await page.waitForURL("**/b/free/write");
    await expectAccessible(page);
    const title = `Growing basil on a windowsill (${javaScriptEnabled ? "js" : "no js"})`;
    await page.getByLabel("Title").fill(title);
    // The write box is set in the page's own type, not monospace, in which Korean looks letter-spaced.
    const fonts = await page.getByLabel("Body").evaluate((box) => [getComputedStyle(box).fontFamily, getComputedStyle(document.body).fontFamily]);
    expect(fonts[0]).toBe(fonts[1]);
    expect(fonts[0]).not.toMatch(/mono/i);
    await page.getByLabel("Body").fill("## What worked\n\n- a south window\n- water every other day\n\nThat is **all**.");
    await page.getByRole("button", { name: "Preview" }).click();
    const preview = page.getByRole("region", { name: "Preview" });
    await preview.getByRole("heading", { level: 3, name: "What worked" }).waitFor();
    expect(await preview.getByRole("listitem").count()).toBe(2);
    expect(await page.getByLabel("Title").inputValue()).toBe(title);
    await expectAccessible(page);

    await page.getByRole("button", { name: "Publish" }).click();
    await page.waitForURL(/\/b\/free\/\d+$/);
    const postUrl = page.url();
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(title);
    expect(await page.getByRole("heading", { level: 3, name: "What worked" }).count()).toBe(1);
    expect(await page.locator(".prose-body li").count()).toBe(2);

    // A comment, then a reply to it.
    await page.getByLabel("Add a comment").fill("First thought: it needs sun.");
    await page.getByRole("button", { name: "Post comment" }).click();
    await page.waitForURL(/#comment-\d+$/);
    const commentId = page.url().split("#comment-")[1]!;
    const comment = page.locator(`#comment-${commentId}`);
    expect(await comment.innerText()).toContain("First thought: it needs sun.");
    // One comment per 5 seconds: the reply waits its turn, as a person would.
    await page.waitForTimeout(5_500);
    await comment.getByRole("link", { name: "Reply" }).click();
    await page.getByLabel(`Reply to ${author.username}`).fill("And a bigger pot.");
    await page.getByRole("button", { name: "Post reply" }).click();
    // With JavaScript the reply form opened in place, so the address still names the comment until the reply lands.
    await page.waitForURL((url) => /#comment-\d+$/.test(url.hash) && url.hash !== `#comment-${commentId}`);
    const replyId = page.url().split("#comment-")[1]!;
    expect(replyId).not.toBe(commentId);
    expect(await page.locator(`#comment-${replyId}`).getAttribute("style")).toContain("1.25rem");
    await expectAccessible(page);

    // Edit the post; the history shows both versions.
    await page.getByRole("link", { name: "Edit post" }).click();
    await page.getByLabel("Body").fill("## What worked\n\n- a south window\n- water every other day\n- a bigger pot\n\nThat is **all**.");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.waitForURL(postUrl);
    expect(await page.locator(".prose-body li").count()).toBe(3);
    await page.getByRole("link", { name: "(edited)" }).click();
    await page.waitForURL(/\/history$/);
    expect(await page.getByRole("heading", { level: 2 }).count()).toBe(2);
    expect(await page.locator("ins").first().innerText()).toContain("bigger pot");
    // Only the newer version is marked: the first one changed nothing, so it shows no insertions.
    const first = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2, name: /^Version 1 ·/ }) });
    await expect(first.innerText()).resolves.toContain("a south window");
    expect(await first.locator("ins, del").count()).toBe(0);
    await expectAccessible(page);

    // Delete the comment that has a reply: it stays as [deleted] and the reply stays.
    await page.goto(`${postUrl}#comment-${commentId}`);
    await page.locator(`#comment-${commentId}`).getByRole("link", { name: "Delete" }).click();
    await page.getByRole("button", { name: "Delete" }).click();
    await page.waitForURL(/#comments$/);
    expect(await page.locator(`#comment-${commentId}`).innerText()).toContain("[deleted]");
    expect(await page.locator(`#comment-${replyId}`).innerText()).toContain("And a bigger pot.");
    await page.context().close();
  });

  it("recommends a post and a comment, and takes a recommendation back", async () => {
    const suffix = javaScriptEnabled ? "js" : "nojs";
    const author = await createSignedInUser(`liked_${suffix}`);
    const published = await callFormAction("/b/free/write", ACTION_FILES.write, "publishPost", { board: "free", title: `Worth recommending (${suffix})`, body: "A post.", submissionKey: crypto.randomUUID() }, author.cookie);
    const thread = published.location ?? "";
    const commented = await callFormAction(thread, ACTION_FILES.thread, "addComment", { board: "free", postId: thread.split("/").at(-1) ?? "", body: "A comment.", submissionKey: crypto.randomUUID() }, author.cookie);
    const commentId = /#comment-(\d+)/.exec(commented.location ?? "")?.[1];
    const fan = await createUser(`fan_${suffix}`);
    const page = await openPage(browser(), `/login?callbackUrl=${encodeURIComponent(thread)}`, { javaScriptEnabled });
    await page.getByLabel("Username or email").fill(fan.username);
    await page.getByLabel("Password").fill(fan.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`**${thread}`);
    const postButton = page.locator("#recommend").getByRole("button", { name: /Recommend/ });
    const commentButton = page.locator(`#comment-${commentId}`).getByRole("button", { name: /Recommend/ });
    await postButton.click();
    await page.locator("#recommend").getByRole("button", { name: "Recommend · 1", pressed: true }).waitFor();
    await commentButton.click();
    await page.locator(`#comment-${commentId}`).getByRole("button", { name: "Recommend · 1", pressed: true }).waitFor();
    await page.locator("#recommend").getByRole("button", { pressed: true }).click();
    await page.locator("#recommend").getByRole("button", { name: "Recommend · 0", pressed: false }).waitFor();
    expect(await commentButton.getAttribute("aria-pressed")).toBe("true");
    await expectAccessible(page);
    await page.context().close();
  });

  it("keeps the typed text and shows the message next to the field on a validation error", async () => {
    const author = await createUser(`validator_${javaScriptEnabled ? "js" : "nojs"}`);
    const page = await openPage(browser(), "/login?callbackUrl=%2Fb%2Fqna%2Fwrite", { javaScriptEnabled });
    await page.getByLabel("Username or email").fill(author.username);
    await page.getByLabel("Password").fill(author.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL("**/b/qna/write");
    await page.getByLabel("Title").fill("   ");
    await page.getByLabel("Body").fill("A body I spent a long time on.");
    await page.getByRole("button", { name: "Publish" }).click();
    await page.getByText("Enter a title.").waitFor();
    expect(await page.getByLabel("Body").inputValue()).toBe("A body I spent a long time on.");
    expect(await page.getByLabel("Title").getAttribute("aria-describedby")).toContain("field-title-error");
    await expectAccessible(page);
    await page.context().close();
  });
  it("deletes their own post and lands on its board, which says so", async () => {
    const suffix = javaScriptEnabled ? "js" : "nojs";
    const author = await createUser(`deleter_${suffix}`);
    const mine = await callFormAction("/b/free/write", ACTION_FILES.write, "publishPost", { board: "free", title: `Mine to delete (${suffix})`, body: "Gone soon.", submissionKey: crypto.randomUUID() }, await signInCookie(author));
    expect(mine.location).toMatch(/\/b\/free\/\d+$/);
    const edit = `${mine.location}/edit`;
    const page = await openPage(browser(), `/login?callbackUrl=${encodeURIComponent(edit)}`, { javaScriptEnabled });
    await page.getByLabel("Username or email").fill(author.username);
    await page.getByLabel("Password").fill(author.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`**${edit}`);
    await page.getByLabel("Yes, delete this post").check();
    await page.getByRole("button", { name: "Delete this post" }).click();
    await page.waitForURL((url) => url.pathname === "/b/free");
    await expect(page.getByRole("status").filter({ hasText: "Your post was deleted." }).count()).resolves.toBe(1);
    expect(await page.getByRole("link", { name: `Mine to delete (${suffix})` }).count()).toBe(0);
    await page.context().close();
  });
});
