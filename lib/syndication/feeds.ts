// Atom feeds: the newest visible posts, site-wide and per board, with their full sanitised bodies.
import "server-only";
import { Feed } from "feed";
import { getBoard } from "../content/boards";
// Feeds are not negotiated per reader, so their fixed words come from the default locale.
import messages from "../i18n/messages/en.json";
import { boardHref, postHref, profileHref } from "../routes";
import { listFeedPosts, type FeedPost } from "./sitemaps";

export const SITE_FEED_PATH = "/feed.xml";
export const boardFeedHref = (slug: string) => `${boardHref(slug)}/feed.xml`;

/** Readers poll often; five minutes keeps them cheap without hiding a new post, or a removal, for long. */
const FEED_CACHE_SECONDS = 300;

export const FEED_HEADERS = {
  "Content-Type": "application/atom+xml; charset=utf-8",
  "Cache-Control": `public, max-age=${FEED_CACHE_SECONDS}`,
} as const;

// Characters XML 1.0 forbids even when escaped, lone surrogates included: one would make the whole feed unreadable.
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const xmlSafe = (value: string) => value.replace(XML_FORBIDDEN, "");

// feed 6 writes text elements through xml-js, which turns "&amp;" back into "&" before escaping: doubling every
// "&" first cancels that out, so a name like "Q&amp;A" arrives as written.
const asText = (value: string) => xmlSafe(value).replaceAll("&", "&amp;");

// Titles and bodies go out as type="html" inside CDATA, and feed 6 splits only the first "]]>" of each:
// none may be left. In HTML "&gt;" reads as ">", so the text is unchanged. (Sanitised bodies have no script or style.)
const asHtml = (html: string) => xmlSafe(html).replaceAll("]]>", "]]&gt;");

/**
 * Links and images inside a body made absolute: the pipeline writes this site's own as paths (a mention's
 * `/u/name`, an upload's `/media/…`), which a feed reader showing the entry elsewhere could not follow.
 */
const absoluteLinks = (html: string, origin: string) => html.replace(/\b(href|src)="\/(?![/\\])/g, `$1="${origin}/`);

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

type FeedHead = { title: string; subtitle: string; pagePath: string; feedPath: string };

function atom(origin: string, head: FeedHead, entries: FeedPost[]): string {
  const updatedAt = (post: FeedPost) => post.editedAt ?? post.createdAt;
  const newest = entries.reduce<Date | undefined>((latest, p) => (latest && latest > updatedAt(p) ? latest : updatedAt(p)), undefined);
  const feed = new Feed({
    id: origin + head.feedPath,
    title: asText(head.title),
    description: asText(head.subtitle),
    link: origin + head.pagePath,
    feedLinks: { atom: origin + head.feedPath },
    updated: newest,
    generator: false,
  });
  for (const post of entries) {
    const url = origin + postHref(post.boardSlug, post.id);
    feed.addItem({
      id: url,
      link: url,
      // The title element is type="html": a title that mentions <b> must arrive as text, not markup.
      title: asHtml(escapeHtml(post.title)),
      content: asHtml(absoluteLinks(post.bodyHtml, origin)),
      author: [{ name: asText(post.author.name), link: origin + profileHref(post.author.username) }],
      published: post.createdAt,
      date: updatedAt(post),
    });
  }
  return feed.atom1();
}

/** The site-wide feed at /feed.xml. */
export async function siteFeed(origin: string): Promise<string> {
  const head = { title: messages.site.name, subtitle: messages.site.tagline, pagePath: "/", feedPath: SITE_FEED_PATH };
  return atom(origin, head, await listFeedPosts(null));
}

/** A board's feed, or null for a board that does not exist or is archived. */
export async function boardFeed(origin: string, slug: string): Promise<string | null> {
  const board = await getBoard(slug);
  if (!board) return null;
  const head = {
    title: `${board.name} · ${messages.site.name}`,
    subtitle: board.description || messages.site.tagline,
    pagePath: boardHref(board.slug),
    feedPath: boardFeedHref(board.slug),
  };
  return atom(origin, head, await listFeedPosts(board.id));
}
