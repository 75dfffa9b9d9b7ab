import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { posts } from "@/db/schema";
import { countLatestPosts, getNeighbours, getPost, listBoardPosts, listLatestPosts } from "@/lib/content/posts";
import { PAGE_SIZE } from "@/lib/pagination";
import { makeBoard, makePost, makeUser, makeMany } from "../../factories";
import { resetDatabase } from "../../reset-database";

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

beforeEach(async () => {
  await resetDatabase();
});

describe("listBoardPosts", () => {
  it("puts pinned posts first, then the newest activity", async () => {
    const board = await makeBoard();
    const author = await makeUser();
    const old = await makePost(board, author, { title: "old", lastActivityAt: minutesAgo(30) });
    const fresh = await makePost(board, author, { title: "fresh", lastActivityAt: minutesAgo(1) });
    const pinned = await makePost(board, author, { title: "pinned", pinned: true, lastActivityAt: minutesAgo(300) });
    expect((await listBoardPosts(board.id, 1)).map((p) => p.id)).toEqual([pinned.id, fresh.id, old.id]);
  });

  it("lists in each order a reader may pick, pinned posts still first, newest first among equals", async () => {
    const board = await makeBoard();
    const author = await makeUser();
    const a = await makePost(board, author, { title: "a", lastActivityAt: minutesAgo(1) });
    const b = await makePost(board, author, { title: "b", lastActivityAt: minutesAgo(50) });
    const c = await makePost(board, author, { title: "c", lastActivityAt: minutesAgo(20) });
    const pinned = await makePost(board, author, { title: "pinned", pinned: true, lastActivityAt: minutesAgo(300) });
    const counts = async (id: number, viewCount: number, likeCount: number) => getDb().update(posts).set({ viewCount, likeCount }).where(eq(posts.id, id));
    await counts(a.id, 5, 0);
    await counts(b.id, 90, 1);
    await counts(c.id, 5, 7);
    const ids = async (sort: Parameters<typeof listBoardPosts>[2]) => (await listBoardPosts(board.id, 1, sort)).map((p) => p.id);
    expect(await ids("activity")).toEqual([pinned.id, a.id, c.id, b.id]);
    expect(await ids("latest")).toEqual([pinned.id, c.id, b.id, a.id]);
    expect(await ids("views")).toEqual([pinned.id, b.id, c.id, a.id]);
    expect(await ids("recommended")).toEqual([pinned.id, c.id, b.id, a.id]);
    expect((await listBoardPosts(board.id, 1, "views"))[1]).toMatchObject({ viewCount: 90, likeCount: 1 });
  });

  it("pages by 20 without gaps or repeats", async () => {
    const board = await makeBoard();
    const author = await makeUser();
    const made = await makeMany(PAGE_SIZE * 2 + 5, (i) => makePost(board, author, { lastActivityAt: minutesAgo(i) }));
    const pages = await Promise.all([1, 2, 3].map(async (n) => (await listBoardPosts(board.id, n)).map((p) => p.id)));
    expect(pages.map((p) => p.length)).toEqual([20, 20, 5]);
    expect(pages.flat()).toEqual(made.map((p) => p.id));
    expect(await listBoardPosts(board.id, 4)).toEqual([]);
  });

  it("shows only published posts of that board, with author and counts", async () => {
    const board = await makeBoard();
    const other = await makeBoard();
    const author = await makeUser({ name: "Kim Minji" });
    const visible = await makePost(board, author, { title: "visible" });
    for (const status of ["held", "removed", "deleted"] as const) await makePost(board, author, { status });
    await makePost(other, author);
    const [row, ...rest] = await listBoardPosts(board.id, 1);
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ id: visible.id, title: "visible", author: { name: "Kim Minji" }, viewCount: 0, commentCount: 0 });
  });
});

describe("getPost", () => {
  it("finds a post by its board and id", async () => {
    const board = await makeBoard({ slug: "health" });
    const post = await makePost(board, await makeUser(), { title: "Sleep", body: "## Why\n\nRest." });
    expect(await getPost("health", post.id)).toMatchObject({ title: "Sleep", boardSlug: "health", bodyHtml: "<h3>Why</h3>\n<p>Rest.</p>" });
  });

  it("does not find a post through another board's URL", async () => {
    const board = await makeBoard({ slug: "health" });
    await makeBoard({ slug: "free" });
    const post = await makePost(board, await makeUser());
    expect(await getPost("free", post.id)).toBeNull();
    expect(await getPost("nope", post.id)).toBeNull();
  });

  it("does not show held, removed or deleted posts, or posts of archived boards", async () => {
    const board = await makeBoard({ slug: "health" });
    const author = await makeUser();
    for (const status of ["held", "removed", "deleted"] as const) {
      expect(await getPost("health", (await makePost(board, author, { status })).id)).toBeNull();
    }
    const archived = await makeBoard({ slug: "old", archived: true });
    expect(await getPost("old", (await makePost(archived, author)).id)).toBeNull();
  });
});

describe("getNeighbours", () => {
  it("links the previous and next visible post of the same board", async () => {
    const board = await makeBoard();
    const author = await makeUser();
    const first = await makePost(board, author);
    await makePost(await makeBoard(), author); // another board, in between
    await makePost(board, author, { status: "removed" });
    const middle = await makePost(board, author);
    const last = await makePost(board, author);
    expect(await getNeighbours(board.id, middle.id)).toEqual({
      previous: { id: first.id, title: first.title },
      next: { id: last.id, title: last.title },
    });
    expect((await getNeighbours(board.id, first.id)).previous).toBeNull();
    expect((await getNeighbours(board.id, last.id)).next).toBeNull();
  });
});

describe("listLatestPosts", () => {
  it("lists the newest visible posts across open boards", async () => {
    const author = await makeUser();
    const a = await makePost(await makeBoard(), author, { createdAt: minutesAgo(10) });
    const b = await makePost(await makeBoard(), author, { createdAt: minutesAgo(5) });
    await makePost(await makeBoard(), author, { status: "held", createdAt: minutesAgo(1) });
    await makePost(await makeBoard({ archived: true }), author, { createdAt: minutesAgo(2) });
    expect((await listLatestPosts(10)).map((p) => p.id)).toEqual([b.id, a.id]);
    expect((await listLatestPosts(1)).map((p) => p.id)).toEqual([b.id]);
  });
});

describe("the latest posts, paged (/latest)", () => {
  it("pages every open board's visible posts newest first, and counts what it pages through", async () => {
    const free = await makeBoard({ slug: "free" });
    const qna = await makeBoard({ slug: "qna" });
    const attic = await makeBoard({ slug: "attic", archived: true });
    const author = await makeUser();
    const made = await makeMany(25, (i) => makePost(i % 2 ? free : qna, author, { title: `p${i}`, createdAt: minutesAgo(100 - i) }));
    await makePost(free, author, { title: "held", status: "held" });
    await makePost(attic, author, { title: "archived" });
    const newestFirst = made.map((p) => p.id).reverse();
    expect((await listLatestPosts(20, 1)).map((p) => p.id)).toEqual(newestFirst.slice(0, 20));
    expect((await listLatestPosts(20, 2)).map((p) => p.id)).toEqual(newestFirst.slice(20));
    expect(await countLatestPosts()).toBe(25);
  });
});
