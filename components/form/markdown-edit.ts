// What each formatting button does to the Markdown in a text box: pure functions of the text and the selection,
// so they are tested without a browser. The composer's toolbar (./composer-tools.tsx) applies them.

/** Replace [from, to) of the text with `insert`, then select [selectStart, selectEnd) of the new text. */
export type MarkdownEdit = { from: number; to: number; insert: string; selectStart: number; selectEnd: number };

export type Format = "bold" | "italic" | "link" | "quote" | "code" | "list";
export type Samples = { bold: string; italic: string; link: string; code: string };

const MARKS = { bold: "**", italic: "_" } as const;

/** Wraps the selection in `before`/`after`, or a sample to type over when nothing is selected. */
function wrap(text: string, start: number, end: number, before: string, after: string, sample: string): MarkdownEdit {
  const chosen = text.slice(start, end) || sample;
  return { from: start, to: end, insert: before + chosen + after, selectStart: start + before.length, selectEnd: start + before.length + chosen.length };
}

/** Puts `prefix` before every line the selection touches (a quote, a list); on an empty line, leaves the cursor after it. */
function prefixLines(text: string, start: number, end: number, prefix: string): MarkdownEdit {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  // A selection ending just after a line break ends on the line before it.
  const lastSelected = end > start && text[end - 1] === "\n" ? end - 1 : end;
  const nextBreak = text.indexOf("\n", lastSelected);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak;
  const insert = text
    .slice(lineStart, lineEnd)
    .split("\n")
    .map((line) => prefix + line)
    .join("\n");
  const selectStart = insert === prefix ? lineStart + prefix.length : lineStart;
  return { from: lineStart, to: lineEnd, insert, selectStart, selectEnd: lineStart + insert.length };
}

export function formatMarkdown(format: Format, text: string, start: number, end: number, samples: Samples): MarkdownEdit {
  const selected = text.slice(start, end);
  switch (format) {
    case "bold":
    case "italic":
      return wrap(text, start, end, MARKS[format], MARKS[format], samples[format]);
    case "code":
      return selected.includes("\n") ? wrap(text, start, end, "```\n", "\n```", samples.code) : wrap(text, start, end, "`", "`", samples.code);
    case "link": {
      if (/^https?:\/\/\S+$/.test(selected)) {
        const insert = `[${samples.link}](${selected})`;
        return { from: start, to: end, insert, selectStart: start + 1, selectEnd: start + 1 + samples.link.length };
      }
      const label = selected || samples.link;
      const insert = `[${label}](https://)`;
      const at = start + label.length + 3;
      return { from: start, to: end, insert, selectStart: at, selectEnd: at + "https://".length };
    }
    case "quote":
      return prefixLines(text, start, end, "> ");
    case "list":
      return prefixLines(text, start, end, "- ");
  }
}

/** A block (an image, a quote) put at the cursor on lines of its own, with the cursor left after it. */
export function insertBlock(text: string, start: number, end: number, block: string): MarkdownEdit {
  const before = start > 0 && text[start - 1] !== "\n" ? "\n" : "";
  const after = text[end] === "\n" ? "\n" : "\n\n";
  const insert = before + block + after;
  const at = start + insert.length;
  return { from: start, to: end, insert, selectStart: at, selectEnd: at };
}

/** The selection as a Markdown quote of comment `id`, with a link back to it. */
export function quoteOf(selection: string, id: number, source: string): string {
  const lines = selection.trim().replace(/\r\n?/g, "\n").split("\n");
  return [...lines.map((line) => (line.trim() === "" ? ">" : `> ${line}`)), ">", `> — [${source}](#comment-${id})`].join("\n");
}
