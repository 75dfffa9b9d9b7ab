// Sanitised HTML turned back into plain words: for excerpts, descriptions and structured data.

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

// A tag and its name, minding quoted attribute values: an image's alt text may hold a ">".
const TAG = /<\/?([a-z][a-z0-9]*)?(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
// Inline tags sit inside words and sentences ("**Rest**.", "`a < b`."); every other tag separates.
const INLINE_TAGS = new Set(["a", "abbr", "b", "code", "del", "em", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "u", "var"]);

/** The words of sanitised HTML, as plain text. Tags go first, so a decoded "<" can never start one. */
export function plainText(html: string, max: number): string {
  const text = html
    .replace(TAG, (_, name?: string) => (name && INLINE_TAGS.has(name.toLowerCase()) ? "" : " "))
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] !== "#") return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    })
    .replace(/\s+/g, " ")
    .trim();
  const chars = Array.from(text); // by code point, so a cut never splits an emoji or a surrogate pair
  return chars.length > max ? `${chars.slice(0, max - 1).join("").trimEnd()}…` : text;
}
