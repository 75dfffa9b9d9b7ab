// A locked thread in the running server: marked in the board's list and at the top of the thread, for visitors and
// members alike, and closed to recommendations and reports as well as comments, in the page and at the action.
import { beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, openPage, useBrowser } from "./helpers";
import { ACTION_FILES, callFormAction, createSignedInUser, createUser, type TestUser } from "./http";
import { serverRow } from "./server-db";

const browser = useBrowser();
const MOD = "app/b/[board]/[postId]/moderation-actions.ts";
let member: { username: string; password: string };
let moderator: TestUser;
let thread: string;
let postId: string;
let commentId: string;

beforeAll(async () => {
  const author = await createSignedInUser("locked_author");
  moderator = await createSignedInUser("locked_mod", { role: "moderator" });
  member = await createUser("locked_reader");
  const published = await callFormAction("/b/free/write", ACTION_FILES.write, "publishPost", { board: "free", title: "A thread about to be locked", body: "Heated words.", submissionKey: crypto.randomUUID() }, author.cookie);
  thread = published.location ?? "";
  postId = thread.split("/").at(-1) ?? "";
  const commented = await callFormAction(thread, ACTION_FILES.thread, "addComment", { board: "free", postId, body: "More heat.", submissionKey: crypto.randomUUID() }, author.cookie);
  commentId = /#comment-(\d+)/.exec(commented.location ?? "")?.[1] ?? "";
  expect(Number(postId)).toBeGreaterThan(0);
  expect(Number(commentId)).toBeGreaterThan(0);
});

const lock = (op: "lock" | "unlock") =>
  callFormAction(thread, MOD, "switchThreadAction", { board: "free", targetType: "post", targetId: postId, op }, moderator.cookie, {}, { withState: false });
const likes = async () => (await serverRow<{ n: number }>("SELECT (SELECT count(*) FROM post_likes WHERE post_id = ?) + (SELECT count(*) FROM comment_likes WHERE comment_id = ?) AS n", postId, commentId)).n;

describe("a locked thread", () => {
  it("invites a visitor to sign in to recommend while the thread is open, and not once it is locked", async () => {
    const visitor = await openPage(browser(), thread);
    const invitation = visitor.locator("#recommend").getByRole("link", { name: "Sign in to recommend" });
    expect(await invitation.getAttribute("href")).toBe(`/login?callbackUrl=${encodeURIComponent(thread)}`);
    await lock("lock");
    try {
      await visitor.reload();
      expect(await invitation.count()).toBe(0);
      await expect(visitor.locator("#recommend").textContent()).resolves.toContain("0 recommendations");
    } finally {
      await lock("unlock");
      await visitor.context().close();
    }
  });

  it("is marked in the list and on the thread, and offers a member no recommend or report control; unlocking gives them back", async () => {
    const page = await openPage(browser(), `/login?callbackUrl=${encodeURIComponent(thread)}`);
    await page.getByLabel("Username or email").fill(member.username);
    await page.getByLabel("Password").fill(member.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`**${thread}`);
    // Open: the member may recommend and report the post and the comment.
    await page.locator("#recommend").getByRole("button", { name: /Recommend/ }).waitFor();
    expect(await page.locator(`#comment-${commentId}`).getByRole("link", { name: "Report" }).count()).toBe(1);

    await lock("lock");
    await page.reload();
    await expect(page.getByRole("note").textContent()).resolves.toContain("This thread is locked: no new comments, recommendations or reports.");
    expect(await page.getByRole("button", { name: /Recommend/ }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Report" }).count()).toBe(0);
    await expectAccessible(page);
    await page.goto("/b/free");
    const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "A thread about to be locked" }) });
    await expect(row.textContent()).resolves.toContain("Locked");
    await page.context().close();

    await lock("unlock");
    const visitor = await openPage(browser(), "/b/free");
    const visitorRow = visitor.getByRole("listitem").filter({ has: visitor.getByRole("link", { name: "A thread about to be locked" }) });
    await expect(visitorRow.textContent()).resolves.not.toContain("Locked");
    await visitor.context().close();
  });

  it("refuses a recommendation or a report sent to the action anyway, and stores neither", async () => {
    const reader = await createSignedInUser("locked_forger");
    await lock("lock");
    try {
      for (const like of [`post:${postId}`, `comment:${commentId}`]) {
        await callFormAction(thread, ACTION_FILES.thread, "toggleRecommend", { board: "free", postId, like }, reader.cookie, {}, { withState: false });
      }
      await callFormAction(thread, MOD, "reportAction", { board: "free", targetType: "post", targetId: postId, reason: "spam" }, reader.cookie);
      expect(await likes()).toBe(0);
      expect((await serverRow<{ n: number }>("SELECT count(*) AS n FROM reports WHERE target_type = 'post' AND target_id = ?", postId)).n).toBe(0);
    } finally {
      await lock("unlock");
    }
  });
});
