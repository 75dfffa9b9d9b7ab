import { beforeEach, describe, expect, it } from "vitest";
import { boardPageOf } from "@/lib/content/board-position";
import { listBoardPosts } from "@/lib/content/posts";
import { PAGE_SIZE } from "@/lib/pagination";
import { makeBoard, makePost, makeUser, makeMany } from "../../factories";
import { resetDatabase } from "../../reset-database";

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

beforeEach(async () => {
  await resetDatabase();
});

describe("boardPageOf", () => {
  it("finds the page of the board's default list that shows the thread, for every thread", async () => {
    const board = await makeBoard();
    const other = await makeBoard();
    const author = await makeUser();
    // Equal activity times for some, so the id decides among equals as the list does.
    const created = await makeMany(2 * PAGE_SIZE + 3, (i) => makePost(board, author, { lastActivityAt: minutesAgo(i % 7), pinned: i === 30 }));
    await makePost(other, author, { lastActivityAt: minutesAgo(0) });
    for (const page of [1, 2, 3]) {
      for (const post of await listBoardPosts(board.id, page)) expect(await boardPageOf(post.id)).toBe(page);
    }
    expect(created.length).toBe(43);
  });

  it("answers page 1 for a thread the list does not show, and for none at all", async () => {
    const board = await makeBoard();
    const author = await makeUser();
    for (let i = 0; i < PAGE_SIZE + 1; i++) await makePost(board, author, { lastActivityAt: minutesAgo(10) });
    const held = await makePost(board, author, { status: "held", lastActivityAt: minutesAgo(60) });
    expect(await boardPageOf(held.id)).toBe(1);
    expect(await boardPageOf(999_999)).toBe(1);
  });
});
