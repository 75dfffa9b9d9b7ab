import { afterAll, describe, expect, it } from "vitest";
import { COMMENT_HEADING_OFFSET, POST_HEADING_OFFSET, renderMarkdown } from "@/lib/markdown/pipeline";
import { closeMarkdownPool, MARKDOWN_RENDER_BUDGET_MS, renderMarkdownOffThread } from "@/lib/markdown/render-pool";
import { MAX_EMPHASIS_DELIMITERS, MAX_NESTING, MAX_OPEN_BRACKETS, MAX_SETEXT_HEADINGS, tameMarkdown } from "@/lib/markdown/tame";
import { answerMs, MARGIN_MS } from "../../markdown-timing";
import { SLOW_MARKDOWN } from "../../slow-markdown";
import { plainText } from "../../../scripts/harness/slow-markdown-corpus";

const rel = 'rel="ugc nofollow noopener"';

describe("renderMarkdown", () => {
  it.each([
    ["emphasis", "*a* **b**", "<p><em>a</em> <strong>b</strong></p>"],
    ["strikethrough", "~~gone~~", "<p><del>gone</del></p>"],
    ["inline code", "`x < y`", "<p><code>x &#x3C; y</code></p>"],
    ["list", "- one\n- two", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>"],
    ["quote", "> said", "<blockquote>\n<p>said</p>\n</blockquote>"],
    ["link", "[site](https://example.com)", `<p><a href="https://example.com" ${rel}>site</a></p>`],
    ["autolink", "see https://example.com", `<p>see <a href="https://example.com" ${rel}>https://example.com</a></p>`],
    [
      "https image",
      "![cat](https://example.com/cat.png)",
      '<p><img src="https://example.com/cat.png" alt="cat" loading="lazy" referrerpolicy="no-referrer"></p>',
    ],
    ["http image is dropped", "![cat](http://example.com/cat.png)", "<p></p>"],
    ["data image is dropped", "![x](data:image/png;base64,AAAA)", "<p></p>"],
    ["javascript link loses its href", "[x](javascript:alert(1))", "<p><a>x</a></p>"],
    ["data link loses its href", "[x](data:text/html,<script>alert(1)</script>)", "<p><a>x</a></p>"],
    ["raw script is dropped", "<script>alert(1)</script>", ""],
    ["a raw HTML block is dropped whole", '<img src="https://x" onerror="alert(1)">', ""],
    ["a raw HTML block with styles is dropped whole", '<p style="display:none">hidden</p>', ""],
    ["inline raw HTML keeps only its text", 'a <span onclick="alert(1)" style="color:red">b</span> c', "<p>a b c</p>"],
    ["svg is dropped", "<svg onload=alert(1)><circle/></svg>", "<p></p>"],
    ["broken html", "<a href='javascript:alert(1)'>x", "<p>x</p>"],
  ])("%s", (_name, source, html) => {
    expect(renderMarkdown(source)).toBe(html);
  });

  it("gives a link with nothing to read its address as text, and leaves named links alone", () => {
    expect(renderMarkdown("[](https://example.com/a)")).toBe('<p><a href="https://example.com/a" rel="ugc nofollow noopener">https://example.com/a</a></p>');
    expect(renderMarkdown("[ ](https://example.com/b)")).toContain(">https://example.com/b</a>");
    expect(renderMarkdown("[![](http://insecure.example/x.png)](https://example.com/c)")).toContain(">https://example.com/c</a>");
    expect(renderMarkdown("[![a cat](https://img.example/cat.png)](https://example.com/d)")).toContain('alt="a cat"');
    expect(renderMarkdown("[![a cat](https://img.example/cat.png)](https://example.com/d)")).not.toContain(">https://example.com/d</a>");
    expect(renderMarkdown("[read this](https://example.com/e)")).toContain(">read this</a>");
  });

  it("renders GitHub tables", () => {
    const html = renderMarkdown("| a | b |\n| - | - |\n| 1 | 2 |");
    expect(html).toContain("<table>");
    expect(html).toContain("<th>a</th>");
    expect(html).toContain("<td>2</td>");
  });

  it("shifts body headings below the page title and caps them at h6", () => {
    expect(renderMarkdown("# Top\n\n## Section\n\n###### Deep")).toBe("<h2>Top</h2>\n<h3>Section</h3>\n<h6>Deep</h6>");
  });

  it("shifts comment headings below the comments heading", () => {
    expect(renderMarkdown("# Top", COMMENT_HEADING_OFFSET)).toBe("<h3>Top</h3>");
  });

  it("keeps code blocks as text", () => {
    expect(renderMarkdown("```ts\nconst a = '<b>';\n```")).toBe(
      '<pre><code class="language-ts">const a = \'&#x3C;b>\';\n</code></pre>',
    );
  });
});

/**
 * How many times as long as plain text of the same length a slow shape may take to be answered by the pool. Plain
 * text takes tens of milliseconds; a shape that escaped the pre-check and the budget took seconds (hundreds of times).
 */
const SLOW_SHAPE_RATIO = 60;

describe("Markdown built to be slow", () => {
  afterAll(closeMarkdownPool);

  it.each(SLOW_MARKDOWN)("answers %s, rendered or refused, within a bound set by plain text of its length", async (_name, source) => {
    await answerMs("warm"); // waits out a worker restarting after the previous shape's refusal
    const plain = await answerMs(plainText(source.length));
    const started = performance.now();
    const outcome = await renderMarkdownOffThread(source, POST_HEADING_OFFSET);
    const ms = performance.now() - started;
    expect(outcome.ok || outcome.message).not.toBe("markdownBusy");
    // The floor keeps a fast machine's few-millisecond plain render from making the bound meaningless.
    expect(ms).toBeLessThan(Math.max(SLOW_SHAPE_RATIO * plain, MARKDOWN_RENDER_BUDGET_MS + MARGIN_MS));
  });

  it("keeps honest nesting as it is", () => {
    const honest = "> quote\n> > reply\n\n- a\n  - b\n    - c\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n**bold** _it_";
    expect(tameMarkdown(honest)).toBe(honest);
  });

  it(`flattens nesting past ${MAX_NESTING} levels and escapes long runs of markup`, () => {
    expect(tameMarkdown(`${"> ".repeat(20)}x`)).toBe(`${"> ".repeat(MAX_NESTING).trimEnd()} x`);
    expect(tameMarkdown("*".repeat(40))).toBe("\\*".repeat(40));
  });

  it(`keeps ${MAX_SETEXT_HEADINGS} setext headings and turns the underlines after them into text`, () => {
    const tamed = tameMarkdown("a\n===\n".repeat(MAX_SETEXT_HEADINGS + 2)).split("\n");
    expect(tamed.filter((line) => line === "===")).toHaveLength(MAX_SETEXT_HEADINGS);
    expect(tamed.filter((line) => line === "\\===")).toHaveLength(2);
    expect(renderMarkdown("a\n===\n".repeat(MAX_SETEXT_HEADINGS + 1)).match(/<h2>/g)).toHaveLength(MAX_SETEXT_HEADINGS);
  });

  it(`escapes every emphasis delimiter of a paragraph with over ${MAX_EMPHASIS_DELIMITERS}, and every bracket of one with over ${MAX_OPEN_BRACKETS} opening brackets`, () => {
    expect(tameMarkdown("**a__".repeat(MAX_EMPHASIS_DELIMITERS)).match(/\\[*_]/g)).toHaveLength(4 * MAX_EMPHASIS_DELIMITERS);
    expect(tameMarkdown("[a]".repeat(MAX_OPEN_BRACKETS + 1))).toBe("\\[a\\]".repeat(MAX_OPEN_BRACKETS + 1));
    expect(tameMarkdown("[a]".repeat(MAX_OPEN_BRACKETS))).toBe("[a]".repeat(MAX_OPEN_BRACKETS));
    // Each paragraph is counted alone; code is never touched; a "* " bullet is not emphasis.
    expect(tameMarkdown(`${"*a* ".repeat(MAX_EMPHASIS_DELIMITERS)}\n\n*b*`).endsWith("\n\n*b*")).toBe(true);
    const code = `\`\`\`\n${"**a__".repeat(MAX_EMPHASIS_DELIMITERS)}\n\`\`\``;
    expect(tameMarkdown(code)).toBe(code);
    expect(tameMarkdown(`${"a_b ".repeat(MAX_EMPHASIS_DELIMITERS)}\n* item`).endsWith("\n* item")).toBe(true);
  });
});

describe("footnotes", () => {
  it("link to their notes and back: every in-page href names an id that exists", () => {
    const html = renderMarkdown("Tea is older than coffee.[^origin] Mostly.[^2]\n\n[^origin]: Yunnan, by most accounts.\n[^2]: Citation needed.");
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThanOrEqual(4);
    for (const target of targets) expect(ids, target).toContain(target);
    // Still prefixed, once, so a note's id cannot clobber one of the page's own.
    for (const id of ids) expect(id).toMatch(/^user-content-(?!user-content-)/);
  });
});
