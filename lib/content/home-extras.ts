// The home page's side lists: popular threads of the week (인기글) and the newest comments (최근 댓글). The home page
// is served from the visitor page cache, tagged "lists", which every comment, post and moderation write expires.
import "server-only";
import { and, desc, eq, gt, gte, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { boards, comments, posts, users } from "@/db/schema";
import { commentHref } from "./comment-pages";
import { plainText } from "./plain-text";
import { POPULAR_THREADS, POPULAR_WINDOW_DAYS, RECOMMENDATION_WEIGHT } from "./popularity";

const DAY_MS = 24 * 60 * 60 * 1000;
/** A latest comment's excerpt, in characters. */
export const COMMENT_EXCERPT_CHARS = 80;
/** How many comments the home page lists. */
export const LATEST_COMMENTS = 5;
/**
 * The latest comments are looked for among the newest this-many comment ids, a range of the primary key: without
 * it the planner walks every visible post's comments and sorts them all. Fewer than LATEST_COMMENTS show only when
 * nearly all of them were removed or sit on hidden threads.
 */
export const LATEST_COMMENTS_WINDOW = 1_000;

export type PopularThread = { id: number; title: string; boardSlug: string; boardName: string; viewCount: number; likeCount: number; commentCount: number };

/** The visible threads of open boards written in the last week, most viewed and recommended first. */
export async function listPopularThreads(now = new Date(), limit = POPULAR_THREADS): Promise<PopularThread[]> {
  const since = new Date(now.getTime() - POPULAR_WINDOW_DAYS * DAY_MS);
  return await getDb()
    .select({
      id: posts.id,
      title: posts.title,
      boardSlug: boards.slug,
      boardName: boards.name,
      viewCount: posts.viewCount,
      likeCount: posts.likeCount,
      commentCount: posts.commentCount,
    })
    .from(posts)
    .innerJoin(boards, eq(boards.id, posts.boardId))
    .where(and(eq(posts.status, "published"), gte(posts.createdAt, since), eq(boards.archived, false)))
    .orderBy(desc(sql`${posts.viewCount} + ${RECOMMENDATION_WEIGHT} * ${posts.likeCount}`), desc(posts.id))
    .limit(limit);
}

export type LatestComment = { id: number; href: string; excerpt: string; postTitle: string; authorName: string; authorUsername: string; createdAt: Date };

/** The newest visible comments on visible threads of open boards, each linked on the comment page that holds it. */
export async function listLatestComments(limit = LATEST_COMMENTS): Promise<LatestComment[]> {
  const db = getDb();
  // In steps, so each reads by a key: the window's comments by id, their threads by id, then the few chosen.
  const candidates = await db
    .select({ id: comments.id, postId: comments.postId })
    .from(comments)
    .where(and(gt(comments.id, sql`(select coalesce(max(id), 0) from ${comments}) - ${LATEST_COMMENTS_WINDOW}`), eq(comments.status, "published")))
    .orderBy(desc(comments.id));
  if (candidates.length === 0) return [];
  const visible = new Set(
    (await db
      .select({ id: posts.id })
      .from(posts)
      .innerJoin(boards, eq(boards.id, posts.boardId))
      .where(and(inArray(posts.id, [...new Set(candidates.map((c) => c.postId))]), eq(posts.status, "published"), eq(boards.archived, false))))
      .map((post) => post.id),
  );
  const chosen = candidates.filter((c) => visible.has(c.postId)).slice(0, limit).map((c) => c.id);
  if (chosen.length === 0) return [];
  const rows = await db
    .select({
      id: comments.id,
      postId: comments.postId,
      bodyHtml: comments.bodyHtml,
      createdAt: comments.createdAt,
      postTitle: posts.title,
      boardSlug: boards.slug,
      authorName: users.name,
      authorUsername: users.username,
    })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .innerJoin(boards, eq(boards.id, posts.boardId))
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(inArray(comments.id, chosen))
    .orderBy(desc(comments.id));
  return Promise.all(
  rows.map(async ({ postId, bodyHtml, boardSlug, ...row }) => ({
    ...row,
    href: await commentHref(boardSlug, postId, row.id),
    excerpt: plainText(bodyHtml, COMMENT_EXCERPT_CHARS),
    })),
  );
}
