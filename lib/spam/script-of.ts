// Which writing system a letter belongs to, and how much text one letter of it stands for.

export type Script =
  | "latin"
  | "hangul"
  | "han"
  | "kana"
  | "cyrillic"
  | "greek"
  | "arabic"
  | "hebrew"
  | "thai"
  | "devanagari"
  | "other";

const SCRIPT_TESTS: [Script, RegExp][] = [
  ["latin", /\p{Script=Latin}/u],
  ["hangul", /\p{Script=Hangul}/u],
  ["han", /\p{Script=Han}/u],
  ["kana", /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ["cyrillic", /\p{Script=Cyrillic}/u],
  ["greek", /\p{Script=Greek}/u],
  ["arabic", /\p{Script=Arabic}/u],
  ["hebrew", /\p{Script=Hebrew}/u],
  ["thai", /\p{Script=Thai}/u],
  ["devanagari", /\p{Script=Devanagari}/u],
];
const LETTER = /\p{L}/u;
// Letters shared by several scripts (the kana length mark ー, ª) say nothing about which one a text is in.
const SHARED = /[\p{Script=Common}\p{Script=Inherited}]/u;
const ASCII_LETTER = /[A-Za-z]/;

/** The script of a letter; null for digits, marks, punctuation, symbols, emoji and shared letters. */
export function scriptOf(char: string): Script | null {
  if (char.length === 1 && char.charCodeAt(0) < 0x80) return ASCII_LETTER.test(char) ? "latin" : null;
  if (!LETTER.test(char) || SHARED.test(char)) return null;
  for (const [script, test] of SCRIPT_TESTS) if (test.test(char)) return script;
  return "other";
}

/** Hangul syllables, Han characters and kana each write about a word part, where Latin needs two or three letters. */
export function isSyllabic(script: Script): boolean {
  return script === "hangul" || script === "han" || script === "kana";
}

/** Weight of one letter, in Latin letters, so a Korean or Chinese passage is not undercounted against English. */
export const SYLLABIC_LETTER_WEIGHT = 2;

export function letterWeight(script: Script): number {
  return isSyllabic(script) ? SYLLABIC_LETTER_WEIGHT : 1;
}
