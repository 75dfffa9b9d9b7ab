// Cached reads for the pages everyone reads: one comment page of a thread as a visitor sees it, and one page of a
// board's list. (Their HTML is remembered per comment by components/comment/comment-html.ts.) They are kept in this process's memory
// (a TaggedStore, the same kind that holds the visitor page cache), so a restart starts empty and nothing stale
// outlives the process.
//
// Each entry carries the visitor page cache's tags (lib/platform/page-cache/expiry.ts), and every server action that changes
// what an entry shows expires its tags before it answers (expireThread, expireEverything below), so the next reader,
// the writer included, gets a fresh render. One channel expires both caches, on this node and (later) on others.
// Next.js's own tag cache is not used: expiring a tag there makes the action render the whole page into its answer.
// View counts are the exception by design: they are buffered (lib/content/views.ts) and no action writes them, so a board
// page's cached counts may lag by up to BOARD_PAGE_MAX_AGE_S.
import "server-only";
import { eq } from "drizzle-orm";
import { first, getDb } from "@/db";
import { boards, posts } from "@/db/schema";
import type { ThreadComment, Viewer } from "./comments";
import { listThreadPage } from "./comment-pages";
import { PAGE_TAGS, pageCacheExpiry, type PageCacheExpiry } from "../platform/page-cache/expiry";
import { TaggedStore, type Tagged } from "../platform/page-cache/store";
import { listBoardPosts, type BoardSort, type PostListItem } from "./posts";

/** The longest a board page's view counts may lag behind the database. */
export const BOARD_PAGE_MAX_AGE_S = 5;
/** Enough for the comment pages and board pages a busy site reads; the least recently read go first past it. */
const RENDER_CACHE_BYTES = 64 * 1024 * 1024;

type PublicThread = Tagged & { kind: "thread"; comments: ThreadComment[] };
type BoardPage = Tagged & { kind: "board"; posts: PostListItem[] };
type Entry = PublicThread | BoardPage;

/** Strings dominate: about two bytes a character, and a little for each row's other fields. */
const sizeOf = (entry: Entry) =>
  entry.kind === "thread" ? entry.comments.reduce((sum, c) => sum + 2 * c.bodyHtml.length + 256, 0) : 512 * entry.posts.length;

const holder = globalThis as typeof globalThis & { __rapportRenderCache?: { store: TaggedStore<Entry>; channel: PageCacheExpiry } };

/**
 * The one store of this process, listening to the expiry channel. Kept on globalThis, like the channel, so that
 * every bundle of the server shares it; started afresh if another channel has been installed since.
 */
function store(): TaggedStore<Entry> {
  const channel = pageCacheExpiry();
  if (holder.__rapportRenderCache?.channel !== channel) {
    const created = new TaggedStore<Entry>(RENDER_CACHE_BYTES, sizeOf);
    channel.subscribe((tags) => created.expire(tags));
    holder.__rapportRenderCache = { store: created, channel };
  }
  return holder.__rapportRenderCache.store;
}

/**
 * One comment page of a thread (lib/content/comment-pages.ts) as `viewer` sees it; the caller has checked that the page
 * exists. Readers who are not signed in share one read per page, tagged by thread so that one write expires every
 * page of it. A member's is read afresh: authors and moderators see hidden writing.
 */
export async function threadComments(postId: number, page: number, viewer: Viewer): Promise<ThreadComment[]> {
  if (viewer) return listThreadPage(postId, viewer, page);
  const now = Date.now();
  const entry = await store().getOrCompute(`thread:${postId}:${page}`, now, async (): Promise<PublicThread> => ({
    kind: "thread",
    comments: await listThreadPage(postId, null, page),
    tags: [PAGE_TAGS.thread(postId)],
    storedAt: now,
    expiresAt: Infinity,
  }));
  return (entry as PublicThread).comments;
}

/** One page of a board's list in one of its orders, as listBoardPosts gives it. */
export async function boardPage(board: { id: number; slug: string }, page: number, sort: BoardSort = "activity"): Promise<PostListItem[]> {
  const now = Date.now();
  const entry = await store().getOrCompute(`board:${board.id}:${sort}:${page}`, now, async (): Promise<BoardPage> => ({
    kind: "board",
    posts: await listBoardPosts(board.id, page, sort),
    tags: [PAGE_TAGS.board(board.slug)],
    storedAt: now,
    expiresAt: now + BOARD_PAGE_MAX_AGE_S * 1000,
  }));
  return (entry as BoardPage).posts;
}

// Expiring: called by server actions after their write has committed, before they answer. The expiry is immediate
// (no stale copy is served afterwards), which is what makes the writer see their own write. The same call expires
// the visitor page cache (lib/platform/page-cache/) in front of Next.js: the thread's pages, its board's list and the pages
// that list writing from everywhere.

/** After a write to a thread: its comments, and its board's list (comment counts, order by activity, titles). */
export async function expireThread(postId: number): Promise<void> {
  // The board comes from the database, not the form, so a forged board field cannot leave a list stale.
  const post = await first(getDb()
    .select({ boardSlug: boards.slug })
    .from(posts)
    .innerJoin(boards, eq(boards.id, posts.boardId))
    .where(eq(posts.id, postId)));
  await pageCacheExpiry().expire([PAGE_TAGS.thread(postId), PAGE_TAGS.lists, ...(post ? [PAGE_TAGS.board(post.boardSlug)] : [])]);
}

/** After a write whose reach is wider than one thread: a member renamed, a board changed, a spammer swept away. */
export async function expireEverything(): Promise<void> {
  await pageCacheExpiry().expire([PAGE_TAGS.all]);
}
