// Board names and descriptions per interface language: what readers of each language see, and how admins set them.
import { beforeEach, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { boardTranslations, moderationLog } from "@/db/schema";
import { findSessionUser, type SessionUser } from "@/lib/accounts/members";
import { createBoard, listBoardsForAdmin, updateBoard } from "@/lib/content/board-admin";
import { boardNamesIn } from "@/lib/content/board-names";
import { listBoards } from "@/lib/content/boards";
import { boardUpdateInput, type BoardUpdateInput } from "@/lib/validation/board";
import { makeUser } from "../../factories";
import { resetDatabase } from "../../reset-database";

let admin: SessionUser;
const adminBoard = async (id: number) => (await listBoardsForAdmin()).find((b) => b.id === id)!;
const settings = async (boardId: number, change: Partial<BoardUpdateInput>): Promise<BoardUpdateInput> => {
  const b = await adminBoard(boardId);
  return { boardId, name: b.name, description: b.description, postingRole: b.postingRole, approveNewMembers: b.approveNewMembers, listStyle: b.listStyle, translations: true, ...change };
};
const renames = async () =>
  (await getDb().select({ note: moderationLog.note }).from(moderationLog).where(eq(moderationLog.action, "board.rename")).orderBy(asc(moderationLog.id))).map((row) => row.note);

beforeEach(async () => {
  await resetDatabase();
  admin = (await findSessionUser((await makeUser({ role: "admin" })).id))!;
});

async function board(name_ko?: string, description_ko?: string) {
  const result = await createBoard(admin, { slug: "free", name: "Free talk", description: "Talk about anything.", translations: true, name_ko, description_ko });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.id;
}

describe("what readers of each language see", () => {
  it("a Korean reader sees the Korean name and description; an English reader the board's own", async () => {
    await board("자유게시판", "무엇이든 이야기해요.");
    const [free] = await listBoards();
    expect((await boardNamesIn("ko"))(free!)).toEqual({ name: "자유게시판", description: "무엇이든 이야기해요." });
    expect((await boardNamesIn("en"))(free!)).toEqual({ name: "Free talk", description: "Talk about anything." });
    // A post's board columns work as well as a board row.
    expect((await boardNamesIn("ko"))({ boardSlug: "free", boardName: "Free talk" }).name).toBe("자유게시판");
  });

  it("falls back to the board's own name and description where a language has none", async () => {
    await board();
    const [free] = await listBoards();
    expect((await boardNamesIn("ko"))(free!)).toEqual({ name: "Free talk", description: "Talk about anything." });
    const id = (await adminBoard(free!.id)).id;
    expect((await updateBoard(admin, await settings(id, { name_ko: "자유게시판", description_ko: "" }))).ok).toBe(true);
    expect((await boardNamesIn("ko"))((await listBoards())[0]!)).toEqual({ name: "자유게시판", description: "Talk about anything." });
  });
});

describe("admins setting names per language", () => {
  it("saves, changes and removes the Korean name, logging each rename", async () => {
    const id = await board();
    expect((await updateBoard(admin, await settings(id, { name_ko: "자유게시판" }))).ok).toBe(true);
    expect(await adminBoard(id)).toMatchObject({ nameKo: "자유게시판", descriptionKo: "" });
    expect((await updateBoard(admin, await settings(id, { name_ko: "잡담" }))).ok).toBe(true);
    expect((await adminBoard(id)).nameKo).toBe("잡담");
    expect((await updateBoard(admin, await settings(id, { name_ko: "", description_ko: "" }))).ok).toBe(true);
    expect(await adminBoard(id)).toMatchObject({ nameKo: "", descriptionKo: "" });
    expect(await getDb().$count(boardTranslations)).toBe(0);
    expect(await renames()).toEqual(["ko: ", "ko: 자유게시판", "ko: 잡담"]);
  });

  it("leaves the translation alone when a form does not send it", async () => {
    const id = await board("자유게시판", "무엇이든");
    expect((await updateBoard(admin, await settings(id, { name: "Chat", translations: false, name_ko: "", description_ko: "" }))).ok).toBe(true);
    expect(await adminBoard(id)).toMatchObject({ name: "Chat", nameKo: "자유게시판", descriptionKo: "무엇이든" });
    // Through the form's schema: a save without translations=ko (a missing field reads as empty) keeps them too.
    const parsed = boardUpdateInput.parse({ boardId: String(id), name: "Chat", description: "", name_ko: "", description_ko: "", postingRole: "member", approveNewMembers: "", listStyle: "" });
    expect(parsed.translations).toBe(false);
    expect((await updateBoard(admin, parsed)).ok).toBe(true);
    expect(await adminBoard(id)).toMatchObject({ nameKo: "자유게시판", descriptionKo: "무엇이든" });
  });

  it("refuses a Korean name that is too long, and a member's change", async () => {
    const id = await board();
    const parsed = boardUpdateInput.safeParse({ boardId: String(id), name: "Free", description: "", name_ko: "가".repeat(200), postingRole: "member", approveNewMembers: "" });
    expect(parsed.success).toBe(false);
    const member = (await findSessionUser((await makeUser()).id))!;
    expect((await updateBoard(member, await settings(id, { name_ko: "해킹" }))).ok).toBe(false);
    expect((await adminBoard(id)).nameKo).toBe("");
  });
});
