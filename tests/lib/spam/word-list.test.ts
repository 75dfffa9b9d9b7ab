import { beforeEach, describe, expect, it } from "vitest";
import { asc } from "drizzle-orm";
import { getDb } from "@/db";
import { moderationLog as ml } from "@/db/schema";
import { findSessionUser, type SessionUser } from "@/lib/accounts/members";
import { addBannedWord, listBannedWords, listBannedWordsForAdmin, removeBannedWord, setBannedWordMode } from "@/lib/spam/word-list";
import { bannedWordInput } from "@/lib/validation/board";
import { makeUser } from "../../factories";
import { resetDatabase } from "../../reset-database";

let admin: SessionUser;

const log = () =>
  getDb()
    .select({ action: ml.action, targetType: ml.targetType, targetId: ml.targetId, targetLabel: ml.targetLabel, actorId: ml.actorId, note: ml.note })
    .from(ml)
    .orderBy(asc(ml.id));

const staff = async (role: "member" | "moderator" | "admin") => (await findSessionUser((await makeUser({ role })).id))!;

async function add(word: string, mode: "block" | "review" = "block") {
  const result = await addBannedWord(admin, { word, mode });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.id;
}

beforeEach(async () => {
  await resetDatabase();
  admin = await staff("admin");
});

describe("bannedWordInput", () => {
  it("trims, NFKC-folds, lower-cases and single-spaces the word", () => {
    expect(bannedWordInput.parse({ word: "  ＣＡＳＩＮＯ\t Ｒｏｙａｌ ", mode: "review" })).toEqual({ word: "casino royal", mode: "review" });
    expect(bannedWordInput.parse({ word: "카지노", mode: "block" }).word).toBe("카지노");
  });

  it.each([
    ["   ", "bannedWordRequired"],
    ["x".repeat(51), "bannedWordTooLong"],
    ["!!!", "bannedWordNoLetters"],
  ])("refuses %j with %s", (word, message) => {
    expect(bannedWordInput.safeParse({ word, mode: "block" }).error?.issues[0]).toMatchObject({ path: ["word"], message });
  });

  it("knows only the block and review modes", () => {
    expect(bannedWordInput.safeParse({ word: "spam", mode: "delete" }).success).toBe(false);
  });
});

describe("addBannedWord", () => {
  it("stores the folded word and logs it once", async () => {
    const id = await add(" ViAgRa ", "review");
    expect(await listBannedWords()).toEqual([{ word: "viagra", mode: "review" }]);
    expect(await log()).toEqual([{ action: "word.add", targetType: "word", targetId: String(id), targetLabel: "viagra", actorId: admin.id, note: "review" }]);
  });

  it("refuses a word already on the list in another case or width, and logs nothing more", async () => {
    await add("casino");
    expect(await addBannedWord(admin, { word: "ＣＡＳＩＮＯ", mode: "review" })).toEqual({ ok: false, errors: { word: "bannedWordTaken" } });
    expect(await listBannedWords()).toEqual([{ word: "casino", mode: "block" }]);
    expect(await log()).toHaveLength(1);
  });

  it.each(["member", "moderator"] as const)("refuses a %s", async (role) => {
    expect(await addBannedWord(await staff(role), { word: "spam", mode: "block" })).toEqual({ ok: false, message: "adminOnly" });
    expect(await listBannedWords()).toEqual([]);
    expect(await log()).toEqual([]);
  });
});

describe("listBannedWords", () => {
  it("gives the spam checks every word and its mode, in the order they were added", async () => {
    await add("zebra", "review");
    await add("apple");
    expect(await listBannedWords()).toEqual([{ word: "zebra", mode: "review" }, { word: "apple", mode: "block" }]);
    expect((await listBannedWordsForAdmin()).map((w) => w.word)).toEqual(["apple", "zebra"]);
  });
});

describe("setBannedWordMode", () => {
  it("changes the mode and logs the change once; the same mode again logs nothing", async () => {
    const id = await add("casino", "block");
    expect(await setBannedWordMode(admin, id, "review")).toEqual({ ok: true, id });
    expect(await setBannedWordMode(admin, id, "review")).toEqual({ ok: true, id });
    expect(await listBannedWords()).toEqual([{ word: "casino", mode: "review" }]);
    expect((await log()).slice(1)).toEqual([expect.objectContaining({ action: "word.mode", targetId: String(id), targetLabel: "casino", note: "review" })]);
  });

  it("refuses an unknown word and a moderator", async () => {
    const id = await add("casino");
    expect(await setBannedWordMode(admin, id + 100, "review")).toEqual({ ok: false, message: "bannedWordNotFound" });
    expect(await setBannedWordMode(await staff("moderator"), id, "review")).toEqual({ ok: false, message: "adminOnly" });
    expect(await listBannedWords()).toEqual([{ word: "casino", mode: "block" }]);
    expect(await log()).toHaveLength(1);
  });
});

describe("removeBannedWord", () => {
  it("deletes the word and logs it once, keeping the word as the label", async () => {
    const id = await add("casino");
    await add("viagra");
    expect(await removeBannedWord(admin, id)).toEqual({ ok: true, id });
    expect(await listBannedWords()).toEqual([{ word: "viagra", mode: "block" }]);
    expect(await removeBannedWord(admin, id)).toEqual({ ok: false, message: "bannedWordNotFound" });
    expect((await log()).slice(2)).toEqual([expect.objectContaining({ action: "word.delete", targetType: "word", targetId: String(id), targetLabel: "casino" })]);
  });

  it("refuses a member", async () => {
    const id = await add("casino");
    expect(await removeBannedWord(await staff("member"), id)).toEqual({ ok: false, message: "adminOnly" });
    expect(await listBannedWords()).toHaveLength(1);
  });
});
