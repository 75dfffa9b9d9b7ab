// Structured data: a thread as the schema.org DiscussionForumPosting that Google's forum guidelines describe.
import "server-only";
import type { ThreadComment } from "../content/comments";
import type { PostDetail } from "../content/posts";
import { plainText as plainWords } from "../content/plain-text";
import { postHref, profileHref, threadPageHref } from "../routes";

/** Longer text is cut: the page already carries every word, and a long thread would otherwise double in weight. */
export const STRUCTURED_TEXT_MAX = 5000;

type Person = { "@type": "Person"; name: string; url: string };
type InteractionCounter = { "@type": "InteractionCounter"; interactionType: string; userInteractionCount: number };

export type ForumComment =
  | {
      "@type": "Comment";
      author: { "@type": "Person"; name: string };
      datePublished: string;
      dateModified?: string;
      text: string;
      interactionStatistic?: InteractionCounter[];
      comment?: ForumComment[];
    }
  // A tombstone, as the page shows it: kept only to hold its visible replies, with nothing of what was written.
  | { "@type": "Comment"; creativeWorkStatus: "Deleted"; comment?: ForumComment[] };

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


/** Structured data carries at most STRUCTURED_TEXT_MAX characters of a text. */
export const plainText = (html: string, max = STRUCTURED_TEXT_MAX) => plainWords(html, max);

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

/**
 * A comment with what Google's forum guidelines require of one (author name, date, text) and nothing that only
 * repeats: a page carries a hundred of these, each sent twice (in the HTML and in React's payload). So no URLs (the
 * comment's is the page's plus its #comment-N anchor, the author's is on the page), no dateModified unless edited,
 * no zero like count.
 */
function toComment(c: ThreadComment): ForumComment {
  if (c.status !== "published") return { "@type": "Comment", creativeWorkStatus: "Deleted" };
  return {
    "@type": "Comment",
    author: { "@type": "Person", name: c.author.name },
    datePublished: c.createdAt.toISOString(),
    ...(c.editedAt ? { dateModified: c.editedAt.toISOString() } : {}),
    text: plainText(c.bodyHtml),
    ...(c.likeCount > 0 ? { interactionStatistic: [counter("LikeAction", c.likeCount)] } : {}),
  };
}

/** Comments nested under the comments they reply to, as Google asks of threaded forums. */
function commentTree(comments: ThreadComment[]): ForumComment[] {
  const byId = new Map<number, ForumComment>();
  const top: ForumComment[] = [];
  for (const c of comments) {
    const node = toComment(c);
    byId.set(c.id, node);
    // Thread order puts every parent before its replies; a reply whose parent is not listed at all joins the top.
    const parent = c.parentId === null ? undefined : byId.get(c.parentId);
    if (parent) (parent.comment ??= []).push(node);
    else top.push(node);
  }
  return top;
}

/**
 * A thread as schema.org DiscussionForumPosting with the comments of one comment page (lib/content/comment-pages.ts), with
 * absolute URLs under `origin`. The posting's url is the thread's first page; mainEntityOfPage is the page shown.
 */
export function discussionForumPosting(post: PostDetail, comments: ThreadComment[], origin: string, page = 1): ForumPosting {
  const url = origin + postHref(post.boardSlug, post.id);
  return {
    "@context": "https://schema.org",
    "@type": "DiscussionForumPosting",
    mainEntityOfPage: origin + threadPageHref(post.boardSlug, post.id, page),
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
    comment: commentTree(comments),
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
