// Counts the links in a post or comment, and caps them for new accounts, whose link floods are the usual spam.
import type { PreparedText } from "./prepared";

/** Accounts younger than this may link only NEW_USER_MAX_LINKS times per post or comment; more is held for review. */
export const NEW_ACCOUNT_LINK_AGE_MS = 3 * 24 * 60 * 60 * 1000;
export const NEW_USER_MAX_LINKS = 2;

/**
 * One pass over the text; the earlier alternatives swallow the URL they contain so it is not counted twice.
 * Classes exclude the opening "[", "(" or "<", so a failed match stops at the next one: the scan stays linear.
 */
const LINK = new RegExp(
  [
    String.raw`<a(?<anchor>\s[^<>]*)>[^<]*(?:<\/a>)?`, // raw anchor, with the URL it may show as its text
    String.raw`(?<image>!\[[^\[\]\n]*\]\([^()\n]*\))`, // an image is not a link; matched so its URL is skipped
    // [text](target "title"): the target and the title part cannot share a character, so neither backtracks into the other.
    String.raw`\[[^\[\]\n]*\]\(\s*<?(?<inline>[^()\s<>]*)>?(?:\s[^()\n]*)?\)`,
    String.raw`^ {0,3}\[[^\[\]\n]+\]:[ \t]*<?(?<reference>[^\s>]+)`, // [ref]: target
    String.raw`<(?:https?:\/\/|www\.)[^<>\s]*>`, // <https://autolink>
    String.raw`\b(?:https?:\/\/|www\.)[^\s<>()[\]]+`, // bare URL, as GitHub Markdown links it
  ].join("|"),
  "gim",
);
const HREF = /(?:^|\s)href\s*=/i;
// In-page anchors and site-relative paths point back into the forum; they are not where spam sends people.
const LOCAL_TARGET = /^(?:#|\/(?!\/))/;

/** Every link a reader could follow, plus raw <a href> (dropped when rendered, but written to link). Code is not counted. */
export function countLinks(text: PreparedText): number {
  let count = 0;
  for (const match of text.bodyWithoutCode.matchAll(LINK)) {
    const groups = match.groups ?? {};
    if (groups.image !== undefined) continue;
    if (groups.anchor !== undefined && !HREF.test(groups.anchor)) continue;
    const target = groups.inline ?? groups.reference;
    if (target !== undefined && LOCAL_TARGET.test(target)) continue;
    count++;
  }
  return count;
}

/** True when an account under NEW_ACCOUNT_LINK_AGE_MS old writes more than NEW_USER_MAX_LINKS links. */
export function hasTooManyLinks(text: PreparedText, authorCreatedAt: Date, now: number): boolean {
  if (now - authorCreatedAt.getTime() >= NEW_ACCOUNT_LINK_AGE_MS) return false;
  return countLinks(text) > NEW_USER_MAX_LINKS;
}
