import { describe, expect, it } from "vitest";
import { proseOf, withoutCode } from "@/lib/spam/prose";
import { scriptOf } from "@/lib/spam/script-of";
import { hasInjectedScript as injectedScriptIn } from "@/lib/spam/scripts";
import { prepareText } from "@/lib/spam/prepared";

/** The check as the spam pipeline runs it: on a text prepared once. */
const hasInjectedScript = (body: string) => injectedScriptIn(prepareText({ body }));

const ENGLISH = "We met at the library every Thursday to go over the week's notes and plan the next steps together.";
const KOREAN = "매주 목요일마다 도서관에서 만나서 한 주 동안의 노트를 정리하고 다음 계획을 함께 세웠습니다.";

describe("scriptOf", () => {
  it.each([
    ["a", "latin"],
    ["é", "latin"],
    ["한", "hangul"],
    ["ㅋ", "hangul"],
    ["學", "han"],
    ["カ", "kana"],
    ["ひ", "kana"],
    ["Ж", "cyrillic"],
    ["θ", "greek"],
    ["ك", "arabic"],
    ["ส", "thai"],
    ["ა", "other"],
  ])("%s is %s", (char, script) => {
    expect(scriptOf(char)).toBe(script);
  });

  it.each(["1", " ", "!", "😀", "ー", "°", "∑"])("%j belongs to no script", (char) => {
    expect(scriptOf(char)).toBeNull();
  });
});

describe("proseOf", () => {
  it("blanks fenced code, keeping the lines", () => {
    expect(withoutCode("a\n```\nカタカナ\n```\nb")).toBe("a\n\n\n\nb");
    expect(withoutCode("a\n~~~~\n```\nstill code\n~~~~\nb")).toBe("a\n\n\n\n\nb");
  });

  it("runs an unclosed fence to the end, as the renderer does", () => {
    expect(withoutCode("a\n```\nrest")).toBe("a\n\n");
  });

  it("drops code spans, link targets, URLs and tags but keeps link and tag text", () => {
    expect(proseOf("say `コード` and [ссылка](https://x.example/путь) at <b>www.пример.рф</b> or https://a.example/Сеул")).toBe(
      "say   and [ссылка] at     or  ",
    );
  });
});

describe("hasInjectedScript", () => {
  it.each([
    ["Japanese keywords in English", `${ENGLISH} 宮崎 エステ and more`],
    ["one long Japanese word in English", `${ENGLISH} 宮崎エステ`],
    ["Chinese in Korean", `${KOREAN} 澳门赌场 ${KOREAN}`],
    ["Katakana in Korean", `${KOREAN} 今すぐ 登録 ${KOREAN}`],
    ["Cyrillic in Korean", `${KOREAN} Купить дешево`],
    ["Thai in English", `${ENGLISH} สล็อตออนไลน์`],
    ["Arabic in English", `${ENGLISH} كازينو اون لاين`],
    ["two quoted words", `${ENGLISH} "宮崎 エステ"`],
    ["a quoted word that is too long", `${ENGLISH} "澳门威尼斯人在线娱乐场"`],
    ["Hangul in a Japanese post", "週末に京都へ行きました。紅葉がとてもきれいでした。 카지노 사이트 추천"],
  ])("flags %s", (_name, text) => {
    expect(hasInjectedScript(text)).toBe(true);
  });

  it.each([
    ["plain English", ENGLISH],
    ["plain Korean", KOREAN],
    ["English and Korean mixed freely", `${ENGLISH} 그리고 ${KOREAN} MacBook`],
    ["a single bare foreign word of three syllables", `${ENGLISH} エステ`],
    ["a single bare Cyrillic word of four letters", `${KOREAN} дача`],
    ["a quoted word", `${ENGLISH} "木漏れ日"`],
    ["a Hanja gloss", `학교(學校) ${KOREAN}`],
    ["corner-bracket quotes", `${KOREAN} 「いただきます」`],
    ["Japanese inside code", `${ENGLISH}\n\n\`\`\`\n宮崎 エステ 予約 今すぐ\n\`\`\``],
    ["Japanese inside a link target", `${ENGLISH} [map](https://example.jp/宮崎/エステ)`],
    ["a bilingual text with a long foreign part", `${ENGLISH}\n\nモデレーターの皆さん、いつもありがとうございます。来週の勉強会は図書館の二階で行います。`],
    ["a Japanese text", "週末に京都へ行きました。紅葉がとてもきれいでした。"],
    ["a Chinese text", "这个周末我们去了北京的图书馆，学习了很多新的东西。"],
    ["no letters at all", "😀 123 ∑ → ½"],
  ])("passes %s", (_name, text) => {
    expect(hasInjectedScript(text)).toBe(false);
  });

  it("ends a foreign run at a line break, so one word per line stays a word", () => {
    expect(hasInjectedScript(`${ENGLISH}\nエステ\n宮崎`)).toBe(false);
    expect(hasInjectedScript(`${ENGLISH}\nエステ 宮崎`)).toBe(true);
  });
});
