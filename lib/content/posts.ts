// Posts as readers see them: board lists, the latest across boards, one thread, and its neighbours.
import "server-only";
import { and, asc, desc, eq, gt, inArray, lt, ne, sql } from "drizzle-orm";
import { first, getDb } from "@/db";
import { boards, posts, users, type ContentStatus } from "@/db/schema";
import { PAGE_SIZE } from "../pagination";
import { plainText } from "./plain-text";

export type Author = { username: string; name: string };

export type PostListItem = {
  id: number;
  title: string;
  boardSlug: string;
  boardName: string;
  author: Author & { id: string };
  createdAt: Date;
  lastActivityAt: Date;
  viewCount: number;
  likeCount: number;
  commentCount: number;
  pinned: boolean;
  /** Locked threads take no new comments, recommendations or reports; lists mark them. */
  locked: boolean;
};

const listColumns = {
  id: posts.id,
  title: posts.title,
  boardSlug: boards.slug,
  boardName: boards.name,
  authorId: users.id,
  authorUsername: users.username,
  authorName: users.name,
  createdAt: posts.createdAt,
  lastActivityAt: posts.lastActivityAt,
  viewCount: posts.viewCount,
  likeCount: posts.likeCount,
  commentCount: posts.commentCount,
  pinned: posts.pinned,
  locked: posts.locked,
};

type ListRow = { [K in keyof typeof listColumns]: (typeof listColumns)[K]["_"]["data"] };

function toListItem({ authorId, authorUsername, authorName, ...row }: ListRow): PostListItem {
  return { ...row, author: { id: authorId, username: authorUsername, name: authorName } };
}

/** The newest visible posts across open boards; `page` pages through them `limit` at a time (/latest). */
export async function listLatestPosts(limit = 10, page = 1): Promise<PostListItem[]> {
  return (await getDb()
    .select(listColumns)
    .from(posts)
    .innerJoin(boards, eq(boards.id, posts.boardId))
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(and(eq(posts.status, "published"), eq(boards.archived, false)))
    .orderBy(desc(posts.createdAt), desc(posts.id))
    .limit(limit)
    .offset((page - 1) * limit))
    .map(toListItem);
}

/** How many posts /latest pages through: the visible posts of open boards (the boards' own counters, summed). */
export async function countLatestPosts(): Promise<number> {
  return (await first(getDb().select({ n: sql<number>`coalesce(sum(${boards.postCount}), 0)`.mapWith(Number) }).from(boards).where(eq(boards.archived, false))))?.n ?? 0;
}

/** The orders a board's list offers (?sort=): last activity (the default), newest, most viewed, most recommended. */
export const BOARD_SORTS = ["activity", "latest", "views", "recommended"] as const;
export type BoardSort = (typeof BOARD_SORTS)[number];

const SORT_KEYS = { activity: [posts.lastActivityAt], latest: [], views: [posts.viewCount], recommended: [posts.likeCount] } as const;

/**
 * One page of a board: pinned posts first, then in the order asked for, newest first among equals.
 * The page's ids come from a covering index alone (one per order), so a deep offset skips index entries, not rows.
 */
export async function listBoardPosts(boardId: number, page: number, sort: BoardSort = "activity"): Promise<PostListItem[]> {
  const db = getDb();
  const order = [desc(posts.pinned), ...SORT_KEYS[sort].map((key) => desc(key)), desc(posts.id)];
  const pageIds = (await db
    .select({ id: posts.id })
    .from(posts)
    .where(and(eq(posts.boardId, boardId), eq(posts.status, "published")))
    .orderBy(...order)
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE))
    .map((r) => r.id);
  if (pageIds.length === 0) return [];
  return (await db
    .select(listColumns)
    .from(posts)
    .innerJoin(boards, eq(boards.id, posts.boardId))
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(inArray(posts.id, pageIds))
    .orderBy(...order))
    .map(toListItem);
}

export type PostDetail = PostListItem & {
  boardId: number;
  bodyHtml: string;
  editedAt: Date | null;
  status: ContentStatus;
  holdReasons: string[];
  removalReason: string | null;
  /** The author's signature (lib/accounts/settings.ts), sanitised HTML shown under the post; "" for none. */
  signatureHtml: string;
  /** The author's picture (lib/media/avatars.ts), or null for their initials. */
  authorImage: string | null;
};

/** A visible post, only if it belongs to the board named in the URL. */
export async function getPost(boardSlug: string, postId: number): Promise<PostDetail | null> {
  const post = await getPostAnyStatus(boardSlug, postId);
  return post?.status === "published" ? post : null;
}

/**
 * A post of the board named in the URL, whatever its status but deleted: held and removed posts are for
 * their author and moderators, who the caller checks.
 */
export async function getPostAnyStatus(boardSlug: string, postId: number): Promise<PostDetail | null> {
  const row = await first(getDb()
    .select({
      ...listColumns,
      boardId: posts.boardId,
      bodyHtml: posts.bodyHtml,
      editedAt: posts.editedAt,
      status: posts.status,
      holdReasons: posts.holdReasons,
      removalReason: posts.removalReason,
      signatureHtml: users.signatureHtml,
      authorImage: users.image,
    })
    .from(posts)
    .innerJoin(boards, eq(boards.id, posts.boardId))
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(and(eq(posts.id, postId), eq(boards.slug, boardSlug), eq(boards.archived, false), ne(posts.status, "deleted"))));
  if (!row) return null;
  const { boardId, bodyHtml, editedAt, status, holdReasons, removalReason, signatureHtml, authorImage, ...list } = row;
  return {
    ...toListItem(list),
    boardId,
    bodyHtml,
    editedAt,
    status,
    holdReasons: holdReasons ?? [],
    removalReason,
    signatureHtml,
    // Only this site's uploads: a GitHub sign-in may bring another address.
    authorImage: authorImage?.startsWith("/media/") ? authorImage : null,
  };
}

/**
 * Where a post lives: its board (open, not archived), its status and author, or null for a deleted or unknown post.
 * An address with another board's slug (a moved post's old one, a mistyped one) is sent here.
 */
export async function postHome(postId: number): Promise<{ boardSlug: string; status: string; authorId: string } | null> {
  return (
    await first(getDb()
      .select({ boardSlug: boards.slug, status: posts.status, authorId: posts.authorId })
      .from(posts)
      .innerJoin(boards, eq(boards.id, posts.boardId))
      .where(and(eq(posts.id, postId), eq(boards.archived, false), ne(posts.status, "deleted")))) ?? null
  );
}

/** Whether a board URL and post id name a visible post: the cheap check before counting a view of it. */
export async function isVisiblePost(boardSlug: string, postId: number): Promise<boolean> {
  const row = await first(getDb()
    .select({ id: posts.id })
    .from(posts)
    .innerJoin(boards, eq(boards.id, posts.boardId))
    .where(and(eq(posts.id, postId), eq(boards.slug, boardSlug), eq(boards.archived, false), eq(posts.status, "published"))));
  return Boolean(row);
}

export type PostLink = { id: number; title: string };

/** The posts written just before and just after this one in the same board. */
export async function getNeighbours(boardId: number, postId: number): Promise<{ previous: PostLink | null; next: PostLink | null }> {
  const db = getDb();
  const inBoard = and(eq(posts.boardId, boardId), eq(posts.status, "published"));
  const previous = await first(db
    .select({ id: posts.id, title: posts.title })
    .from(posts)
    .where(and(inBoard, lt(posts.id, postId)))
    .orderBy(desc(posts.id))
    .limit(1));
  const next = await first(db
    .select({ id: posts.id, title: posts.title })
    .from(posts)
    .where(and(inBoard, gt(posts.id, postId)))
    .orderBy(asc(posts.id))
    .limit(1));
  return { previous: previous ?? null, next: next ?? null };
}

/** A short plain-text excerpt of a post body, for descriptions and link previews. */
export function excerpt(html: string, length = 160): string {
  return plainText(html, length);
}

