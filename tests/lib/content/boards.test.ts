import { beforeEach, describe, expect, it } from "vitest";
import { getBoard, listBoards } from "@/lib/content/boards";
import { makeBoard, makePost, makeUser } from "../../factories";
import { resetDatabase } from "../../reset-database";

beforeEach(() => {
  resetDatabase();
});

describe("listBoards", () => {
  it("lists open boards in order with their post count and newest visible post", () => {
    const second = makeBoard({ slug: "free", position: 2 });
    const first = makeBoard({ slug: "notice", position: 1 });
    makeBoard({ slug: "old", position: 0, archived: true });
    const author = makeUser({ name: "Sora" });
    makePost(second, author, { title: "older" });
    const newest = makePost(second, author, { title: "newest" });
    makePost(second, author, { title: "held", status: "held" });

    const boards = listBoards();
    expect(boards.map((b) => b.slug)).toEqual(["notice", "free"]);
    expect(boards[0]).toMatchObject({ id: first.id, postCount: 0, newestPost: null });
    expect(boards[1]).toMatchObject({ postCount: 2, newestPost: { id: newest.id, title: "newest", authorName: "Sora" } });
  });
});

describe("getBoard", () => {
  it("finds an open board by slug and not an archived or unknown one", () => {
    makeBoard({ slug: "health", name: "Health" });
    makeBoard({ slug: "old", archived: true });
    expect(getBoard("health")).toMatchObject({ slug: "health", name: "Health" });
    expect(getBoard("old")).toBeNull();
    expect(getBoard("missing")).toBeNull();
    expect(getBoard("HEALTH")).toBeNull();
  });
});
