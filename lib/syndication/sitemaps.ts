// Syndication: the queries behind the Atom feeds and the sitemaps, and the sitemap documents built from them.
import "server-only";
import { and, asc, count, desc, eq, gt, inArray, lte, max, sql } from "drizzle-orm";
import { first, getDb, usesPostgres } from "@/db";
import { boards, posts, users } from "@/db/schema";
import type { Author } from "../content/posts";
import { boardHref, postHref } from "../routes";

/** How many posts a feed carries: enough for a reader polling every few hours on a busy board. */
export const FEED_SIZE = 20;

export type FeedPost = {
  id: number;
  title: string;
  boardSlug: string;
  author: Author;
  bodyHtml: string;
  createdAt: Date;
  editedAt: Date | null;
};

const visible = and(eq(posts.status, "published"), eq(boards.archived, false));

/**
 * The newest visible posts, site-wide or of one board, newest first. Site-wide, "newest" is by time written,
 * read in order from the (status, created) index as the home page does. In a board it is by id, read from the
 * (board, status, id) index: twenty seeks however quiet the board, where ordering by time would walk every
 * post of the site, or sort every post of the board, on each poll. Ids are handed out in the order posts are written.
 */
export async function listFeedPosts(boardId: number | null, limit = FEED_SIZE): Promise<FeedPost[]> {
  const order = boardId === null ? [desc(posts.createdAt), desc(posts.id)] : [desc(posts.id)];
  return (await getDb()
    .select({
      id: posts.id,
      title: posts.title,
      boardSlug: boards.slug,
      authorUsername: users.username,
      authorName: users.name,
      bodyHtml: posts.bodyHtml,
      createdAt: posts.createdAt,
      editedAt: posts.editedAt,
    })
    .from(posts)
    .innerJoin(boards, eq(boards.id, posts.boardId))
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(boardId === null ? visible : and(visible, eq(posts.boardId, boardId)))
    .orderBy(...order)
    .limit(limit))
    .map(({ authorUsername, authorName, ...post }) => ({ ...post, author: { username: authorUsername, name: authorName } }));
}

export type SitemapBoard = { slug: string; newestPostAt: Date | null };

/** Open boards in display order, each with when its newest visible post was written. */
export async function listSitemapBoards(): Promise<SitemapBoard[]> {
  // One seek per board in the (board, status, id) index. The outer column is named in full: a bare "id" here
  // would be the subquery's own p.id.
  const newest = sql<number | null>`(select p.created_at from ${posts} p
    where p.board_id = ${boards}.id and p.status = 'published' order by p.id desc limit 1)`;
  return (await getDb()
    .select({ slug: boards.slug, newest })
    .from(boards)
    .where(eq(boards.archived, false))
    .orderBy(asc(boards.position), asc(boards.id)))
    .map((b) => ({ slug: b.slug, newestPostAt: b.newest === null ? null : new Date(b.newest) }));
}

const openBoardIds = () => getDb().select({ id: boards.id }).from(boards).where(eq(boards.archived, false));

// Written as "board in (open boards)" so that SQLite answers from the (board, status, id) index without reading posts.
const visibleInIndex = () => and(inArray(posts.boardId, openBoardIds()), eq(posts.status, "published"));

/** How many posts are visible, counting no further than `upTo`: enough to decide between one sitemap and an index. */
export async function countVisiblePosts(upTo: number): Promise<number> {
  const db = getDb();
  const capped = db.select({ id: posts.id }).from(posts).where(visibleInIndex()).limit(upTo).as("capped");
  return (await first(db.select({ n: count() }).from(capped)))?.n ?? 0;
}

/** The highest post id ever given out: the end of the last sitemap id range. */
export async function lastPostId(): Promise<number> {
  return (await first(getDb().select({ id: max(posts.id) }).from(posts)))?.id ?? 0;
}

/** Above every id: the largest a 32-bit integer id column holds (PostgreSQL refuses a larger parameter for one). */
const MAX_ID = 2_147_483_647;

/** Whether any visible post has an id in (afterId, upToId]. */
export async function hasVisiblePosts(afterId: number, upToId: number): Promise<boolean> {
  const row = await first(getDb()
    .select({ id: posts.id })
    .from(posts)
    .where(and(visibleInIndex(), gt(posts.id, afterId), lte(posts.id, upToId)))
    .limit(1));
  return row !== undefined;
}

export type SitemapPost = { id: number; boardSlug: string; modifiedAt: Date };

// "+status" keeps SQLite from reaching for the status index, which would walk every published post and sort
// them; the id range on the primary key reads only the rows of this chunk, already in order. PostgreSQL's planner
// weighs the range itself (and has no unary plus for text).
const publishedByRowid = () =>
  and(usesPostgres() ? eq(posts.status, "published") : eq(sql`+${posts.status}`, "published"), eq(boards.archived, false));

/** Visible posts with an id in (afterId, upToId], by id, read by primary key range. */
export async function listSitemapPosts(afterId: number, upToId: number, limit: number): Promise<SitemapPost[]> {
  return (await getDb()
    .select({
      id: posts.id,
      boardSlug: boards.slug,
      createdAt: posts.createdAt,
      editedAt: posts.editedAt,
      lastActivityAt: posts.lastActivityAt,
    })
    .from(posts)
    .innerJoin(boards, eq(boards.id, posts.boardId))
    .where(and(publishedByRowid(), gt(posts.id, afterId), lte(posts.id, upToId)))
    .orderBy(asc(posts.id))
    .limit(limit))
    .map((p) => ({
      id: p.id,
      boardSlug: p.boardSlug,
      // A thread page changes when its post is edited and when someone comments on it.
      modifiedAt: new Date(Math.max((p.editedAt ?? p.createdAt).getTime(), p.lastActivityAt.getTime())),
    }));
}

/** The most URLs one sitemap file may hold, by the sitemaps.org protocol that search engines enforce. */
export const SITEMAP_MAX_URLS = 50_000;

export const SITEMAP_PATH = "/sitemap.xml";

/** Crawlers fetch sitemaps a few times a day at most; an hour spares the database without going stale. */
const SITEMAP_CACHE_SECONDS = 3600;

export const SITEMAP_HEADERS = {
  "Content-Type": "application/xml; charset=utf-8",
  "Cache-Control": `public, max-age=${SITEMAP_CACHE_SECONDS}`,
} as const;

/**
 * Sitemap chunk n lives at /sitemaps/<n>.xml. Chunk 0 holds the home page and the boards (staff make boards, so
 * they stay few); chunk n >= 1 the posts with ids in ((n-1)*size, n*size]. Fixed id ranges keep each post in the
 * same file as posts come and go, so crawlers re-fetch only the files that changed.
 */
export const sitemapChunkHref = (n: number) => `/sitemaps/${n}.xml`;

/** The chunk number in a /sitemaps/<n>.xml segment; capped at nine digits so id ranges stay exact integers. */
export function parseSitemapChunk(segment: string): number | null {
  const match = /^(0|[1-9]\d{0,8})\.xml$/.exec(segment);
  return match ? Number(match[1]) : null;
}

type SitemapUrl = { path: string; lastmod: Date | null };

async function pageUrls(): Promise<SitemapUrl[]> {
  const open = await listSitemapBoards();
  const times = open.flatMap((b) => (b.newestPostAt ? [b.newestPostAt.getTime()] : []));
  const home = { path: "/", lastmod: times.length > 0 ? new Date(Math.max(...times)) : null };
  return [home, ...open.map((b) => ({ path: boardHref(b.slug), lastmod: b.newestPostAt }))];
}

async function postUrls(afterId: number, upToId: number, limit: number): Promise<SitemapUrl[]> {
  return (await listSitemapPosts(afterId, upToId, limit)).map((p) => ({ path: postHref(p.boardSlug, p.id), lastmod: p.modifiedAt }));
}

const XML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const escapeXml = (value: string) => value.replace(/[&<>"']/g, (c) => XML_ENTITIES[c] ?? c);
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

function urlsetXml(origin: string, urls: SitemapUrl[]): string {
  const entries = urls.map(
    (u) => `<url><loc>${escapeXml(origin + u.path)}</loc>${u.lastmod ? `<lastmod>${u.lastmod.toISOString()}</lastmod>` : ""}</url>`,
  );
  return [XML_DECLARATION, `<urlset xmlns="${SITEMAP_NS}">`, ...entries, "</urlset>", ""].join("\n");
}

// No <lastmod> per chunk: finding it would read every post row, and the files' own <lastmod>s carry it anyway.
function sitemapIndexXml(origin: string, chunks: number[]): string {
  const entries = chunks.map((n) => `<sitemap><loc>${escapeXml(origin + sitemapChunkHref(n))}</loc></sitemap>`);
  return [XML_DECLARATION, `<sitemapindex xmlns="${SITEMAP_NS}">`, ...entries, "</sitemapindex>", ""].join("\n");
}

/**
 * /sitemap.xml: every URL in one file while they fit in `maxUrls`, otherwise an index of the chunks that have any.
 * The index costs one bounded count plus one indexed lookup per id range; it never reads the posts themselves.
 */
export async function sitemapXml(origin: string, maxUrls = SITEMAP_MAX_URLS): Promise<string> {
  const pages = await pageUrls();
  const room = Math.max(0, maxUrls - pages.length);
  if (await countVisiblePosts(room + 1) <= room) {
    return urlsetXml(origin, [...pages, ...await postUrls(0, MAX_ID, room)]);
  }
  const chunks = [0];
  const lastChunk = Math.ceil(await lastPostId() / maxUrls);
  for (let n = 1; n <= lastChunk; n++) {
    if (await hasVisiblePosts((n - 1) * maxUrls, n * maxUrls)) chunks.push(n);
  }
  return sitemapIndexXml(origin, chunks);
}

/** One chunk of the sitemap index, or null when it has no URLs (an empty urlset is not a valid sitemap). */
export async function sitemapChunkXml(origin: string, n: number, maxUrls = SITEMAP_MAX_URLS): Promise<string | null> {
  if (n === 0) return urlsetXml(origin, await pageUrls());
  const urls = await postUrls((n - 1) * maxUrls, n * maxUrls, maxUrls);
  return urls.length > 0 ? urlsetXml(origin, urls) : null;
}
