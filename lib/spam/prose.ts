// The parts of a Markdown source a reader reads as words: code, link targets, URLs and HTML tags taken out.

// A fence opens with three or more backticks or tildes, indented at most three spaces (CommonMark).
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// Single-line code spans. Both alternatives stop at a newline, so a stray backtick costs one line, not the text.
const CODE_SPAN = /``[^\n]*?``|`[^`\n]*`/g;
// "(" is excluded so that a run of unclosed "](" fails at the next one instead of rescanning the line.
const LINK_TARGET = /\]\([^()\n]*\)/g;
const HTML_TAG = /<\/?[A-Za-z][^<>\n]*>/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>]*/gi;

/**
 * The source with fenced code blocks and code spans blanked out, lines kept in place.
 * Code shows strings, markup and foreign text as examples; it is not what the writer says.
 * An unclosed fence runs to the end, as it does when rendered.
 */
export function withoutCode(source: string): string {
  let fence: string | null = null;
  return source
    .split("\n")
    .map((line) => {
      const marker = FENCE.exec(line)?.[1];
      if (fence !== null) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
        return "";
      }
      if (marker) {
        fence = marker;
        return "";
      }
      return line.replace(CODE_SPAN, " ");
    })
    .join("\n");
}

/** The words of the text: no code, no link targets, no bare or angle-bracket URLs, no HTML tags (their text stays). */
export function proseOf(source: string): string {
  return withoutCode(source).replace(LINK_TARGET, "]").replace(HTML_TAG, " ").replace(URL, " ");
}
