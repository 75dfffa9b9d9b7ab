// The cheap look at a body's shape before it is parsed: a body made of too many blocks is refused, not parsed.

/**
 * Blocks (paragraphs, headings, list items, quote lines, table rows) past this are refused. The parser's time grows
 * faster than the number of blocks (10,000 one-letter paragraphs took seconds), and 2,000 blocks in at most 50,000
 * characters is one every 25 characters: a list of single words, not a post.
 */
export const MAX_MARKDOWN_BLOCKS = 2_000;

/** A line that opens a block of its own even straight after text: heading, quote, bullet, numbered item, table row. */
const BLOCK_MARKER = /^[ \t]*(?:#{1,6}(?:[ \t]|$)|>|[-*+][ \t]|\d{1,9}[.)][ \t]|\|)/;

/** How many blocks the body has, counted line by line without parsing. */
export function countBlocks(source: string): number {
  let blocks = 0;
  let previousBlank = true;
  for (const line of source.split("\n")) {
    const blank = line.trim() === "";
    if (!blank && (previousBlank || BLOCK_MARKER.test(line))) blocks++;
    previousBlank = blank;
  }
  return blocks;
}

/** A catalogue key under "validation" when the body is refused before parsing, or null when it may be rendered. */
export function markdownShapeRefusal(source: string): "markdownTooManyBlocks" | null {
  return countBlocks(source) > MAX_MARKDOWN_BLOCKS ? "markdownTooManyBlocks" : null;
}
