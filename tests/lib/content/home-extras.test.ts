import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { posts } from "@/db/schema";
import { listLatestComments, listPopularThreads } from "@/lib/content/home-extras";
import { popularityScore, POPULAR_THREADS } from "@/lib/content/popularity";
import { makeBoard, makeComment, makePost, makeUser } from "../../factories";
import { resetDatabase } from "../../reset-database";

const daysAgo = (n: number) => new Date(Date.now() - n * 24 * 60 * 60_000);
const counts = async (id: number, viewCount: number, likeCount: number) => {
  await getDb().update(posts).set({ viewCount, likeCount }).where(eq(posts.id, id));
};

beforeEach(async () => {
  await resetDatabase();
});

describe("popularityScore", () => {
  it("weighs a recommendation as ten views", () => {
    expect(popularityScore(0, 0)).toBe(0);
    expect(popularityScore(25, 0)).toBe(25);
    expect(popularityScore(5, 2)).toBe(25);
    expect(popularityScore(30, 1)).toBeGreaterThan(popularityScore(5, 2));
  });
});

describe("listPopularThreads", () => {
  it("orders the week's visible threads of open boards by score, newest first among equals", async () => {
    const board = await makeBoard();
    const archived = await makeBoard({ archived: true });
    const author = await makeUser();
    const viewed = await makePost(board, author, { createdAt: daysAgo(1) });
    const liked = await makePost(board, author, { createdAt: daysAgo(2) });
    const tieOld = await makePost(board, author, { createdAt: daysAgo(3) });
    const tieNew = await makePost(board, author, { createdAt: daysAgo(2) });
    const old = await makePost(board, author, { createdAt: daysAgo(8) });
    const held = await makePost(board, author, { createdAt: daysAgo(1), status: "held" });
    const hidden = await makePost(archived, author, { createdAt: daysAgo(1) });
    await counts(viewed.id, 40, 0);
    await counts(liked.id, 5, 4); // 45
    await counts(tieOld.id, 10, 1);
    await counts(tieNew.id, 20, 0);
    for (const post of [old, held, hidden]) await counts(post.id, 1_000, 100);
    expect((await listPopularThreads()).map((p) => p.id)).toEqual([liked.id, viewed.id, tieNew.id, tieOld.id]);
  });

  it("lists at most POPULAR_THREADS", async () => {
    const board = await makeBoard();
    const author = await makeUser();
    for (let i = 0; i < POPULAR_THREADS + 3; i++) await makePost(board, author);
    expect(await listPopularThreads()).toHaveLength(POPULAR_THREADS);
  });
});

describe("listLatestComments", () => {
  it("lists the newest visible comments with a plain-text excerpt and a link to the comment", async () => {
    const board = await makeBoard({ slug: "free" });
    const archived = await makeBoard({ archived: true });
    const author = await makeUser({ name: "Sora" });
    const post = await makePost(board, author, { title: "Kimchi" });
    const heldPost = await makePost(board, author, { status: "held" });
    const first = await makeComment(post, author, { body: "**Bold** words and `code` < here" });
    await makeComment(post, author, { body: "removed one", status: "removed" });
    await makeComment(heldPost, author, { body: "on a held post" });
    await makeComment(await makePost(archived, author), author, { body: "in an archived board" });
    const second = await makeComment(post, author, { body: "x".repeat(200) });
    const latest = await listLatestComments();
    expect(latest.map((c) => c.id)).toEqual([second.id, first.id]);
    expect(latest[1]).toMatchObject({ excerpt: "Bold words and code < here", postTitle: "Kimchi", authorName: "Sora", href: `/b/free/${post.id}#comment-${first.id}` });
    expect(Array.from(latest[0]!.excerpt)).toHaveLength(80);
  });
});
