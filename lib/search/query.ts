// What a reader typed into search: its words and phrases, the FTS5 expressions that find them, and where they sit in text.

/** Shorter queries match too much to be useful, and a single syllable cannot use the trigram index. */
export const MIN_QUERY_CHARS = 2;
/** Longer input is pasted text, not a search; refusing it keeps every query cheap. */
export const MAX_QUERY_LENGTH = 200;
/** Words past this many are left out of the search (and the reader is told). */
export const MAX_TERMS = 8;

/** Hangul, kana and Han: scripts written without spaces between words, so they are matched as substrings. */
const GRAM_SCRIPT = /[\uAC00-\uD7A3\u1100-\u11FF\u3131-\u318E\u3400-\u4DBF\u4E00-\u9FFF\u3041-\u30FF]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const QUOTES = /[“”„«»]/g;
/** NUL ends a string inside FTS5's query parser; no control character means anything in a search. */
const CONTROL = /\p{Cc}/gu;

/**
 * A word or a quoted phrase. "words" terms match whole words in the unicode61 index; "grams" terms (two or more
 * characters with Hangul, kana or Han) match anywhere inside words, through the trigram index.
 */
export type SearchTerm = { text: string; phrase: boolean; index: "words" | "grams" };

export type QueryProblem = "empty" | "tooShort" | "tooLong";
export type ParsedQuery = { ok: true; terms: SearchTerm[]; dropped: number } | { ok: false; problem: QueryProblem };

const length = (text: string) => Array.from(text).length;
const wordChars = (text: string) => Array.from(text).filter((c) => WORD_CHAR.test(c)).length;

/** Splits a query into words and "quoted phrases"; an unclosed quote runs to the end. Nothing here can throw. */
export function parseQuery(raw: string): ParsedQuery {
  const input = raw.normalize("NFC").replace(QUOTES, '"').replace(CONTROL, " ").trim();
  if (input === "") return { ok: false, problem: "empty" };
  if (input.length > MAX_QUERY_LENGTH) return { ok: false, problem: "tooLong" };
  const pieces: { text: string; phrase: boolean }[] = [];
  input.split('"').forEach((part, i) => {
    if (i % 2 === 1) pieces.push({ text: part.replace(/\s+/g, " ").trim(), phrase: true });
    else for (const word of part.split(/\s+/)) pieces.push({ text: word, phrase: false });
  });
  const seen = new Set<string>();
  const terms: SearchTerm[] = [];
  for (const piece of pieces) {
    const text = piece.text.replace(EDGE_PUNCTUATION, "");
    const key = `${piece.phrase}:${text.toLowerCase()}`;
    if (wordChars(text) === 0 || seen.has(key)) continue;
    seen.add(key);
    const phrase = piece.phrase && /\s/.test(text);
    terms.push({ text, phrase, index: GRAM_SCRIPT.test(text) && length(text) >= 2 ? "grams" : "words" });
  }
  if (terms.reduce((n, t) => n + wordChars(t.text), 0) < MIN_QUERY_CHARS) return { ok: false, problem: "tooShort" };
  return { ok: true, terms: terms.slice(0, MAX_TERMS), dropped: Math.max(0, terms.length - MAX_TERMS) };
}

/** An FTS5 string: whatever the reader typed, FTS5 sees one quoted string, never operators or column names. */
export const ftsString = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** The scope tokens the migration writes: " b<board id> u<first 8 characters of the author id> ". */
export type Scope = { boardId: number | null; authorId: string | null; archivedBoardIds: number[] };

function scopeExpression(scope: Scope, token: (value: string) => string): { require: string[]; exclude: string | null } {
  const require: string[] = [];
  if (scope.boardId !== null) require.push(`scope : ${token(`b${scope.boardId}`)}`);
  if (scope.authorId !== null) require.push(`scope : ${token(`u${scope.authorId.slice(0, 8)}`)}`);
  const exclude = scope.archivedBoardIds.length
    ? `scope : (${scope.archivedBoardIds.map((id) => token(`b${id}`)).join(" OR ")})`
    : null;
  return { require, exclude };
}

function combine(text: string, scope: Scope, token: (value: string) => string): string {
  const { require, exclude } = scopeExpression(scope, token);
  const positive = [text, ...require].join(" AND ");
  return exclude ? `(${positive}) NOT ${exclude}` : positive;
}

/** The MATCH expression for the unicode61 index: every term, as a word or phrase, in the given text columns. */
export function wordsExpression(terms: SearchTerm[], columns: string, scope: Scope): string {
  const text = terms.map((t) => ftsString(t.text)).join(" AND ");
  return combine(`{${columns}} : (${text})`, scope, ftsString);
}

/**
 * The MATCH expression for the trigram index. Two-character terms arrive already expanded into the trigrams that
 * begin with them (`expansions`); a term with none matches nothing, so the caller skips the search. Plain Latin
 * words of three or more letters narrow the search as substrings; the words index then confirms them as words.
 */
export function gramsExpression(terms: SearchTerm[], expansions: Map<string, string[]>, columns: string, scope: Scope): string {
  const parts: string[] = [];
  for (const term of terms) {
    const expanded = expansions.get(term.text);
    if (term.index === "grams") {
      parts.push(expanded ? `(${expanded.map(ftsString).join(" OR ")})` : ftsString(term.text));
    } else if (/^[\p{L}\p{N}]{3,}$/u.test(term.text)) {
      parts.push(ftsString(term.text));
    }
  }
  return combine(`{${columns}} : (${parts.join(" AND ")})`, scope, (value) => ftsString(` ${value} `));
}

/** Terms of the trigram index too short for a trigram of their own: they need expanding before they can match. */
export const shortGramTerms = (terms: SearchTerm[]) =>
  terms.filter((t) => t.index === "grams" && length(t.text) < 3).map((t) => t.text);

// Highlighting. The snippet is built here rather than by FTS5's snippet(): the indexes keep no text, and building it
// in code means every character of the reader's text is escaped and the only markup is our own <mark>.

export const SNIPPET_LENGTH = 180;
const SNIPPET_LEAD = 50;
const WORD = "[\\p{L}\\p{N}]";
const NOT_WORD = "[^\\p{L}\\p{N}]";
const HANGUL = /\p{Script=Hangul}/u;
const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** The text a reader sees in rendered Markdown: tags dropped, character references decoded, spaces collapsed. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] !== "#") return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/\s+/g, " ")
    .trim();
}

/** Latin letters that may carry accents, and combining marks: only text with these needs decomposing. */
const ACCENTED = /[\u00C0-\u02AF\u0300-\u036F\u1E00-\u1EFF]/;

/** Case and accents folded as the indexes fold them; Hangul is recomposed afterwards, so syllables stay whole. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  return ACCENTED.test(lower) ? lower.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC") : lower;
}

/** The folded text with, for each of its code units, the span of the original character it came from. */
function foldWithPlaces(text: string): { folded: string; from: number[]; to: number[] } {
  let folded = "";
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const char of text) {
    const f = foldText(char);
    for (let k = 0; k < f.length; k++) {
      from.push(i);
      to.push(i + char.length);
    }
    folded += f;
    i += char.length;
  }
  return { folded, from, to };
}

/** A term as a pattern over folded text: a whole word or phrase for the words index, a substring for the grams one. */
function termPattern(term: SearchTerm): string | null {
  const folded = foldText(term.text);
  if (term.index === "grams") return folded.split(/\s+/).filter(Boolean).map(escapeRegExp).join("\\s+") || null;
  const words = folded.split(new RegExp(`${NOT_WORD}+`, "u")).filter(Boolean);
  if (words.length === 0) return null;
  const text = words.map(escapeRegExp).join(`${NOT_WORD}+`);
  return `(?<!${sameScriptWord(text.at(0)!)})${text}(?!${sameScriptWord(text.at(-1)!)})`;
}

/**
 * What may not touch a word's edge for it to be a whole word: a letter or digit of the same kind. The words index
 * splits Hangul from other scripts (db/search-functions.ts), so "Notion" is a whole word in "Notion이랑".
 */
function sameScriptWord(edge: string): string {
  return HANGUL.test(edge) ? HANGUL.source : `(?:(?!${HANGUL.source})${WORD})`;
}

/** One global expression per term, for counting; each finds what the index matched for that term. */
export function termMatchers(terms: SearchTerm[]): RegExp[] {
  return terms.map(termPattern).filter((p): p is string => p !== null).map((p) => new RegExp(p, "gu"));
}

/** How many times each matcher occurs in a text. */
export function countTerms(text: string, matchers: RegExp[]): number[] {
  const folded = foldText(text);
  return matchers.map((re) => Array.from(folded.matchAll(re)).length);
}

/** Where the terms occur in a text, as sorted, non-overlapping [start, end) ranges of the original string. */
export function findTerms(text: string, terms: SearchTerm[]): [number, number][] {
  const patterns = terms.map(termPattern).filter((p): p is string => p !== null);
  if (patterns.length === 0 || text === "") return [];
  const { folded, from, to } = foldWithPlaces(text);
  const ranges: [number, number][] = [];
  for (const match of folded.matchAll(new RegExp(patterns.sort((a, b) => b.length - a.length).join("|"), "gu"))) {
    if (match[0].length === 0) continue;
    const start = from[match.index]!;
    const end = to[match.index + match[0].length - 1]!;
    const last = ranges.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  }
  return ranges;
}

/** The text escaped for HTML, with each range wrapped in <mark>. */
function markRanges(text: string, ranges: [number, number][], offset = 0): string {
  let html = "";
  let at = 0;
  for (const [start, end] of ranges) {
    const s = Math.max(start - offset, at);
    const e = Math.min(end - offset, text.length);
    if (e <= s) continue;
    html += `${escapeHtml(text.slice(at, s))}<mark>${escapeHtml(text.slice(s, e))}</mark>`;
    at = e;
  }
  return html + escapeHtml(text.slice(at));
}

/** A short text (a title) as safe HTML with its matches marked. */
export const highlight = (text: string, terms: SearchTerm[]) => markRanges(text, findTerms(text, terms));

/** Up to SNIPPET_LENGTH characters around the first match, as safe HTML with the matches marked. */
export function snippet(text: string, terms: SearchTerm[]): string {
  const ranges = findTerms(text, terms);
  let start = ranges.length ? Math.max(0, ranges[0]![0] - SNIPPET_LEAD) : 0;
  if (start > 0) {
    const space = text.indexOf(" ", start);
    if (space !== -1 && space < ranges[0]![0]) start = space + 1;
  }
  const end = Math.min(text.length, start + SNIPPET_LENGTH);
  const body = markRanges(text.slice(start, end), ranges, start);
  return `${start > 0 ? "…" : ""}${body}${end < text.length ? "…" : ""}`;
}
