import { describe, expect, it } from "vitest";
import { checkContent, type SpamVerdict } from "@/lib/spam";
import { POST_BODY_MAX } from "@/lib/limits";

const NOW = Date.parse("2025-10-25T23:15:00Z");
const fill = (unit: string) => unit.repeat(Math.ceil(POST_BODY_MAX / unit.length)).slice(0, POST_BODY_MAX);

// The shapes that make backtracking patterns quadratic: openers that never close, long runs a greedy
// class must give back, and many near-matches. Each body is a full 50,000 characters.
const cases: [string, string, SpamVerdict][] = [
  ["unclosed brackets", fill("["), { action: "publish" }],
  ["unclosed link targets", fill("[b]("), { action: "publish" }],
  ["unclosed images", fill("![b]("), { action: "publish" }],
  ["a link target that never closes", `[b](${fill("x")}`, { action: "publish" }],
  ["backticks", fill("`"), { action: "publish" }],
  ["unclosed double backticks", fill("``b"), { action: "publish" }],
  ["fence markers", fill("```\n"), { action: "publish" }],
  ["angle brackets", fill("<"), { action: "publish" }],
  ["an anchor tag that never closes", `<a ${fill("href ")}`, { action: "publish" }],
  ["a font size of 50,000 digits", `<p style="font-size:${fill("1")}x">`, { action: "publish" }],
  ["an opacity of 50,000 zeros", `<p style="opacity:${fill("0")}">`, { action: "hold", reasons: ["hidden-html"] }],
  ["unbalanced quotes in a tag", `<p ${fill('"')}>`, { action: "publish" }],
  ["URL prefixes", fill("http://"), { action: "publish" }],
  ["variation selectors and joiners", fill("\uFE0F\u200D"), { action: "hold", reasons: ["invisible-characters"] }],
  ["one 50,000-letter word", fill("a"), { action: "publish" }],
  ["single letters, spelling out a banned word", fill("a "), { action: "refuse", reason: "banned-word", word: "aaaa" }],
  ["English with Hanja", fill("hello 宮崎 "), { action: "publish" }],
  ["a spaced-out Korean word", fill("카 지 노 "), { action: "hold", reasons: ["banned-word"] }],
  ["Japanese keywords in English", `${fill("rapport and trust grow slowly ")} 宮崎 エステ`, { action: "hold", reasons: ["foreign-script"] }],
];

/**
 * How many times as long as plain prose of the same length a hostile body may take. Every shape here takes
 * about as long as prose (tens of milliseconds); a pattern gone quadratic on 50,000 characters takes seconds.
 */
const SLOW_SHAPE_RATIO = 20;
/** Keeps a fast machine's few-millisecond plain check from making the bound meaningless. */
const FLOOR_MS = 250;
const PLAIN = fill("rapport and trust grow slowly ");

function check(body: string, recentTexts: string[] = []) {
  const started = performance.now();
  const verdict = checkContent({
    body,
    authorCreatedAt: new Date(NOW - 1000),
    now: NOW,
    bannedWords: [
      { word: "aaaa", mode: "block" },
      { word: "ab", mode: "block" },
      { word: "카지노", mode: "review" },
    ],
    recentTexts,
  });
  return { verdict, ms: performance.now() - started };
}

/** The time bound for a body, from the median of three checks of plain prose just before it. */
function boundMs(recentTexts: string[] = []): number {
  const plain = [0, 1, 2].map(() => check(PLAIN, recentTexts.map(() => PLAIN)).ms).sort((a, b) => a - b)[1]!;
  return Math.max(SLOW_SHAPE_RATIO * plain, FLOOR_MS);
}

describe("checkContent on long input", () => {
  it.each(cases)("judges 50,000 characters of %s within a bound set by plain prose", (_name, body, verdict) => {
    const bound = boundMs();
    const result = check(body);
    expect(result.verdict).toEqual(verdict);
    expect(result.ms).toBeLessThan(bound);
  });

  it("compares a long body against long recent texts", () => {
    const body = fill("the same paragraph again ");
    const bound = boundMs([body, body]);
    const result = check(body, [body, body]);
    expect(result.verdict).toEqual({ action: "refuse", reason: "repeated-text" });
    expect(result.ms).toBeLessThan(bound);
  });
});
