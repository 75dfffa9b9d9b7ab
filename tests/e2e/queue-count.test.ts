// Staff see how many items wait in the review queue from every page's header; members see no queue at all.
import { describe, expect, it } from "vitest";
import { expectAccessible, openSignedIn, useBrowser } from "./helpers";
import { ACTION_FILES, callFormAction, createSignedInUser, createUser } from "./http";

const browser = useBrowser();

describe("the queue count in the header", () => {
  it("matches the items the queue shows, and counts a new report", async () => {
    const moderator = await createUser("qc_mod", { role: "moderator" });
    const page = await openSignedIn(browser(), "/mod/queue", moderator);
    const link = page.getByRole("banner").getByRole("link", { name: /^Queue/ });
    // Other browser files write to the queue at the same time, so each check compares one page's own header and list.
    const shown = async () => {
      await page.reload();
      const items = await page.getByRole("main").getByRole("article").count();
      return { items, label: (await link.textContent())?.replace(/\s+/g, " ").trim() };
    };
    const before = await shown();
    expect(before.label).toBe(before.items === 0 ? "Queue" : `Queue ${before.items} waiting`);

    const author = await createSignedInUser("qc_author");
    const reporter = await createSignedInUser("qc_reporter");
    const title = "Reported for the count";
    const published = await callFormAction("/b/free/write", ACTION_FILES.write, "publishPost", { board: "free", title, body: "Plain words.", submissionKey: crypto.randomUUID() }, author.cookie);
    const postId = published.location?.split("/").at(-1) ?? "";
    await callFormAction(`/b/free/${postId}`, ACTION_FILES.moderation, "reportAction", { board: "free", targetType: "post", targetId: postId, reason: "spam" }, reporter.cookie);
    const after = await shown();
    expect(await page.getByRole("main").getByRole("article", { name: new RegExp(title) }).count()).toBe(1);
    expect(after.items).toBeGreaterThan(0);
    expect(after.label).toBe(`Queue ${after.items} waiting`);
    // The count is in the header of every page; the reported thread's page is one whose content this test controls.
    await page.goto(`/b/free/${postId}`);
    await expect(link.textContent()).resolves.toMatch(/^Queue\s*\d+\s*waiting$/);
    await expectAccessible(page);
    await page.context().close();
  });

  it("is not there for a member", async () => {
    const member = await createUser("qc_member");
    const page = await openSignedIn(browser(), "/b/free", member);
    expect(await page.getByRole("banner").getByRole("link", { name: /Queue/ }).count()).toBe(0);
    await page.context().close();
  });
});
