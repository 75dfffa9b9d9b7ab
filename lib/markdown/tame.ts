// Rewrites Markdown built to be slow into plain text before it is parsed; honest text passes untouched.

/** Deeper nesting than this is flattened: no honest post needs it, and parsers slow down with depth. */
export const MAX_NESTING = 8;
/** Runs of one markup character longer than this are written as literal characters. */
const MAX_MARKUP_RUN = 32;
const MAX_INDENT = 4 * MAX_NESTING;
/** A line with more cells than this is not a table anyone reads: its pipes become literal. */
const MAX_TABLE_CELLS = 64;

/** Setext headings (a line of text over "===" or "---") past this many are kept as text: parsing them grows much
 * faster than the input (20,000 characters of them took 18 s), and no honest post has more. */
export const MAX_SETEXT_HEADINGS = 64;
/** A paragraph with more emphasis delimiters (* and _) than this has them all literal: mixed runs like "**a__"
 * make the parser's delimiter matching quadratic, and honest paragraphs use a handful. */
export const MAX_EMPHASIS_DELIMITERS = 256;
/** A paragraph with more opening brackets than this has all its brackets literal: each can start a link the
 * parser must try to close. */
export const MAX_OPEN_BRACKETS = 128;

const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const LEADING_MARKERS = /^(?:[ \t]*(?:>|[-*+](?=[ \t])))*[ \t]*/;
const CODE_FENCE = /^ {0,3}(?:`{3,}|~{3,})/;

const MARKUP_RUN = new RegExp(`([*_\\[\\]~\`<>|])\\1{${MAX_MARKUP_RUN},}`, "g");

/** Where the line's leading container markers (quotes ">", bullets, "1.") end, after at most `max` of them. */
function flattenNesting(line: string, max: number): string {
  let i = 0;
  let markers = 0;
  let keptEnd = 0;
  while (i < line.length) {
    let j = i;
    while (line[j] === " " || line[j] === "\t") j++;
    let k = j;
    if (line[k] === ">") k++;
    else if ((line[k] === "-" || line[k] === "*" || line[k] === "+") && (line[k + 1] === " " || line[k + 1] === "\t")) k++;
    else {
      while (k < line.length && k - j < 9 && line[k]! >= "0" && line[k]! <= "9") k++;
      if (k === j || (line[k] !== "." && line[k] !== ")") || (line[k + 1] !== " " && line[k + 1] !== "\t")) break;
      k++;
    }
    markers++;
    if (markers <= max) keptEnd = k;
    i = k;
  }
  return markers > max ? line.slice(0, keptEnd) + " " + line.slice(i).trimStart() : line;
}

const pipeCount = (line: string) => line.split("|").length - 1;

/** The line with every unescaped character of `chars` escaped, its leading quote and bullet markers kept. */
function escapeAll(line: string, chars: string): string {
  const lead = LEADING_MARKERS.exec(line)?.[0] ?? ""; // a "* " bullet is not emphasis
  let out = lead;
  for (let i = lead.length; i < line.length; i++) {
    const c = line[i]!;
    if (c === "\\") out += c + (line[i + 1] ?? "");
    else out += chars.includes(c) ? `\\${c}` : c;
    if (c === "\\") i++;
  }
  return out;
}

/** How many unescaped characters of `chars` the lines hold, leading markers aside. */
function countUnescaped(lines: string[], chars: string): number {
  let n = 0;
  for (const line of lines) {
    for (let i = (LEADING_MARKERS.exec(line)?.[0] ?? "").length; i < line.length; i++) {
      if (line[i] === "\\") i++;
      else if (chars.includes(line[i]!)) n++;
    }
  }
  return n;
}

/**
 * A paragraph over a cap has every such character escaped, not only those past the cap: 128 brackets left open
 * before 20,000 escaped ones took the parser 24 s, the same text all escaped (or none) under one.
 */
function capParagraph(lines: string[]): string[] {
  let capped = lines;
  if (countUnescaped(capped, "*_") > MAX_EMPHASIS_DELIMITERS) capped = capped.map((line) => escapeAll(line, "*_"));
  if (countUnescaped(capped, "[") > MAX_OPEN_BRACKETS) capped = capped.map((line) => escapeAll(line, "[]"));
  return capped;
}

/**
 * Caps what makes the parser's work grow faster than the text: setext headings over the whole body, emphasis
 * delimiters and brackets per paragraph. Fenced code is left alone: nothing in it is markup.
 */
function capPerBlock(lines: string[]): string[] {
  const out: string[] = [];
  let paragraph: string[] = [];
  let setextLeft = MAX_SETEXT_HEADINGS;
  let fenced = false;
  const endParagraph = () => {
    out.push(...capParagraph(paragraph));
    paragraph = [];
  };
  lines.forEach((line, i) => {
    const fence = CODE_FENCE.test(line);
    if (fenced || fence || line.trim() === "") {
      endParagraph();
      if (fence) fenced = !fenced;
      out.push(line);
    } else if (SETEXT_UNDERLINE.test(line) && (lines[i - 1] ?? "").trim() !== "" && --setextLeft < 0) {
      paragraph.push(`\\${line.trimStart()}`);
    } else {
      paragraph.push(line);
    }
  });
  endParagraph();
  return out;
}

/**
 * Makes Markdown built to be slow harmless before it is parsed: caps quote and list nesting, caps indentation,
 * turns very long runs of markup characters into escaped literals, and caps setext headings, emphasis delimiters
 * and brackets (capPerBlock). Honest text is untouched.
 */
export function tameMarkdown(source: string): string {
  const lines = source
    .split("\n")
    .map((line) => flattenNesting(line, MAX_NESTING))
    .map((line) => (pipeCount(line) > MAX_TABLE_CELLS ? line.replaceAll("|", "\\|") : line))
    .map((line) =>
      line
        .replace(/^[ \t]+/, (indent) => (indent.length > MAX_INDENT ? indent.slice(0, MAX_INDENT) : indent))
        .replace(MARKUP_RUN, (run) => run.replace(/./g, "\\$&")),
    );
  return capPerBlock(lines).join("\n");
}

