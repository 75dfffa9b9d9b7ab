// Markdown built to be slow to parse or render: shared by the renderer's unit tests and the server's hostile-input
// tests, so both face the same inputs. Each fits within the post body limit (50,000 characters).
export const SLOW_MARKDOWN: [name: string, source: string][] = [
  ["10,000 nested quotes", `${">".repeat(10_000)} deep`],
  ["10,000 nested lists", `${"- ".repeat(10_000)}x`],
  ["deeply indented lists", Array.from({ length: 3000 }, (_, i) => `${" ".repeat(i * 2)}- x`).join("\n").slice(0, 50_000)],
  ["a huge table", `|${"a|".repeat(2000)}\n|${"-|".repeat(2000)}\n${`|${"b|".repeat(2000)}\n`.repeat(5)}`],
  ["long runs of emphasis markers", `${"*".repeat(25_000)}a${"*".repeat(24_000)}`],
  ["unclosed links", `${"[".repeat(25_000)}${"]".repeat(24_000)}`],
  // Found in an outside attack: 20,000 characters of setext headings took 11.8 s to preview, 49,000 took 90 s to publish.
  ["many setext headings", "a\n===\n".repeat(8_000)],
  ["lists nested to the deepest level, repeated", Array.from({ length: 8 }, (_, i) => `${"  ".repeat(i)}- x\n`).join("").repeat(230)],
  ["mixed emphasis delimiters", "**a__".repeat(9_800)],
  ["deeply nested brackets", "[a".repeat(24_000)],
];
