// A text reduced to its letters and digits, so spacing, punctuation, hidden characters, width and case disguise nothing.
import { INVISIBLE } from "./invisible";

/**
 * Per UTF-16 unit of `text`: whether it starts or ends a written word, and which word (token) it came from.
 * A word is a stretch of letters, marks and digits between spaces or punctuation in the original text.
 */
export type Skeleton = { text: string; wordStart: boolean[]; wordEnd: boolean[]; token: number[] };

/** Cyrillic and Greek letters drawn like Latin ones, folded so "саsino" typed with Cyrillic а and с reads casino. */
const LOOKALIKES: Record<string, string> = {
  а: "a", в: "b", е: "e", к: "k", м: "m", н: "h", о: "o", р: "p", с: "c", т: "t", у: "y", х: "x", і: "i", ј: "j", ѕ: "s",
  α: "a", ε: "e", ι: "i", κ: "k", ν: "v", ο: "o", ρ: "p", τ: "t", υ: "u", χ: "x",
};
const LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKES).join("")}]`, "gu");
const LATIN_ACCENTS = /(\p{Script=Latin})\p{Mn}+/gu;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const NOT_WORD_CHAR = /[^\p{L}\p{M}\p{N}]/gu;

/** NFKC (full-width ｖｉａｇｒａ becomes viagra), lower case, accents on Latin letters dropped, lookalikes folded. */
export function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFD")
    .replace(LATIN_ACCENTS, "$1")
    .normalize("NFC")
    .replace(LOOKALIKE, (char) => LOOKALIKES[char] ?? char);
}

/** Just the letters and digits, for comparing two texts. */
export function skeletonText(text: string): string {
  return normalise(text).replace(NOT_WORD_CHAR, "");
}

/** The letters and digits with word boundaries kept. Hidden characters vanish without splitting the word they sit in. */
export function skeletonOf(text: string): Skeleton {
  const skeleton: Skeleton = { text: "", wordStart: [], wordEnd: [], token: [] };
  const parts: string[] = [];
  let separated = true;
  let token = -1;
  for (const char of normalise(text)) {
    if (!WORD_CHAR.test(char)) {
      if (!INVISIBLE.test(char)) separated = true;
      continue;
    }
    if (separated) {
      token++;
      if (skeleton.wordEnd.length > 0) skeleton.wordEnd[skeleton.wordEnd.length - 1] = true;
    }
    for (let unit = 0; unit < char.length; unit++) {
      skeleton.wordStart.push(separated && unit === 0);
      skeleton.wordEnd.push(false);
      skeleton.token.push(token);
    }
    parts.push(char);
    separated = false;
  }
  if (skeleton.wordEnd.length > 0) skeleton.wordEnd[skeleton.wordEnd.length - 1] = true;
  skeleton.text = parts.join("");
  return skeleton;
}
