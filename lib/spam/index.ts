// Decides from its text alone whether a new or edited post or comment is published, held for review, or refused.
import { findBannedWords, type BannedWord } from "./banned-words";
import { hasHiddenHtml } from "./hidden-html";
import { hasHiddenInvisibles } from "./invisible";
import { hasTooManyLinks } from "./links";
import { prepareText } from "./prepared";
import { isRepeatedText } from "./repeats";
import { hasInjectedScript } from "./scripts";

export type { BannedWord } from "./banned-words";
export { NEW_ACCOUNT_LINK_AGE_MS, NEW_USER_MAX_LINKS } from "./links";
export { REPEAT_LIMIT, REPEAT_WINDOW_MS } from "./repeats";

export type HoldReason = "foreign-script" | "invisible-characters" | "hidden-html" | "too-many-links" | "banned-word";
export type RefuseReason = "banned-word" | "repeated-text";
export type SpamVerdict =
  | { action: "publish" }
  | { action: "hold"; reasons: HoldReason[] } // only the author and moderators see it until reviewed
  | { action: "refuse"; reason: RefuseReason; word?: string }; // a clear message to the writer

export type ContentCheckInput = {
  title?: string;
  body: string; // Markdown source as typed
  authorCreatedAt: Date;
  now: number;
  bannedWords: BannedWord[];
  recentTexts: string[]; // the author's own bodies from the last REPEAT_WINDOW_MS; leave out the one being edited
};

/**
 * Refusal beats hold beats publish. A blocked word is reported before a repeat, since naming the word tells
 * the writer what to change. Every hold reason is collected, so a moderator sees all of them at once.
 * Titles count for words, scripts and hidden characters; links and HTML only live in the rendered body.
 */
export function checkContent(input: ContentCheckInput): SpamVerdict {
  const text = prepareText(input);
  const banned = findBannedWords(text, input.bannedWords);
  if (banned.block !== undefined) return { action: "refuse", reason: "banned-word", word: banned.block };
  if (isRepeatedText(text, input.recentTexts)) return { action: "refuse", reason: "repeated-text" };

  const checks: [HoldReason, boolean][] = [
    ["foreign-script", hasInjectedScript(text)],
    ["invisible-characters", hasHiddenInvisibles(text)],
    ["hidden-html", hasHiddenHtml(text)],
    ["too-many-links", hasTooManyLinks(text, input.authorCreatedAt, input.now)],
    ["banned-word", banned.review],
  ];
  const reasons = checks.filter(([, held]) => held).map(([reason]) => reason);
  return reasons.length > 0 ? { action: "hold", reasons } : { action: "publish" };
}
