// Table column alignment (`:---`, `:---:`, `---:`) survives the sanitiser on cells only, and the page's CSS honours it.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown/pipeline";

const table = "| name | qty | price |\n| :--- | :---: | ---: |\n| basil | 2 | 3.50 |";

describe("table column alignment", () => {
  it("keeps each column's alignment on its header and body cells", () => {
    const html = renderMarkdown(table);
    expect(html).toContain('<th align="left">name</th>');
    expect(html).toContain('<th align="center">qty</th>');
    expect(html).toContain('<th align="right">price</th>');
    expect(html).toContain('<td align="center">2</td>');
    expect(html).toContain('<td align="right">3.50</td>');
  });

  it("adds no alignment to a column without one, and never a style attribute", () => {
    const html = renderMarkdown("| a | b |\n| --- | ---: |\n| 1 | 2 |");
    expect(html).toContain("<th>a</th>");
    expect(html).toContain("<td>1</td>");
    expect(html).not.toContain("style");
  });

  it("drops raw HTML that tries to align or style anything", () => {
    const html = renderMarkdown('<p align="center" style="color:red">x</p>\n\n<td align="javascript:x">y</td>');
    expect(html).not.toMatch(/align|style/);
  });

  it("is shown: the stylesheet aligns centred and right-aligned cells, overriding the default left", () => {
    const css = fs.readFileSync("app/globals.css", "utf8");
    expect(css).toMatch(/:is\(th, td\)\[align="center"\]\s*\{\s*text-align: center;/);
    expect(css).toMatch(/:is\(th, td\)\[align="right"\]\s*\{\s*text-align: right;/);
  });
});
