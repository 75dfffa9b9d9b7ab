import { describe, expect, it } from "vitest";
import { findBannedWords as findIn, type BannedWord } from "@/lib/spam/banned-words";
import { prepareText } from "@/lib/spam/prepared";
import { skeletonOf, skeletonText } from "@/lib/spam/skeleton";

/** The check as the spam pipeline runs it: on a text prepared once (a body with no title). */
const findBannedWords = (body: string, words: BannedWord[]) => findIn(prepareText({ body }), words);

const block = (word: string): BannedWord[] => [{ word, mode: "block" }];

describe("skeleton", () => {
  it("keeps letters and digits only, lower-cased, width-folded, accents and lookalikes folded", () => {
    expect(skeletonText("Ｖ.i a-g\u200Bra! Café №1 саsино")).toBe("viagracafeno1casиho");
  });

  it("marks where written words start and end, ignoring hidden characters", () => {
    const skeleton = skeletonOf("ab c\u200Bd");
    expect(skeleton.text).toBe("abcd");
    expect(skeleton.wordStart).toEqual([true, false, true, false]);
    expect(skeleton.wordEnd).toEqual([false, true, false, true]);
    expect(skeleton.token).toEqual([0, 0, 1, 1]);
  });
});

describe("findBannedWords", () => {
  it.each([
    ["viagra", "buy viagra now"],
    ["viagra", "Buy VIAGRA"],
    ["viagra", "v i a g r a"],
    ["viagra", "v.i.a.g.r.a"],
    ["viagra", "v-i-a-g-r-a!"],
    ["viagra", "ｖｉａｇｒａ"],
    ["viagra", "vi\u200Bagra"],
    ["viagra", "vi\u00ADagra"],
    ["viagra", "vïágra"],
    ["viagra", "https://viagra.example/shop"],
    ["casino", "саsino tonight"], // Cyrillic а and с
    ["free money", "FREE-money"],
    ["ass", "you ASS"],
    ["ass", "ＡＳＳ"],
    ["ass", "a\u200Bss"],
    ["카지노", "카지노"],
    ["카지노", "카 지 노"],
    ["카지노", "카.지.노"],
    ["카지노", "온라인카지노에서"],
    ["宮崎エステ", "宮崎 エステ"],
  ])("finds %j in %j", (word, text) => {
    expect(findBannedWords(text, block(word))).toEqual({ block: word, review: false });
  });

  it.each([
    ["ass", "class"],
    ["ass", "a s s"],
    ["ass", "glass seat"],
    ["rapist", "the therapist"],
    ["viagra", "viagras"],
    ["scam", "its camera"],
    ["카지노", "카메라"],
  ])("does not find %j in %j", (word, text) => {
    expect(findBannedWords(text, block(word))).toEqual({ review: false });
  });

  it("reports the first block word, and review words alongside", () => {
    const words: BannedWord[] = [
      { word: "bonus", mode: "review" },
      { word: "casino", mode: "block" },
      { word: "poker", mode: "block" },
    ];
    expect(findBannedWords("poker and casino bonus", words)).toEqual({ block: "casino", review: true });
    expect(findBannedWords("a bonus", words)).toEqual({ review: true });
  });

  it("ignores a banned word that is only punctuation", () => {
    expect(findBannedWords("!!!", block("!!!"))).toEqual({ review: false });
  });
});
