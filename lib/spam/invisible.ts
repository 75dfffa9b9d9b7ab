// Zero-width and direction-control characters that hide a word from readers or split it past a filter.
import type { PreparedText } from "./prepared";

/**
 * Soft hyphen, Mongolian vowel separator, zero-width space/non-joiner/joiner, LRM/RLM, bidi embeddings and
 * overrides, word joiner and invisible math operators, bidi isolates, BOM. All are format characters (Cf).
 */
export const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

const ZWSP = "\u200B";
const ZWNJ = "\u200C";
const ZWJ = "\u200D";
const SOFT_HYPHEN = "\u00AD";
const BOM = "\uFEFF";
// LRO and RLO reverse how the following text reads: the "Trojan source" trick, never needed in prose.
const BIDI_OVERRIDE = /[\u202D\u202E]/u;
// Marks, embeddings and isolates that right-to-left writers use to keep numbers and Latin words in place.
const BIDI_FORMATTING = /[\u200E\u200F\u202A-\u202C\u2066-\u2069]/u;
const RIGHT_TO_LEFT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
// Scripts whose spelling needs ZWJ/ZWNJ: Persian and Arabic shaping, Indic conjuncts.
const JOINING_SCRIPT =
  /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}]/u;
// Scripts written without spaces, where ZWSP marks a word break for line wrapping.
const UNSPACED_SCRIPT = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const EMOJI_MODIFIER = /[\uFE0F\p{Emoji_Modifier}]/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** True when an invisible character hides or splits text; the ordinary uses (emoji ZWJ sequences, RTL marks in RTL text, Persian ZWNJ, a leading BOM) pass. */
export function hasHiddenInvisibles({ whole }: PreparedText): boolean {
  if (!INVISIBLE.test(whole)) return false;
  const chars = Array.from(whole);
  const rightToLeft = RIGHT_TO_LEFT.test(whole);
  return chars.some((char, i) => INVISIBLE.test(char) && !isOrdinaryUse(char, chars, i, rightToLeft));
}

function isOrdinaryUse(char: string, chars: string[], i: number, rightToLeft: boolean): boolean {
  const before = chars[i - 1] ?? "";
  const after = chars[i + 1] ?? "";
  if (char === BOM) return i === 0; // a file pasted with its byte-order mark
  if (char === ZWJ) return (emojiBefore(chars, i) && PICTOGRAPH.test(after)) || JOINING_SCRIPT.test(before);
  if (char === ZWNJ) return JOINING_SCRIPT.test(before);
  if (char === ZWSP) return UNSPACED_SCRIPT.test(before) && UNSPACED_SCRIPT.test(after);
  if (char === SOFT_HYPHEN) return !(WORD_CHAR.test(before) && WORD_CHAR.test(after));
  if (BIDI_OVERRIDE.test(char)) return false;
  if (BIDI_FORMATTING.test(char)) return rightToLeft;
  return false;
}

/** An emoji, possibly followed by a variation selector and a skin tone (at most two steps back, so the scan stays linear). */
function emojiBefore(chars: string[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const char = chars[j] ?? "";
    if (PICTOGRAPH.test(char)) return true;
    if (!EMOJI_MODIFIER.test(char)) return false;
  }
  return false;
}
