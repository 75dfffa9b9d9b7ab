import { beforeEach, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { moderationLog as ml, users } from "@/db/schema";
import { findSessionUser, type SessionUser } from "@/lib/accounts/members";
import { createBoard, listBoardsForAdmin, moveBoard, setBoardArchived, updateBoard } from "@/lib/content/board-admin";
import { getBoard, listBoards } from "@/lib/content/boards";
import { boardCreateInput, boardUpdateInput, type BoardUpdateInput } from "@/lib/validation/board";
import { makeBoard, makeUser } from "../../factories";
import { resetDatabase } from "../../reset-database";

let admin: SessionUser;

const log = () =>
  getDb()
    .select({ action: ml.action, targetType: ml.targetType, targetId: ml.targetId, targetLabel: ml.targetLabel, actorId: ml.actorId, note: ml.note })
    .from(ml)
    .orderBy(asc(ml.id));
const slugs = async () => (await listBoardsForAdmin()).map((b) => b.slug);

async function staff(role: "member" | "moderator" | "admin") {
  return (await findSessionUser((await makeUser({ role })).id))!;
}

async function create(slug: string, name = `Board ${slug}`) {
  const result = await createBoard(admin, { slug, name, description: "" });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.id;
}

const settings = async (boardId: number, change: Partial<BoardUpdateInput> = {}): Promise<BoardUpdateInput> => {
  const board = (await listBoardsForAdmin()).find((b) => b.id === boardId)!;
  return { boardId, name: board.name, description: board.description, postingRole: board.postingRole, approveNewMembers: board.approveNewMembers, listStyle: board.listStyle, ...change };
};

beforeEach(async () => {
  await resetDatabase();
  admin = await staff("admin");
});

describe("boardCreateInput", () => {
  it("accepts 2 to 30 of a-z, 0-9 and -, trimmed and lower-cased", () => {
    expect(boardCreateInput.parse({ slug: " Free-Talk2 ", name: "  Free   talk ", description: "" })).toEqual({ slug: "free-talk2", name: "Free talk", description: "", translations: false });
    expect(boardCreateInput.safeParse({ slug: "ab", name: "A", description: "" }).success).toBe(true);
    expect(boardCreateInput.safeParse({ slug: "a".repeat(30), name: "A", description: "" }).success).toBe(true);
  });

  it.each([
    ["a", "boardSlugLength"],
    ["a".repeat(31), "boardSlugLength"],
    ["free talk", "boardSlugCharacters"],
    ["free_talk", "boardSlugCharacters"],
    ["자유", "boardSlugCharacters"],
    ["../x", "boardSlugCharacters"],
    ["-free", "boardSlugCharacters"],
    ["free-", "boardSlugCharacters"],
    ["write", "boardSlugReserved"],
    ["NEW", "boardSlugReserved"],
  ])("refuses the slug %j with %s", (slug, message) => {
    const result = boardCreateInput.safeParse({ slug, name: "Name", description: "" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["slug"], message });
  });

  it("needs a name of at most 40 characters and a description of at most 300", () => {
    const issues = (input: object) => boardCreateInput.safeParse({ slug: "free", name: "Free", description: "", ...input }).error?.issues.map((i) => i.message);
    expect(issues({ name: "   " })).toEqual(["boardNameRequired"]);
    expect(issues({ name: "n".repeat(41) })).toEqual(["boardNameTooLong"]);
    expect(issues({ name: "n".repeat(40), description: "d".repeat(300) })).toBeUndefined();
    expect(issues({ description: "d".repeat(301) })).toEqual(["boardDescriptionTooLong"]);
  });
});

describe("createBoard", () => {
  it("adds an open member board at the end of the list and logs it once", async () => {
    await makeBoard({ slug: "notice", position: 7 });
    const id = await create("health", "Health");
    expect(await slugs()).toEqual(["notice", "health"]);
    expect(await getBoard("health")).toMatchObject({ id, name: "Health", postingRole: "member" });
    expect(await log()).toEqual([{ action: "board.create", targetType: "board", targetId: String(id), targetLabel: "Health", actorId: admin.id, note: "health" }]);
  });

  it("refuses a slug another board has, archived ones included, and logs nothing", async () => {
    await makeBoard({ slug: "old", archived: true });
    await create("free");
    expect(await createBoard(admin, { slug: "free", name: "Again", description: "" })).toEqual({ ok: false, errors: { slug: "boardSlugTaken" } });
    expect(await createBoard(admin, { slug: "old", name: "Again", description: "" })).toEqual({ ok: false, errors: { slug: "boardSlugTaken" } });
    expect(await slugs()).toEqual(["old", "free"]);
    expect(await log()).toHaveLength(1);
  });

  it.each(["member", "moderator"] as const)("refuses a %s", async (role) => {
    expect(await createBoard(await staff(role), { slug: "free", name: "Free", description: "" })).toEqual({ ok: false, message: "adminOnly" });
    expect(await slugs()).toEqual([]);
    expect(await log()).toEqual([]);
  });

  it("refuses a suspended admin", async () => {
    await getDb().update(users).set({ status: "suspended" }).where(eq(users.id, admin.id));
    expect(await createBoard((await findSessionUser(admin.id))!, { slug: "free", name: "Free", description: "" })).toEqual({ ok: false, message: "adminOnly" });
    expect(await slugs()).toEqual([]);
  });
});

describe("updateBoard", () => {
  it("renames and re-describes without touching the slug, one log entry per change", async () => {
    const id = await create("free", "Free");
    const result = await updateBoard(admin, await settings(id, { name: "Free talk", description: "Anything goes" }));
    expect(result).toEqual({ ok: true, id });
    expect(await getBoard("free")).toMatchObject({ id, name: "Free talk", description: "Anything goes" });
    expect((await log()).slice(1)).toEqual([
      expect.objectContaining({ action: "board.rename", targetLabel: "Free talk", note: "Free" }),
      expect.objectContaining({ action: "board.describe", targetLabel: "Free talk" }),
    ]);
  });

  it("takes no slug from the form, so the address cannot change", async () => {
    const id = await create("free");
    const input = boardUpdateInput.parse({ boardId: String(id), slug: "hijack", name: "Free", description: "", postingRole: "member", approveNewMembers: "" });
    expect(input).not.toHaveProperty("slug");
    await updateBoard(admin, input);
    expect(await slugs()).toEqual(["free"]);
  });

  it("switches a board to the table list and back, logged; a form without the field keeps the style", async () => {
    const id = await create("free");
    expect((await getBoard("free"))?.listStyle).toBe("cards");
    await updateBoard(admin, await settings(id, { listStyle: "table" }));
    expect((await getBoard("free"))?.listStyle).toBe("table");
    const withoutField = boardUpdateInput.parse({ boardId: String(id), name: `Board free`, description: "", postingRole: "member", approveNewMembers: "", listStyle: "" });
    expect(withoutField.listStyle).toBeUndefined();
    await updateBoard(admin, withoutField);
    expect((await getBoard("free"))?.listStyle).toBe("table");
    await updateBoard(admin, await settings(id, { listStyle: "cards" }));
    expect((await getBoard("free"))?.listStyle).toBe("cards");
    expect((await log()).slice(1).map((e) => [e.action, e.note])).toEqual([["board.list_style", "table"], ["board.list_style", "cards"]]);
    expect(boardUpdateInput.safeParse({ boardId: String(id), name: "F", description: "", postingRole: "member", approveNewMembers: "", listStyle: "grid" }).success).toBe(false);
  });

  it("makes a notice board that only moderators post in", async () => {
    const id = await create("notice");
    await updateBoard(admin, await settings(id, { postingRole: "moderator" }));
    expect((await getBoard("notice"))?.postingRole).toBe("moderator");
    await updateBoard(admin, await settings(id, { postingRole: "member" }));
    expect((await getBoard("notice"))?.postingRole).toBe("member");
    expect((await log()).slice(1).map((e) => [e.action, e.note])).toEqual([["board.posting_role", "moderator"], ["board.posting_role", "member"]]);
  });

  it("switches approval of new members' posts on and off", async () => {
    const id = await create("free");
    const approval = async () => (await listBoardsForAdmin())[0]?.approveNewMembers;
    await updateBoard(admin, await settings(id, { approveNewMembers: true }));
    expect(await approval()).toBe(true);
    await updateBoard(admin, await settings(id, { approveNewMembers: false }));
    expect(await approval()).toBe(false);
    expect((await log()).slice(1).map((e) => e.action)).toEqual(["board.approval_on", "board.approval_off"]);
  });

  it("reads the approval checkbox as ticked only when the form sends it", () => {
    const base = { boardId: "1", name: "Free", description: "", postingRole: "member" };
    expect(boardUpdateInput.parse({ ...base, approveNewMembers: "on" }).approveNewMembers).toBe(true);
    expect(boardUpdateInput.parse({ ...base, approveNewMembers: "" }).approveNewMembers).toBe(false);
    expect(boardUpdateInput.safeParse({ ...base, approveNewMembers: "", postingRole: "admin" }).success).toBe(false);
  });

  it("logs nothing when nothing changed, and refuses an unknown board or a moderator", async () => {
    const id = await create("free");
    expect(await updateBoard(admin, await settings(id))).toEqual({ ok: true, id });
    expect(await updateBoard(admin, { ...await settings(id), boardId: id + 100 })).toEqual({ ok: false, message: "boardNotFound" });
    expect(await updateBoard(await staff("moderator"), await settings(id, { name: "Mine" }))).toEqual({ ok: false, message: "adminOnly" });
    expect((await listBoardsForAdmin())[0]?.name).toBe("Board free");
    expect(await log()).toHaveLength(1);
  });
});

describe("moveBoard", () => {
  it("swaps a board with its neighbour and logs the move once", async () => {
    const a = await create("aa");
    await create("bb");
    const c = await create("cc");
    expect(await moveBoard(admin, c, "up")).toEqual({ ok: true, id: c });
    expect(await slugs()).toEqual(["aa", "cc", "bb"]);
    await moveBoard(admin, a, "down");
    expect(await slugs()).toEqual(["cc", "aa", "bb"]);
    expect((await listBoards()).map((board) => board.slug)).toEqual(["cc", "aa", "bb"]);
    expect((await log()).slice(3)).toEqual([
      expect.objectContaining({ action: "board.move_up", targetId: String(c), targetLabel: "Board cc" }),
      expect.objectContaining({ action: "board.move_down", targetId: String(a), targetLabel: "Board aa" }),
    ]);
  });

  it("moves boards that share a position, as seeded boards may", async () => {
    await makeBoard({ slug: "aa", position: 0 });
    const second = await makeBoard({ slug: "bb", position: 0 });
    await moveBoard(admin, second.id, "up");
    expect(await slugs()).toEqual(["bb", "aa"]);
  });

  it("does nothing past either end, and logs nothing", async () => {
    const [a, b] = [await create("aa"), await create("bb")];
    expect(await moveBoard(admin, a, "up")).toEqual({ ok: true, id: a });
    expect(await moveBoard(admin, b, "down")).toEqual({ ok: true, id: b });
    expect(await slugs()).toEqual(["aa", "bb"]);
    expect(await log()).toHaveLength(2);
  });

  it("refuses an unknown board and a member", async () => {
    await create("aa");
    const b = await create("bb");
    expect(await moveBoard(admin, b + 100, "up")).toEqual({ ok: false, message: "boardNotFound" });
    expect(await moveBoard(await staff("member"), b, "up")).toEqual({ ok: false, message: "adminOnly" });
    expect(await slugs()).toEqual(["aa", "bb"]);
  });
});

describe("setBoardArchived", () => {
  it("hides an archived board from the site and keeps it on the admin list, until it comes back", async () => {
    const id = await create("free", "Free");
    await create("health");
    expect(await setBoardArchived(admin, id, true)).toEqual({ ok: true, id });
    expect(await getBoard("free")).toBeNull();
    expect((await listBoards()).map((b) => b.slug)).toEqual(["health"]);
    expect(await listBoardsForAdmin()).toEqual([expect.objectContaining({ slug: "free", archived: true }), expect.objectContaining({ slug: "health", archived: false })]);

    await setBoardArchived(admin, id, false);
    expect(await getBoard("free")).toMatchObject({ id });
    expect((await log()).slice(2).map((e) => [e.action, e.targetLabel])).toEqual([["board.archive", "Free"], ["board.unarchive", "Free"]]);
  });

  it("logs nothing when the board is already so, and refuses a moderator", async () => {
    const id = await create("free");
    expect(await setBoardArchived(admin, id, false)).toEqual({ ok: true, id });
    expect(await setBoardArchived(await staff("moderator"), id, true)).toEqual({ ok: false, message: "adminOnly" });
    expect(await getBoard("free")).not.toBeNull();
    expect(await log()).toHaveLength(1);
  });
});
