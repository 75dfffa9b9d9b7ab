import { describe, expect, it } from "vitest";
import { isRepeatedText as repeatedIn, REPEAT_LIMIT, REPEAT_MIN_LETTERS } from "@/lib/spam/repeats";
import { prepareText } from "@/lib/spam/prepared";

/** The check as the spam pipeline runs it: on a text prepared once. */
const isRepeatedText = (body: string, recent: string[]) => repeatedIn(prepareText({ body }), recent);

const TEXT = "Cheap flights to Jeju this week, message me for details";
const copies = (n: number, text = TEXT) => Array.from({ length: n }, () => text);

describe("isRepeatedText", () => {
  it("passes until the text already appears REPEAT_LIMIT times", () => {
    expect(isRepeatedText(TEXT, copies(REPEAT_LIMIT - 1))).toBe(false);
    expect(isRepeatedText(TEXT, copies(REPEAT_LIMIT))).toBe(true);
  });

  it("sees through case, spacing, punctuation and hidden characters", () => {
    const disguised = "CHEAP flights to Jeju — this week!!  Message\u200B me for details.";
    expect(isRepeatedText(disguised, copies(REPEAT_LIMIT))).toBe(true);
  });

  it("counts only identical texts", () => {
    expect(isRepeatedText(TEXT, [...copies(REPEAT_LIMIT - 1), `${TEXT} and more`, "something else entirely here"])).toBe(false);
  });

  it("never counts short replies", () => {
    const short = "a".repeat(REPEAT_MIN_LETTERS - 1);
    expect(isRepeatedText(short, copies(10, short))).toBe(false);
    expect(isRepeatedText("감사합니다! 잘 읽었어요", copies(10, "감사합니다! 잘 읽었어요"))).toBe(false);
    const long = "a".repeat(REPEAT_MIN_LETTERS);
    expect(isRepeatedText(long, copies(REPEAT_LIMIT, long))).toBe(true);
  });

  it("works for Korean", () => {
    const korean = "오늘 가입하시면 첫 달 무료 이용권을 드립니다 지금 바로 문의 주세요";
    expect(isRepeatedText(korean, copies(REPEAT_LIMIT, korean.replace(/ /g, "  ")))).toBe(true);
  });
});
