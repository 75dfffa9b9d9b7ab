// Cached renders for the pages everyone reads: a thread's public comments rendered to HTML (the whole list, and
// each comment's header for members' pages), and one page of a board's list. Both live in Next.js's data cache
// (unstable_cache, kept in memory only: next.config.ts turns off writing it to disk, so a restart starts empty and
// nothing stale outlives the process).
//
// Each entry carries tags, and every server action that changes what an entry shows expires its tags with
// updateTag before it answers (expireThread, expireEverything below), so the next reader, the writer included,
// gets a fresh render. View counts are the exception by design: they are buffered (lib/views.ts) and no action
// writes them, so a board page's cached counts may lag by up to BOARD_PAGE_MAX_AGE_S.
import "server-only";
import { eq } from "drizzle-orm";
import { unstable_cache, updateTag } from "next/cache";
import { getDb } from "@/db";
import { boards, posts } from "@/db/schema";
import type { ThreadComment, Viewer } from "./comments";
import { listThreadPage } from "./comment-pages";
import { commentHeaderHtml, publicThreadHtml, type ThreadContext } from "./comment-html";
import { PAGE_TAGS, pageCacheExpiry } from "./page-cache/expiry";
import { listBoardPosts, type PostListItem } from "./posts";

export const CACHE_TAGS = {
  /** Everything cached: for changes that reach every page, such as a renamed member or board. */
  all: "rapport:all",
  thread: (postId: number) => `rapport:thread:${postId}`,
  board: (boardId: number) => `rapport:board:${boardId}`,
} as const;

/** The longest a board page's view counts may lag behind the database. */
export const BOARD_PAGE_MAX_AGE_S = 5;

export type RenderedComment = ThreadComment & { headerHtml: string };
/** A thread for one reader: its comments, and for readers who are not signed in the whole list as HTML. */
export type RenderedThread = { comments: RenderedComment[]; publicHtml: string | null };

/** The cache holds JSON: dates come back as ISO strings and are made Dates again. */
type Stored<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };
const toDate = (value: string) => new Date(value);
const toDateOrNull = (value: string | null) => (value === null ? null : new Date(value));

/**
 * One comment page of a thread (lib/comment-pages.ts) as a reader who is not signed in sees it: the comments with
 * their rendered headers, and the whole list rendered. Keyed by post, page and locale, since the HTML holds
 * translated words and localised dates; tagged by thread, so one write expires every page of it.
 */
async function publicThread(postId: number, page: number, locale: string, context: ThreadContext): Promise<{ comments: RenderedComment[]; html: string }> {
  const load = unstable_cache(
    async () => {
      const thread = listThreadPage(postId, null, page);
      return { comments: thread.map((c) => ({ ...c, headerHtml: commentHeaderHtml(c, context) })), html: publicThreadHtml(thread, context) };
    },
    ["public-thread", String(postId), String(page), locale],
    { tags: [CACHE_TAGS.thread(postId), CACHE_TAGS.all] },
  );
  const stored = (await load()) as unknown as { comments: Stored<RenderedComment>[]; html: string };
  return { html: stored.html, comments: stored.comments.map((c) => ({ ...c, createdAt: toDate(c.createdAt), editedAt: toDateOrNull(c.editedAt) })) };
}

/**
 * One comment page of a thread as `viewer` sees it (the caller has checked that the page exists). Readers who are not signed in get the cached public thread, HTML and all. A
 * member's view is read afresh (authors and moderators see hidden writing, and every member sees controls), with
 * each header taken from the cache where the comment is there, since a header does not depend on who reads it.
 */
export async function threadFor(postId: number, page: number, viewer: Viewer, locale: string, context: ThreadContext): Promise<RenderedThread> {
  const cached = await publicThread(postId, page, locale, context);
  if (!viewer) return { comments: cached.comments, publicHtml: cached.html };
  const headers = new Map(cached.comments.map((c) => [c.id, c.headerHtml]));
  const comments = listThreadPage(postId, viewer, page).map((c) => ({ ...c, headerHtml: headers.get(c.id) ?? commentHeaderHtml(c, context) }));
  return { comments, publicHtml: null };
}

/** One page of a board's list, as listBoardPosts gives it. */
export async function boardPage(boardId: number, page: number): Promise<PostListItem[]> {
  const load = unstable_cache(async () => listBoardPosts(boardId, page), ["board-page", String(boardId), String(page)], {
    tags: [CACHE_TAGS.board(boardId), CACHE_TAGS.all],
    revalidate: BOARD_PAGE_MAX_AGE_S,
  });
  const stored = (await load()) as unknown as Stored<PostListItem>[];
  return stored.map((p) => ({ ...p, createdAt: toDate(p.createdAt), lastActivityAt: toDate(p.lastActivityAt) }));
}

// Expiring: called by server actions after their write has committed, before they answer. updateTag expires at
// once (no stale copy is served afterwards), which is what makes the writer see their own write. The same calls
// expire the visitor page cache (lib/page-cache/) in front of Next.js: the thread's pages, its board's list and
// the pages that list writing from everywhere.

/** After a write to a thread: its comments, and its board's list (comment counts, order by activity, titles). */
export function expireThread(postId: number): void {
  updateTag(CACHE_TAGS.thread(postId));
  // The board comes from the database, not the form, so a forged board field cannot leave a list stale.
  const post = getDb()
    .select({ boardId: posts.boardId, boardSlug: boards.slug })
    .from(posts)
    .innerJoin(boards, eq(boards.id, posts.boardId))
    .where(eq(posts.id, postId))
    .get();
  if (post) updateTag(CACHE_TAGS.board(post.boardId));
  pageCacheExpiry().expire([PAGE_TAGS.thread(postId), PAGE_TAGS.lists, ...(post ? [PAGE_TAGS.board(post.boardSlug)] : [])]);
}

/** After a write whose reach is wider than one thread: a member renamed, a board changed, a spammer swept away. */
export function expireEverything(): void {
  updateTag(CACHE_TAGS.all);
  pageCacheExpiry().expire([PAGE_TAGS.all]);
}
