import { describe, expect, it } from "vitest";
import {
  ftsString,
  gramsExpression,
  htmlToText,
  MAX_QUERY_LENGTH,
  MAX_TERMS,
  parseQuery,
  snippet,
  SNIPPET_LENGTH,
  wordsExpression,
  type SearchTerm,
} from "@/lib/search/query";

const terms = (query: string) => {
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.terms;
};
const noScope = { boardId: null, authorId: null, archivedBoardIds: [] };

describe("parseQuery", () => {
  it("splits words and quoted phrases, and sends Korean to the trigram index", () => {
    expect(terms('Coffee "morning walk" 김치찌개 국')).toEqual([
      { text: "Coffee", phrase: false, index: "words" },
      { text: "morning walk", phrase: true, index: "words" },
      { text: "김치찌개", phrase: false, index: "grams" },
      { text: "국", phrase: false, index: "words" },
    ]);
  });

  it("closes an unclosed quote at the end, and reads curly quotes as quotes", () => {
    expect(terms('tea "green  leaf')).toEqual([
      { text: "tea", phrase: false, index: "words" },
      { text: "green leaf", phrase: true, index: "words" },
    ]);
    expect(terms("“아침 산책”")).toEqual([{ text: "아침 산책", phrase: true, index: "grams" }]);
  });

  it("drops punctuation around words, punctuation-only words and repeats", () => {
    expect(terms("(coffee) -COFFEE* : ^ c++ don't")).toEqual([
      { text: "coffee", phrase: false, index: "words" },
      { text: "c", phrase: false, index: "words" },
      { text: "don't", phrase: false, index: "words" },
    ]);
  });

  it("refuses empty, too short and too long queries", () => {
    expect(parseQuery("  ")).toEqual({ ok: false, problem: "empty" });
    expect(parseQuery("김")).toEqual({ ok: false, problem: "tooShort" });
    expect(parseQuery('"*" ( )')).toEqual({ ok: false, problem: "tooShort" });
    expect(parseQuery("a".repeat(MAX_QUERY_LENGTH + 1))).toEqual({ ok: false, problem: "tooLong" });
    expect(parseQuery("a".repeat(MAX_QUERY_LENGTH)).ok).toBe(true);
  });

  it(`keeps the first ${MAX_TERMS} terms`, () => {
    const parsed = parseQuery("one two three four five six seven eight nine ten");
    expect(parsed).toMatchObject({ ok: true, dropped: 2 });
    expect(parsed.ok && parsed.terms.map((t) => t.text).at(-1)).toBe("eight");
  });
});

describe("MATCH expressions", () => {
  it("quote every term as an FTS5 string", () => {
    expect(ftsString('say "hi"')).toBe('"say ""hi"""');
    expect(wordsExpression(terms("NEAR AND -x"), "title body", noScope)).toBe('{title body} : ("NEAR" AND "AND" AND "x")');
  });

  it("add board and author scope, and leave out archived boards", () => {
    const scope = { boardId: 3, authorId: "1a2b3c4d-aaaa", archivedBoardIds: [5, 7] };
    expect(wordsExpression(terms("tea"), "body", scope)).toBe(
      '({body} : ("tea") AND scope : "b3" AND scope : "u1a2b3c4d") NOT scope : ("b5" OR "b7")',
    );
    expect(gramsExpression(terms("녹차 tea"), new Map([["녹차", ["녹차 ", "녹차는"]]]), "body", scope)).toBe(
      '({body} : (("녹차 " OR "녹차는") AND "tea") AND scope : " b3 " AND scope : " u1a2b3c4d ") NOT scope : (" b5 " OR " b7 ")',
    );
  });
});

describe("snippets", () => {
  const find = (query: string): SearchTerm[] => terms(query);

  it("show the text around the first match, cut with ellipses", () => {
    const text = `${"intro words ".repeat(20)}the coffee is here ${"outro words ".repeat(20)}`.trim();
    const html = snippet(text, find("coffee"));
    expect(html).toMatch(/^…(intro|words) .*the <mark>coffee<\/mark> is here outro .*…$/);
    expect(html.replace(/<\/?mark>|…/g, "").length).toBeLessThanOrEqual(SNIPPET_LENGTH);
  });

  it("start at the beginning when only the title matched", () => {
    expect(snippet("A quiet afternoon", find("coffee"))).toBe("A quiet afternoon");
  });

  it("mark whole words only, in any case, and phrases across punctuation", () => {
    expect(snippet("Cat, category, CAT.", find("cat"))).toBe("<mark>Cat</mark>, category, <mark>CAT</mark>.");
    expect(snippet("a morning, walk", find('"morning walk"'))).toBe("a <mark>morning, walk</mark>");
  });
});

describe("htmlToText", () => {
  it("drops tags and decodes character references", () => {
    expect(htmlToText("<p>a &#x26; b &#x3C;i> &lt;b&gt; &#39;q&#39;</p>\n<p>next</p>")).toBe("a & b <i> <b> 'q' next");
  });
});
