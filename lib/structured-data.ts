// Structured data: a thread as the schema.org DiscussionForumPosting that Google's forum guidelines describe.
import "server-only";
import type { ThreadComment } from "./comments";
import type { PostDetail } from "./posts";
import { commentHref, postHref, profileHref } from "./routes";

/** Longer text is cut: the page already carries every word, and a long thread would otherwise double in weight. */
export const STRUCTURED_TEXT_MAX = 5000;

type Person = { "@type": "Person"; name: string; url: string };
type InteractionCounter = { "@type": "InteractionCounter"; interactionType: string; userInteractionCount: number };

export type ForumComment =
  | {
      "@type": "Comment";
      url: string;
      author: Person;
      datePublished: string;
      dateModified: string;
      text: string;
      interactionStatistic: InteractionCounter[];
      comment?: ForumComment[];
    }
  // A tombstone, as the page shows it: kept only to hold its visible replies, with nothing of what was written.
  | { "@type": "Comment"; url: string; creativeWorkStatus: "Deleted"; comment?: ForumComment[] };

export type ForumPosting = {
  "@context": "https://schema.org";
  "@type": "DiscussionForumPosting";
  mainEntityOfPage: string;
  url: string;
  headline: string;
  text: string;
  datePublished: string;
  dateModified: string;
  author: Person;
  interactionStatistic: InteractionCounter[];
  comment: ForumComment[];
};

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

// A tag and its name, minding quoted attribute values: an image's alt text may hold a ">".
const TAG = /<\/?([a-z][a-z0-9]*)?(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
// Inline tags sit inside words and sentences ("**Rest**.", "`a < b`."); every other tag separates.
const INLINE_TAGS = new Set(["a", "abbr", "b", "code", "del", "em", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "u", "var"]);

/** The words of sanitised HTML, as plain text. Tags go first, so a decoded "<" can never start one. */
export function plainText(html: string, max = STRUCTURED_TEXT_MAX): string {
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

const counter = (type: string, count: number): InteractionCounter => ({
  "@type": "InteractionCounter",
  interactionType: `https://schema.org/${type}`,
  userInteractionCount: count,
});

const person = (author: { username: string; name: string }, origin: string): Person => ({
  "@type": "Person",
  name: author.name,
  url: origin + profileHref(author.username),
});

function toComment(post: PostDetail, c: ThreadComment, origin: string): ForumComment {
  const url = origin + commentHref(post.boardSlug, post.id, c.id);
  if (c.status !== "published") return { "@type": "Comment", url, creativeWorkStatus: "Deleted" };
  return {
    "@type": "Comment",
    url,
    author: person(c.author, origin),
    datePublished: c.createdAt.toISOString(),
    dateModified: (c.editedAt ?? c.createdAt).toISOString(),
    text: plainText(c.bodyHtml),
    interactionStatistic: [counter("LikeAction", c.likeCount)],
  };
}

/** Comments nested under the comments they reply to, as Google asks of threaded forums. */
function commentTree(post: PostDetail, comments: ThreadComment[], origin: string): ForumComment[] {
  const byId = new Map<number, ForumComment>();
  const top: ForumComment[] = [];
  for (const c of comments) {
    const node = toComment(post, c, origin);
    byId.set(c.id, node);
    // Thread order puts every parent before its replies; a reply whose parent is not listed at all joins the top.
    const parent = c.parentId === null ? undefined : byId.get(c.parentId);
    if (parent) (parent.comment ??= []).push(node);
    else top.push(node);
  }
  return top;
}

/** A thread as schema.org DiscussionForumPosting, comments included, with absolute URLs under `origin`. */
export function discussionForumPosting(post: PostDetail, comments: ThreadComment[], origin: string): ForumPosting {
  const url = origin + postHref(post.boardSlug, post.id);
  return {
    "@context": "https://schema.org",
    "@type": "DiscussionForumPosting",
    mainEntityOfPage: url,
    url,
    headline: post.title,
    text: plainText(post.bodyHtml),
    datePublished: post.createdAt.toISOString(),
    dateModified: (post.editedAt ?? post.createdAt).toISOString(),
    author: person(post.author, origin),
    interactionStatistic: [
      counter("ViewAction", post.viewCount),
      counter("CommentAction", post.commentCount),
      counter("LikeAction", post.likeCount),
    ],
    comment: commentTree(post, comments, origin),
  };
}

const SCRIPT_ESCAPES: Record<string, string> = { "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029" };

/**
 * JSON for inside a <script> element. "<" is escaped so that no "</script>" or "<!--" in a comment can end or
 * bend the element; the JSON still parses to the same value.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_ESCAPES[c] ?? c);
}
