// The cached reads behind thread and board pages: kept until a write expires them through the page cache's
// channel (the same call that expires the visitor page cache), never kept past a write, and only for visitors.
import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { comments, posts } from "@/db/schema";
import { inProcessExpiry, usePageCacheExpiry } from "@/lib/platform/page-cache/expiry";
import { BOARD_PAGE_MAX_AGE_S, boardPage, expireEverything, expireThread, threadComments } from "@/lib/content/cached-reads";
import { eq } from "drizzle-orm";
import { makeBoard, makeComment, makePost, makeUser } from "../../factories";

const visitorHtml = async (postId: number) => (await threadComments(postId, 1, null)).map((c) => c.bodyHtml).join("");

/** Changes a comment's body behind the cache's back, as if another write had not told it. */
const rewriteQuietly = async (commentId: number, html: string) => await getDb().update(comments).set({ bodyHtml: html }).where(eq(comments.id, commentId));

afterEach(() => {
  vi.useRealTimers();
  usePageCacheExpiry(inProcessExpiry());
});

describe("render cache", () => {
  it("serves a visitor the stored comment list until a write to that thread expires it", async () => {
    const post = await makePost(await makeBoard(), await makeUser());
    const comment = await makeComment(post, await makeUser(), { body: "before" });
    expect(await visitorHtml(post.id)).toContain("before");
    await rewriteQuietly(comment.id, "<p>after</p>");
    expect(await visitorHtml(post.id)).toContain("before");
    await expireThread(post.id);
    expect(await visitorHtml(post.id)).toContain("after");
  });

  it("keeps a thread's list when another thread is written to, and drops it for a change everywhere", async () => {
    const board = await makeBoard();
    const post = await makePost(board, await makeUser());
    const other = await makePost(board, await makeUser());
    const comment = await makeComment(post, await makeUser(), { body: "before" });
    await visitorHtml(post.id);
    await rewriteQuietly(comment.id, "<p>after</p>");
    await expireThread(other.id);
    expect(await visitorHtml(post.id)).toContain("before");
    expireEverything();
    expect(await visitorHtml(post.id)).toContain("after");
  });

  it("reads a member's view afresh every time", async () => {
    const post = await makePost(await makeBoard(), await makeUser());
    const comment = await makeComment(post, await makeUser(), { body: "before" });
    const member = { id: (await makeUser()).id, role: "member" as const, status: "active" as const };
    await visitorHtml(post.id);
    await rewriteQuietly(comment.id, "<p>after</p>");
    expect((await threadComments(post.id, 1, member)).map((c) => c.bodyHtml)).toEqual(["<p>after</p>"]);
  });

  it("keeps a board's page for at most BOARD_PAGE_MAX_AGE_S, and drops it at once when its board is written to", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const board = await makeBoard({ slug: "garden" });
    const post = await makePost(board, await makeUser(), { title: "Old title" });
    const title = async () => (await boardPage(board, 1)).map((p) => p.title);
    expect(await title()).toEqual(["Old title"]);
    await getDb().update(posts).set({ title: "New title" }).where(eq(posts.id, post.id));
    vi.advanceTimersByTime(BOARD_PAGE_MAX_AGE_S * 1000 - 1);
    expect(await title()).toEqual(["Old title"]);
    vi.advanceTimersByTime(1);
    expect(await title()).toEqual(["New title"]);
    await getDb().update(posts).set({ title: "Newer title" }).where(eq(posts.id, post.id));
    await expireThread(post.id);
    expect(await title()).toEqual(["Newer title"]);
  });

  it("listens to the channel installed last", async () => {
    const post = await makePost(await makeBoard(), await makeUser());
    const comment = await makeComment(post, await makeUser(), { body: "before" });
    usePageCacheExpiry(inProcessExpiry());
    await visitorHtml(post.id);
    await rewriteQuietly(comment.id, "<p>after</p>");
    await expireThread(post.id);
    expect(await visitorHtml(post.id)).toContain("after");
  });
});
