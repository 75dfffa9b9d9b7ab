// "Remove and ban" from the review queue, against the running server: the author comes from the item, not the form,
// a refused sanction leaves the item in place, and the queue then offers to remove what else the author has waiting.
import { describe, expect, it } from "vitest";
import { expectAccessible, openSignedIn, useBrowser } from "./helpers";
import { ACTION_FILES, callFormAction, createSignedInUser, createUser } from "./http";
import { serverRow } from "./server-db";

const WRITE = "app/b/[board]/write/actions.ts";
const QUEUE = "app/mod/queue/actions.ts";
const statusOf = async (table: "posts" | "users", id: number | string) => (await serverRow<{ status: string }>(`SELECT status FROM ${table} WHERE id = ?`, id)).status;

async function publish(cookie: string, title = "Queue target"): Promise<number> {
  const published = await callFormAction("/b/free/write", WRITE, "publishPost", { board: "free", title, body: "A calm post about tea.", submissionKey: crypto.randomUUID() }, cookie);
  return Number(published.location!.split("/").pop());
}

describe("remove and ban from the queue", () => {
  it("bans the item's author, whoever the form's authorId names", async () => {
    const mod = await createSignedInUser("qs_mod", { role: "moderator" });
    const author = await createSignedInUser("qs_author");
    const bystander = await createUser("qs_bystander");
    const postId = await publish(author.cookie);
    const result = await callFormAction("/mod/queue", QUEUE, "reviewItem", { targetType: "post", targetId: String(postId), authorId: bystander.id, reason: "spam", op: "remove_ban" }, mod.cookie);
    expect(result.status).toBe(200);
    expect(await statusOf("users", bystander.id)).toBe("active");
    expect(await statusOf("users", author.id)).toBe("banned");
    expect(await statusOf("posts", postId)).toBe("removed");
  });

  it("leaves the item in place when the sanction is refused", async () => {
    const mod = await createSignedInUser("qs_mod2", { role: "moderator" });
    const otherMod = await createSignedInUser("qs_other_mod", { role: "moderator" });
    const postId = await publish(otherMod.cookie);
    await callFormAction("/mod/queue", QUEUE, "reviewItem", { targetType: "post", targetId: String(postId), authorId: otherMod.id, reason: "spam", op: "remove_ban" }, mod.cookie);
    expect(await statusOf("posts", postId)).toBe("published");
    expect(await statusOf("users", otherMod.id)).toBe("active");
  });
});

/** A post and a comment by one author, both reported: two items waiting in the queue. */
async function twoReportedItems(prefix: string) {
  const author = await createSignedInUser(`${prefix}_author`, { ageDays: 30 });
  const reporter = await createSignedInUser(`${prefix}_reporter`, { ageDays: 30 });
  const title = `Queue target of ${prefix}`;
  const postId = await publish(author.cookie, title);
  await callFormAction(`/b/free/${postId}`, ACTION_FILES.thread, "addComment", { board: "free", postId: String(postId), body: `A reply by ${prefix}.`, submissionKey: crypto.randomUUID() }, author.cookie);
  const commentId = (await serverRow<{ id: number }>("SELECT id FROM comments WHERE post_id = ? ORDER BY id DESC LIMIT 1", postId)).id;
  for (const [targetType, targetId] of [["post", postId], ["comment", commentId]] as const) {
    await callFormAction(`/b/free/${postId}`, ACTION_FILES.moderation, "reportAction", { board: "free", targetType, targetId: String(targetId), reason: "spam", note: "Pill shop links" }, reporter.cookie);
  }
  return { author, postId, commentId, title };
}

describe("removing what a banned author still has waiting", () => {
  const browser = useBrowser();

  it("is offered after remove and ban, and removes the rest in one step", async () => {
    const { postId, commentId, title } = await twoReportedItems("qb");
    const mod = await createUser("qb_mod", { role: "moderator" });
    const page = await openSignedIn(browser(), "/mod/queue", mod);
    const item = page.getByRole("article", { name: `Post: ${title}` });
    await expect(item.getByText("Pill shop links").count()).resolves.toBe(1);
    // "written 1 minute ago · reported 1 minute ago", each time exact on hover.
    expect(await item.innerText()).toMatch(/written \S.* · reported \S/);
    await expect(item.locator("time[title]").count()).resolves.toBe(2);
    await item.getByRole("button", { name: "Remove and ban author" }).click();
    const offer = page.getByRole("region", { name: "Sanctioned authors" });
    await offer.getByText(/is banned and has 1 more item waiting here/).waitFor();
    await expectAccessible(page);
    await offer.getByRole("button", { name: "Remove it" }).click();
    await page.getByText("Removed 1 item.").waitFor();
    expect(await statusOf("posts", postId)).toBe("removed");
    expect((await serverRow<{ status: string }>("SELECT status FROM comments WHERE id = ?", commentId)).status).toBe("removed");
    expect((await serverRow<{ n: number }>("SELECT count(*) AS n FROM moderation_log WHERE action = 'remove' AND ((target_type = 'post' AND target_id = ?) OR (target_type = 'comment' AND target_id = ?))", String(postId), String(commentId))).n).toBe(2);
    await page.context().close();
  });

  it("changes nothing for a visitor or a member", async () => {
    const { author, commentId } = await twoReportedItems("qr");
    const mod = await createSignedInUser("qr_mod", { role: "moderator" });
    await callFormAction("/mod/queue", QUEUE, "reviewItem", { targetType: "comment", targetId: String(commentId), authorId: author.id, reason: "spam", op: "remove_ban" }, mod.cookie);
    expect(await statusOf("users", author.id)).toBe("banned");
    const member = await createSignedInUser("qr_member");
    for (const cookie of ["", member.cookie]) {
      await callFormAction("/mod/queue", QUEUE, "removeWaitingItems", { authorId: author.id, reason: "spam" }, cookie);
    }
    expect((await serverRow<{ status: string }>("SELECT status FROM posts WHERE author_id = ?", author.id)).status).toBe("published");
    await callFormAction("/mod/queue", QUEUE, "removeWaitingItems", { authorId: author.id, reason: "spam" }, mod.cookie);
    expect((await serverRow<{ status: string }>("SELECT status FROM posts WHERE author_id = ?", author.id)).status).toBe("removed");
  });
});
