// A member reports a comment; a moderator removes it from the queue with a reason; readers see the tombstone;
// the public log shows it; the moderator restores it. Injected spam is held until a moderator approves it.
import type { Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible, openPage, useBrowser } from "./helpers";
import { callFormAction, createUser } from "./http";

const browser = useBrowser();

async function signedIn(b: Browser, user: { username: string; password: string }, path: string, javaScriptEnabled: boolean) {
  const page = await openPage(b, `/login?callbackUrl=${encodeURIComponent(path)}`, { javaScriptEnabled });
  await page.getByLabel("Username or email").fill(user.username);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === path.split("?")[0]);
  return page;
}

describe.each([
  ["JavaScript on", true],
  ["JavaScript off", false],
])("moderation with %s", (label, javaScriptEnabled) => {
  const tag = javaScriptEnabled ? "js" : "nojs";

  it("report, remove from the queue, tombstone, public log, restore", async () => {
    const author = await createUser(`mo_author_${tag}`);
    const reporter = await createUser(`mo_reporter_${tag}`);
    const mod = await createUser(`mo_mod_${tag}`, { role: "moderator" });
    const { signIn } = await import("./http");
    const authorCookie = await signIn(author.username, author.password);
    const published = await callFormAction("/b/free/write", "app/b/[board]/write/actions.ts", "publishPost", { board: "free", title: `Tea thread (${label})`, body: "Which tea do you like?", submissionKey: crypto.randomUUID() }, authorCookie);
    const postPath = new URL(published.location!, "http://x").pathname;
    const replied = await callFormAction(postPath, "app/b/[board]/[postId]/actions.ts", "addComment", { board: "free", postId: postPath.split("/").pop()!, body: "Rude words about tea drinkers.", submissionKey: crypto.randomUUID() }, authorCookie);
    const commentId = /#comment-(\d+)/.exec(replied.location ?? "")?.[1];
    expect(commentId, replied.body.slice(0, 500)).toBeDefined();

    const member = await signedIn(browser(), reporter, postPath, javaScriptEnabled);
    const comment = member.locator(`#comment-${commentId}`);
    await comment.getByRole("link", { name: "Report" }).click();
    await comment.getByLabel("abuse").check();
    await comment.getByRole("button", { name: "Send report" }).click();
    await member.getByText("Thank you: a moderator will look at it.").waitFor();
    await member.context().close();

    const moderator = await signedIn(browser(), mod, "/mod/queue", javaScriptEnabled);
    const item = moderator.getByRole("article", { name: `Comment: Tea thread (${label})` });
    expect(await item.innerText()).toContain("1 report: abuse");
    await expectAccessible(moderator);
    await item.getByLabel("Reason").selectOption("abuse");
    await item.getByRole("button", { name: "Remove", exact: true }).click();
    await item.waitFor({ state: "detached" }); // dealt with: it leaves the queue

    const reader = await openPage(browser(), postPath, { javaScriptEnabled });
    expect(await reader.locator(`#comment-${commentId}`).innerText()).toContain("Removed by a moderator: abuse");
    expect(await reader.content()).not.toContain("Rude words about tea drinkers.");
    await reader.goto("/mod/log");
    expect(await reader.getByRole("row").nth(1).innerText()).toContain("removed");
    expect(await reader.getByRole("row").nth(1).innerText()).toContain("abuse");
    await expectAccessible(reader);
    await reader.context().close();

    await moderator.goto(`${postPath}?moderate=${commentId}#comment-${commentId}`);
    await moderator.locator(`#comment-${commentId}`).getByRole("button", { name: "Restore" }).click();
    await moderator.waitForURL((url) => !url.search.includes("moderate"));
    const restored = await openPage(browser(), postPath, { javaScriptEnabled });
    expect(await restored.locator(`#comment-${commentId}`).innerText()).toContain("Rude words about tea drinkers.");
    await restored.context().close();
    await moderator.context().close();
  });

  it("holds a comment with injected foreign-script spam until a moderator approves it", async () => {
    const writer = await createUser(`mo_writer_${tag}`);
    const mod = await createUser(`mo_mod2_${tag}`, { role: "moderator" });
    const page = await signedIn(browser(), writer, "/b/health", javaScriptEnabled);
    await page.getByRole("link", { name: "Write a post" }).click();
    await page.getByLabel("Title").fill(`Sleep notes (${label})`);
    await page.getByLabel("Body").fill("Going to bed at the same time helped me a lot.");
    await page.getByRole("button", { name: "Publish" }).click();
    await page.waitForURL(/\/b\/health\/\d+$/);
    const postPath = new URL(page.url()).pathname;
    await page.waitForTimeout(5_500); // one comment per 5 seconds
    await page.getByLabel("Add a comment").fill("Consistency matters, 宮崎 エステ and keep the room dark.");
    await page.getByRole("button", { name: "Post comment" }).click();
    await page.waitForURL(/#comment-\d+$/);
    const commentId = page.url().split("#comment-")[1]!;
    expect(await page.locator(`#comment-${commentId}`).innerText()).toContain("Awaiting review");
    await page.context().close();

    const reader = await openPage(browser(), postPath, { javaScriptEnabled });
    expect(await reader.locator(`#comment-${commentId}`).count()).toBe(0);
    await reader.context().close();

    const moderator = await signedIn(browser(), mod, "/mod/queue", javaScriptEnabled);
    const item = moderator.getByRole("article", { name: `Comment: Sleep notes (${label})` });
    expect(await item.innerText()).toContain("text in a foreign script");
    await item.getByRole("button", { name: "Approve" }).click();
    await item.waitFor({ state: "detached" });
    await moderator.context().close();

    const after = await openPage(browser(), postPath, { javaScriptEnabled });
    expect(await after.locator(`#comment-${commentId}`).innerText()).toContain("keep the room dark");
    await after.context().close();
  });
});
