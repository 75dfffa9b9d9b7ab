import { describe, expect, it } from "vitest";
import type { ShapeRow } from "@/lib/content/comments";
import { COMMENTS_PER_PAGE, commentHref, commentPage, layoutPages, listThreadPage, parseCommentPage, threadLayout } from "@/lib/content/comment-pages";
import { makeBoard, makeComment, makePost, makeUser } from "../../factories";

const row = (id: number, overrides: Partial<ShapeRow> = {}): ShapeRow => ({ id, parentId: null, authorId: "a", status: "published", holdReasons: null, ...overrides });
const rows = (count: number) => Array.from({ length: count }, (_, i) => row(i + 1));

describe("layoutPages", () => {
  it("puts the first COMMENTS_PER_PAGE comments on page 1 and the next one on page 2", () => {
    expect(COMMENTS_PER_PAGE).toBe(100);
    const { pageOf, pageCount } = layoutPages(rows(101));
    expect(pageOf.get(1)).toBe(1);
    expect(pageOf.get(100)).toBe(1);
    expect(pageOf.get(101)).toBe(2);
    expect(pageCount).toBe(2);
  });

  it("has exactly one page for 100 comments, and for none", () => {
    expect(layoutPages(rows(100)).pageCount).toBe(1);
    expect(layoutPages(rows(100)).pageOf.get(100)).toBe(1);
    expect(layoutPages([]).pageCount).toBe(1);
  });

  it("counts the last page of a long thread", () => {
    const { pageOf, pageCount } = layoutPages(rows(1000));
    expect(pageCount).toBe(10);
    expect(pageOf.get(1000)).toBe(10);
    expect(pageOf.get(901)).toBe(10);
    expect(pageOf.get(900)).toBe(9);
  });

  it("keeps a comment visitors do not see on the page of the visible comment before it", () => {
    // Row 101 is held (its author sees it), row 102 deleted without replies: neither counts for the visitor's pages.
    const thread = [...rows(100), row(101, { status: "held", holdReasons: ["spam"] }), row(102, { status: "deleted" })];
    const { pageOf, pageCount } = layoutPages(thread);
    expect(pageCount).toBe(1);
    expect(pageOf.get(101)).toBe(1);
    expect(pageOf.get(102)).toBe(1);
  });
});

describe("parseCommentPage", () => {
  it("reads page numbers up to the last page", () => {
    expect(parseCommentPage(undefined, 3)).toBe(1);
    expect(parseCommentPage("1", 3)).toBe(1);
    expect(parseCommentPage("3", 3)).toBe(3);
  });

  it("takes anything that is not a page number for page 1", () => {
    for (const bad of ["0", "abc", "-1", "1.5", "1e3", "", " 2", "０２", ["2", "3"]]) expect(parseCommentPage(bad, 3)).toBe(1);
  });

  it("answers null (a 404) for a page past the last, however large", () => {
    expect(parseCommentPage("4", 3)).toBeNull();
    expect(parseCommentPage("99999999999999999999999", 3)).toBeNull();
    expect(parseCommentPage("2", 1)).toBeNull();
  });
});

describe("comment pages of a real thread", () => {
  async function thread(roots: number) {
    const board = await makeBoard();
    const post = await makePost(board, await makeUser());
    const author = await makeUser();
    const made = [];
    for (let i = 0; i < roots; i++) made.push(await makeComment(post, author, { body: `root ${i + 1}` }));
    return { post, author, made, slug: board.slug };
  }

  it("links comment 100 to page 1 without cpage and comment 101 to page 2", async () => {
    const { post, made, slug } = await thread(101);
    expect(await commentPage(post.id, made[99]!.id)).toBe(1);
    expect(await commentHref(slug, post.id, made[99]!.id)).toBe(`/b/${slug}/${post.id}#comment-${made[99]!.id}`);
    expect(await commentPage(post.id, made[100]!.id)).toBe(2);
    expect(await commentHref(slug, post.id, made[100]!.id)).toBe(`/b/${slug}/${post.id}?cpage=2#comment-${made[100]!.id}`);
    expect((await listThreadPage(post.id, null, 2)).map((c) => c.id)).toEqual([made[100]!.id]);
    expect(await listThreadPage(post.id, null, 1)).toHaveLength(100);
  });

  it("places a late reply under its root on an earlier page, pushing later comments on", async () => {
    const { post, author, made } = await thread(100);
    const reply = await makeComment(post, author, { body: "late reply to the first", parent: made[0]! });
    expect(await commentPage(post.id, reply.id)).toBe(1);
    expect(await commentPage(post.id, made[98]!.id)).toBe(1);
    expect(await commentPage(post.id, made[99]!.id)).toBe(2);
    const first = await listThreadPage(post.id, null, 1);
    expect(first.slice(0, 2).map((c) => c.id)).toEqual([made[0]!.id, reply.id]);
    expect((await threadLayout(post.id)).pageCount).toBe(2);
  });

  it("shows the author their held comment on the page where visitors' pages put it", async () => {
    const { post, made } = await thread(100);
    const writer = await makeUser();
    const held = await makeComment(post, writer, { body: "held for review", status: "held" });
    expect((await threadLayout(post.id)).pageCount).toBe(1);
    expect(await commentPage(post.id, held.id)).toBe(1);
    const own = await listThreadPage(post.id, { id: writer.id, role: "member", status: "active" }, 1);
    expect(own.map((c) => c.id)).toEqual([...made.map((c) => c.id), held.id]);
    expect((await listThreadPage(post.id, null, 1)).map((c) => c.id)).not.toContain(held.id);
  });

  it("links a comment the thread does not have to page 1", async () => {
    const { post, slug } = await thread(1);
    expect(await commentHref(slug, post.id, 999_999)).toBe(`/b/${slug}/${post.id}#comment-999999`);
  });
});
