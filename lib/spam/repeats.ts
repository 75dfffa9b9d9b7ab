// Refuses the same text posted again and again by one account: copy-paste flooding across boards and threads.
import type { PreparedText } from "./prepared";
import { skeletonText } from "./skeleton";

/** The caller passes the author's own posts and comments (bodies) written within this window. */
export const REPEAT_WINDOW_MS = 60 * 60 * 1000;
/**
 * Refused once the same text already appears this many times in the window: the third copy within the hour.
 * The second copy passes: a double submit on a slow connection, or a question moved to the right board.
 */
export const REPEAT_LIMIT = 2;
/** Texts shorter than this (in letters and digits) are replies anyone repeats honestly: "thanks!", "+1", "감사합니다". */
export const REPEAT_MIN_LETTERS = 20;

/**
 * Compares letters and digits only, lower-cased and width-folded, so added spaces, punctuation, case or
 * zero-width characters do not make a copy look new. A near-copy with a word changed is not caught here.
 */
export function isRepeatedText(text: PreparedText, recentTexts: string[]): boolean {
  const key = text.bodySkeleton;
  if ([...key].length < REPEAT_MIN_LETTERS) return false;
  let copies = 0;
  for (const recent of recentTexts) {
    if (skeletonText(recent) === key && ++copies >= REPEAT_LIMIT) return true;
  }
  return false;
}
