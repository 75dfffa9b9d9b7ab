// The toolbar's edits to Markdown text, by selection.
import { describe, expect, it } from "vitest";
import { formatMarkdown, insertBlock, type MarkdownEdit, quoteOf } from "@/components/form/markdown-edit";

const samples = { bold: "bold text", italic: "italic text", link: "link text", code: "code" };

/** Applies an edit and shows the selection as [ and ]. */
function apply(edit: MarkdownEdit, text: string): string {
  const out = text.slice(0, edit.from) + edit.insert + text.slice(edit.to);
  return out.slice(0, edit.selectStart) + "[" + out.slice(edit.selectStart, edit.selectEnd) + "]" + out.slice(edit.selectEnd);
}

/** Text with the selection marked by | and |, edited by `format`. */
function edited(format: Parameters<typeof formatMarkdown>[0], marked: string): string {
  const start = marked.indexOf("|");
  const end = marked.indexOf("|", start + 1) - 1;
  const text = marked.replace(/\|/g, "");
  return apply(formatMarkdown(format, text, start, end < start ? start : end, samples), text);
}

describe("formatMarkdown", () => {
  it("wraps the selection in bold and italic marks, or a sample to type over", () => {
    expect(edited("bold", "say |hello| there")).toBe("say **[hello]** there");
    expect(edited("italic", "say || there")).toBe("say _[italic text]_ there");
  });

  it("makes inline code, or a fenced block for several lines", () => {
    expect(edited("code", "run |npm test| now")).toBe("run `[npm test]` now");
    expect(edited("code", "|a\nb|")).toBe("```\n[a\nb]\n```");
  });

  it("makes a link around the text with its address selected, or around a selected address", () => {
    expect(edited("link", "see |the docs|")).toBe("see [the docs]([https://])");
    expect(edited("link", "|https://example.com/a|")).toBe("[[link text]](https://example.com/a)");
  });

  it("quotes and lists every line the selection touches", () => {
    expect(edited("quote", "one\ntw|o\nthr|ee\nfour")).toBe("one\n[> two\n> three]\nfour");
    expect(edited("list", "|apples\npears\n|rest")).toBe("[- apples\n- pears]\nrest");
    expect(edited("quote", "text\n||")).toBe("text\n> []");
  });
});

describe("insertBlock", () => {
  it("puts an image on a line of its own", () => {
    expect(apply(insertBlock("abc", 3, 3, "![x](/media/a.webp)"), "abc")).toBe("abc\n![x](/media/a.webp)\n\n[]");
    expect(apply(insertBlock("", 0, 0, "![x](/m)"), "")).toBe("![x](/m)\n\n[]");
  });
});

describe("quoteOf", () => {
  it("quotes each line and links the comment", () => {
    expect(quoteOf("  first\n\nsecond ", 12, "comment #12")).toBe("> first\n>\n> second\n>\n> — [comment #12](#comment-12)");
  });
});
