// The thread page's read model: which post an address shows to whom, and what each reader may do on the page.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { movePost } from "@/lib/moderation/content";
import { inProcessExpiry, usePageCacheExpiry } from "@/lib/platform/page-cache/expiry";
import { commentPageOf, findThread, readThread, type ThreadQuery } from "@/lib/content/thread-read";
import { makeBoard, makeComment, makePost, makeUser } from "../../factories";
import { resetDatabase } from "../../reset-database";

beforeEach(() => resetDatabase());
// Each test gets a fresh channel, and so fresh cached reads (lib/content/cached-reads.ts): ids repeat after a reset.
afterEach(() => usePageCacheExpiry(inProcessExpiry()));

async function found(board: string, postId: string | number, viewer: Parameters<typeof findThread>[2]) {
  const lookup = await findThread(board, String(postId), viewer);
  return lookup && "post" in lookup ? lookup.post : null;
}

async function view(board: string, postId: number, viewer: Parameters<typeof findThread>[2], query: ThreadQuery = {}) {
  const post = (await found(board, postId, viewer))!;
  return readThread(post, viewer, query, (await commentPageOf(post.id, query.cpage))!);
}

describe("findThread", () => {
  it("finds nothing for malformed or unknown ids, and names the board of a post reached under another board's slug", async () => {
    const garden = await makeBoard({ slug: "garden" });
    await makeBoard({ slug: "kitchen" });
    const post = await makePost(garden, await makeUser());
    for (const id of ["0", "-1", "1e3", "abc", "", `${post.id}x`, "99999999"]) expect(await findThread("garden", id, null)).toBeNull();
    expect(await findThread("kitchen", String(post.id), null)).toEqual({ livesIn: "garden" });
    expect(await findThread("no-such-board", String(post.id), null)).toEqual({ livesIn: "garden" });
    expect((await found("garden", post.id, null))?.id).toBe(post.id);
    await movePost(await makeUser({ role: "moderator" }), post.id, "kitchen");
    expect(await findThread("garden", String(post.id), null)).toEqual({ livesIn: "kitchen" });
  });

  it("gives a held post's other board only to those who may see it, and nothing for a deleted post or an archived board", async () => {
    const garden = await makeBoard({ slug: "garden" });
    await makeBoard({ slug: "kitchen" });
    const author = await makeUser();
    const held = await makePost(garden, author, { status: "held" });
    expect(await findThread("kitchen", String(held.id), null)).toBeNull();
    expect(await findThread("kitchen", String(held.id), await makeUser())).toBeNull();
    expect(await findThread("kitchen", String(held.id), author)).toEqual({ livesIn: "garden" });
    expect(await findThread("kitchen", String(held.id), await makeUser({ role: "moderator" }))).toEqual({ livesIn: "garden" });
    const deleted = await makePost(garden, author, { status: "deleted" });
    expect(await findThread("kitchen", String(deleted.id), await makeUser({ role: "admin" }))).toBeNull();
    const archived = await makeBoard({ slug: "attic", archived: true });
    const stored = await makePost(archived, author);
    expect(await findThread("kitchen", String(stored.id), null)).toBeNull();
  });

  it("shows a held post to its author and to staff only", async () => {
    const board = await makeBoard({ slug: "garden" });
    const author = await makeUser();
    const post = await makePost(board, author, { status: "held" });
    expect(await found("garden", post.id, null)).toBeNull();
    expect(await found("garden", post.id, await makeUser())).toBeNull();
    expect((await found("garden", post.id, author))?.id).toBe(post.id);
    expect((await found("garden", post.id, await makeUser({ role: "moderator" })))?.id).toBe(post.id);
  });
});

describe("readThread", () => {
  it("gives each reader the controls they may use on the post, and a visitor none", async () => {
    const board = await makeBoard({ slug: "garden" });
    const author = await makeUser();
    const post = await makePost(board, author);
    const may = async (viewer: Parameters<typeof findThread>[2]) => (await view("garden", post.id, viewer)).may;
    expect(await may(null)).toEqual({ edit: false, like: false, report: false, moderate: false, comment: false });
    expect(await may(author)).toMatchObject({ edit: true, like: false, report: false, moderate: false, comment: true });
    expect(await may(await makeUser({ createdAt: new Date(Date.now() - 30 * 86_400_000) }))).toMatchObject({ edit: false, like: true, report: true, moderate: false, comment: true });
    expect(await may(await makeUser({ role: "moderator" }))).toMatchObject({ moderate: true });
  });

  it("opens the post's moderation or report form only for those who may use it", async () => {
    const board = await makeBoard({ slug: "garden" });
    const post = await makePost(board, await makeUser());
    expect((await view("garden", post.id, null, { moderate: "post" })).postForm).toBeNull();
    expect((await view("garden", post.id, await makeUser(), { moderate: "post" })).postForm).toBeNull();
    expect((await view("garden", post.id, await makeUser({ role: "moderator" }), { moderate: "post" })).postForm).toBe("moderate");
    expect((await view("garden", post.id, null, { report: "post" })).postForm).toBeNull();
  });

  it("opens the edit form on a comment for its author only, with its source, and ignores odd ids", async () => {
    const board = await makeBoard({ slug: "garden" });
    const post = await makePost(board, await makeUser());
    const writer = await makeUser();
    const comment = await makeComment(post, writer, { body: "my *words*" });
    expect((await view("garden", post.id, writer, { edit: String(comment.id) })).commentMode.edit).toEqual({ id: comment.id, bodySource: "my *words*" });
    expect((await view("garden", post.id, await makeUser(), { edit: String(comment.id) })).commentMode.edit).toBeUndefined();
    expect((await view("garden", post.id, writer, { edit: "0", reply: "abc", delete: "-3" })).commentMode).toEqual({ reply: undefined, delete: undefined, moderate: undefined, report: undefined, edit: undefined });
    expect((await view("garden", post.id, null, { moderate: String(comment.id) })).commentMode.moderate).toBeUndefined();
  });

  it("reads the comment page the query names, and none past the last", async () => {
    const board = await makeBoard({ slug: "garden" });
    const post = await makePost(board, await makeUser());
    await makeComment(post, await makeUser());
    expect(await commentPageOf(post.id, undefined)).toEqual({ page: 1, pageCount: 1 });
    expect(await commentPageOf(post.id, "2")).toBeNull();
    expect((await view("garden", post.id, null)).comments).toHaveLength(1);
  });
});
