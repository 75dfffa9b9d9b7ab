import { describe, expect, it } from "vitest";
import { listThread } from "@/lib/content/comments";
import { commentPath } from "@/lib/content/thread-shape";
import { makeBoard, makeComment, makePost, makeUser } from "../../factories";

describe("commentPath", () => {
  it("sorts numerically as text", () => {
    expect(commentPath(null, 9) < commentPath(null, 10)).toBe(true);
    expect(commentPath(commentPath(null, 9), 100)).toBe("0000000009/0000000100");
  });
});

describe("listThread", () => {
  it("lists each comment followed by its replies, in depth order", async () => {
    const post = await makePost(await makeBoard(), await makeUser());
    const author = await makeUser({ name: "Hansol" });
    const first = await makeComment(post, author, { body: "first" });
    const second = await makeComment(post, author, { body: "second" });
    const reply = await makeComment(post, author, { body: "reply", parent: first });
    const replyToReply = await makeComment(post, author, { body: "deeper", parent: reply });
    const thread = await listThread(post.id);
    expect(thread.map((c) => [c.id, c.depth])).toEqual([
      [first.id, 0],
      [reply.id, 1],
      [replyToReply.id, 2],
      [second.id, 0],
    ]);
    expect(thread[0]).toMatchObject({ author: { name: "Hansol" }, bodyHtml: "<p>first</p>" });
  });

  it("leaves out other posts' comments, deleted comments without replies and held ones; removed ones stay as tombstones", async () => {
    const board = await makeBoard();
    const author = await makeUser();
    const post = await makePost(board, author);
    await makeComment(await makePost(board, author), author);
    await makeComment(post, author, { status: "deleted" });
    await makeComment(post, author, { status: "held" });
    const removed = await makeComment(post, author, { status: "removed" });
    const visible = await makeComment(post, author);
    const thread = await listThread(post.id);
    expect(thread.map((c) => [c.id, c.status])).toEqual([
      [removed.id, "removed"],
      [visible.id, "published"],
    ]);
    expect(thread[0]!.bodyHtml).toBe("");
  });

  it("is empty for a post without comments", async () => {
    expect(await listThread((await makePost(await makeBoard(), await makeUser())).id)).toEqual([]);
  });
});
