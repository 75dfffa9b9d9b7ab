import { beforeEach, describe, expect, it } from "vitest";
import { getSqlite } from "@/db";
import { findSessionUser, type SessionUser } from "@/lib/accounts/members";
import { addBannedWord, listBannedWords, listBannedWordsForAdmin, removeBannedWord, setBannedWordMode } from "@/lib/spam/word-list";
import { bannedWordInput } from "@/lib/validation/board";
import { makeUser } from "../../factories";
import { resetDatabase } from "../../reset-database";

let admin: SessionUser;

type LogRow = { action: string; target_type: string; target_id: string; target_label: string; actor_id: string; note: string | null };
const log = () => getSqlite().prepare("SELECT action, target_type, target_id, target_label, actor_id, note FROM moderation_log ORDER BY id").all() as LogRow[];

const staff = (role: "member" | "moderator" | "admin") => findSessionUser(makeUser({ role }).id)!;

function add(word: string, mode: "block" | "review" = "block") {
  const result = addBannedWord(admin, { word, mode });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.id;
}

beforeEach(() => {
  resetDatabase();
  admin = staff("admin");
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
  it("stores the folded word and logs it once", () => {
    const id = add(" ViAgRa ", "review");
    expect(listBannedWords()).toEqual([{ word: "viagra", mode: "review" }]);
    expect(log()).toEqual([{ action: "word.add", target_type: "word", target_id: String(id), target_label: "viagra", actor_id: admin.id, note: "review" }]);
  });

  it("refuses a word already on the list in another case or width, and logs nothing more", () => {
    add("casino");
    expect(addBannedWord(admin, { word: "ＣＡＳＩＮＯ", mode: "review" })).toEqual({ ok: false, errors: { word: "bannedWordTaken" } });
    expect(listBannedWords()).toEqual([{ word: "casino", mode: "block" }]);
    expect(log()).toHaveLength(1);
  });

  it.each(["member", "moderator"] as const)("refuses a %s", (role) => {
    expect(addBannedWord(staff(role), { word: "spam", mode: "block" })).toEqual({ ok: false, message: "adminOnly" });
    expect(listBannedWords()).toEqual([]);
    expect(log()).toEqual([]);
  });
});

describe("listBannedWords", () => {
  it("gives the spam checks every word and its mode, in the order they were added", () => {
    add("zebra", "review");
    add("apple");
    expect(listBannedWords()).toEqual([{ word: "zebra", mode: "review" }, { word: "apple", mode: "block" }]);
    expect(listBannedWordsForAdmin().map((w) => w.word)).toEqual(["apple", "zebra"]);
  });
});

describe("setBannedWordMode", () => {
  it("changes the mode and logs the change once; the same mode again logs nothing", () => {
    const id = add("casino", "block");
    expect(setBannedWordMode(admin, id, "review")).toEqual({ ok: true, id });
    expect(setBannedWordMode(admin, id, "review")).toEqual({ ok: true, id });
    expect(listBannedWords()).toEqual([{ word: "casino", mode: "review" }]);
    expect(log().slice(1)).toEqual([expect.objectContaining({ action: "word.mode", target_id: String(id), target_label: "casino", note: "review" })]);
  });

  it("refuses an unknown word and a moderator", () => {
    const id = add("casino");
    expect(setBannedWordMode(admin, id + 100, "review")).toEqual({ ok: false, message: "bannedWordNotFound" });
    expect(setBannedWordMode(staff("moderator"), id, "review")).toEqual({ ok: false, message: "adminOnly" });
    expect(listBannedWords()).toEqual([{ word: "casino", mode: "block" }]);
    expect(log()).toHaveLength(1);
  });
});

describe("removeBannedWord", () => {
  it("deletes the word and logs it once, keeping the word as the label", () => {
    const id = add("casino");
    add("viagra");
    expect(removeBannedWord(admin, id)).toEqual({ ok: true, id });
    expect(listBannedWords()).toEqual([{ word: "viagra", mode: "block" }]);
    expect(removeBannedWord(admin, id)).toEqual({ ok: false, message: "bannedWordNotFound" });
    expect(log().slice(2)).toEqual([expect.objectContaining({ action: "word.delete", target_type: "word", target_id: String(id), target_label: "casino" })]);
  });

  it("refuses a member", () => {
    const id = add("casino");
    expect(removeBannedWord(staff("member"), id)).toEqual({ ok: false, message: "adminOnly" });
    expect(listBannedWords()).toHaveLength(1);
  });
});
