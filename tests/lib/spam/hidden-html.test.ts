import { describe, expect, it } from "vitest";
import { hasHiddenHtml as hiddenHtmlIn, hidesText } from "@/lib/spam/hidden-html";
import { prepareText } from "@/lib/spam/prepared";

/** The check as the spam pipeline runs it: on a text prepared once. */
const hasHiddenHtml = (body: string) => hiddenHtmlIn(prepareText({ body }));

describe("hasHiddenHtml", () => {
  it.each([
    '<div style="display:none">x</div>',
    '<div style="DISPLAY : NONE !important">x</div>',
    "<span style='font-size:0'>x</span>",
    "<span style=font-size:1px>x</span>",
    '<span style="font-size:0.1em">x</span>',
    '<p style="visibility:hidden">x</p>',
    '<p style="color:transparent">x</p>',
    '<p style="color: rgba(0, 0, 0, 0)">x</p>',
    '<p style="position:absolute;left:-9999px">x</p>',
    '<p style="text-indent:-5000px">x</p>',
    '<p style="opacity:0">x</p>',
    '<p style="opacity:0.05">x</p>',
    '<p style="height:0;overflow:hidden">x</p>',
    '<p style="transform:scale(0)">x</p>',
    '<p style="clip:rect(0,0,0,0);position:absolute">x</p>',
    "<div hidden>x</div>",
    '<div class="a" hidden="hidden">x</div>',
    "<style>.promo { display: none }</style><p class=promo>x</p>",
    'text before\n\n<DIV STYLE="display:none">x</DIV>',
  ])("flags %s", (html) => {
    expect(hasHiddenHtml(html)).toBe(true);
  });

  it.each([
    "No HTML at all, just a < b and c > d.",
    '<span style="color:red">visible</span>',
    '<span style="font-size:14px">visible</span>',
    '<p style="opacity:0.9">visible</p>',
    '<p style="height:0">overflows, so still visible</p>',
    '<p style="margin-left:-10px">a small nudge</p>',
    '<input type="hidden" name="x">',
    '<p title="not hidden at all" data-hidden="1">x</p>',
    '```html\n<div style="display:none" hidden>code sample</div>\n```',
    'Use `<span style="font-size:0">` to see why not.',
  ])("passes %s", (html) => {
    expect(hasHiddenHtml(html)).toBe(false);
  });
});

describe("hidesText", () => {
  it("reads stylesheet rules as well as attribute declarations", () => {
    expect(hidesText("a{color:blue} .x{visibility:hidden}")).toBe(true);
    expect(hidesText("a{color:blue}")).toBe(false);
  });
});
