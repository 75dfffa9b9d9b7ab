// Matches the admin's banned words in a text however they are spaced, punctuated, widened or split by hidden characters.
import type { PreparedText } from "./prepared";
import { skeletonOf, type Skeleton } from "./skeleton";

/** "block" refuses the text and names the word to the writer; "review" holds it for a moderator. */
export type BannedWord = { word: string; mode: "block" | "review" };
export type BannedWordMatch = { block?: string; review: boolean };

/**
 * Words this long match across spaces and punctuation ("v i a g r a", "v.i.a.g.r.a"), but only from the start
 * of a written word to the end of one, so "rapist" does not hit "therapist". Shorter words match only as one
 * whole written word, so "ass" hits "ＡＳＳ" and "a\u200Bss" but not "class", "a s s" or "glass seat".
 */
export const SKELETON_MATCH_MIN_LETTERS = 4;

/**
 * Korean attaches particles and builds compounds without spaces (카지노에서, 온라인카지노), and Chinese and Japanese
 * have no spaces at all, so words in these scripts match anywhere. The price: a short Korean word also hits longer
 * honest words that contain it (시발 in 시발점, "starting point"); such words belong in "review", not "block".
 */
const UNSPACED_SCRIPT = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/**
 * The first "block" word found (in list order), and whether any "review" word was found. Code and URLs are
 * searched too: a word in a code block is still shown, and one in a link's address still advertises.
 */
export function findBannedWords(text: PreparedText, bannedWords: BannedWord[]): BannedWordMatch {
  if (bannedWords.length === 0) return { review: false };
  const skeleton = text.skeleton;
  let review = false;
  for (const banned of bannedWords) {
    const word = skeletonOf(banned.word).text;
    if (word.length === 0 || !contains(skeleton, word)) continue;
    if (banned.mode === "block") return { block: banned.word, review };
    review = true;
  }
  return { review };
}

function contains(skeleton: Skeleton, word: string): boolean {
  if (UNSPACED_SCRIPT.test(word)) return skeleton.text.includes(word);
  const wholeWordOnly = [...word].length < SKELETON_MATCH_MIN_LETTERS;
  // Each indexOf costs at most the word's length per position, so the loop stays linear in the text.
  for (let at = skeleton.text.indexOf(word); at !== -1; at = skeleton.text.indexOf(word, at + 1)) {
    const last = at + word.length - 1;
    if (!skeleton.wordStart[at] || !skeleton.wordEnd[last]) continue;
    if (wholeWordOnly && skeleton.token[at] !== skeleton.token[last]) continue;
    return true;
  }
  return false;
}
