import { beforeEach, describe, expect, it } from "vitest";
import { getBoard, listBoards } from "@/lib/content/boards";
import { makeBoard, makePost, makeUser } from "../../factories";
import { resetDatabase } from "../../reset-database";

beforeEach(async () => {
  await resetDatabase();
});

describe("listBoards", () => {
  it("lists open boards in order with their post count and newest visible post", async () => {
    const second = await makeBoard({ slug: "free", position: 2 });
    const first = await makeBoard({ slug: "notice", position: 1 });
    await makeBoard({ slug: "old", position: 0, archived: true });
    const author = await makeUser({ name: "Sora" });
    await makePost(second, author, { title: "older" });
    const newest = await makePost(second, author, { title: "newest" });
    await makePost(second, author, { title: "held", status: "held" });

    const boards = await listBoards();
    expect(boards.map((b) => b.slug)).toEqual(["notice", "free"]);
    expect(boards[0]).toMatchObject({ id: first.id, postCount: 0, newestPost: null });
    expect(boards[1]).toMatchObject({ postCount: 2, newestPost: { id: newest.id, title: "newest", authorName: "Sora" } });
  });
});

describe("getBoard", () => {
  it("finds an open board by slug and not an archived or unknown one", async () => {
    await makeBoard({ slug: "health", name: "Health" });
    await makeBoard({ slug: "old", archived: true });
    expect(await getBoard("health")).toMatchObject({ slug: "health", name: "Health" });
    expect(await getBoard("old")).toBeNull();
    expect(await getBoard("missing")).toBeNull();
    expect(await getBoard("HEALTH")).toBeNull();
  });
});
