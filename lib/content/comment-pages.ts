// Comment pages: which page of a thread holds each comment, the ?cpage=N parameter, and links that land on the
// page holding a comment. A thread of any length is sent COMMENTS_PER_PAGE comments at a time.
import "server-only";
import { keptRows, listThread, threadShape, type ShapeRow, type ThreadComment, type Viewer } from "./comments";
import { commentAnchorHref } from "../routes";

/** Comments on one page of a thread, counted as a visitor sees them (tombstones included, replies flattened). */
export const COMMENTS_PER_PAGE = 100;

export type ThreadLayout = { pageOf: Map<number, number>; pageCount: number };

/**
 * The page of every row of a thread (rows in thread order). Pages are counted over what a visitor sees, so every
 * reader gets the same pages and a link to a comment works for anyone. A row only some readers see (an author's
 * held comment, a reply-less tombstone) stays on the page of the visible comment before it.
 */
export function layoutPages(rows: ShapeRow[], perPage = COMMENTS_PER_PAGE): ThreadLayout {
  const visible = keptRows(rows, null);
  const pageOf = new Map<number, number>();
  let seen = 0;
  rows.forEach((row, i) => {
    if (visible[i]) pageOf.set(row.id, Math.floor(seen++ / perPage) + 1);
    else pageOf.set(row.id, Math.floor(Math.max(seen - 1, 0) / perPage) + 1);
  });
  return { pageOf, pageCount: Math.max(1, Math.ceil(seen / perPage)) };
}

export const threadLayout = async (postId: number): Promise<ThreadLayout> => layoutPages(await threadShape(postId));

/**
 * The page a ?cpage value asks for. Anything that is not a page number (missing, 0, "abc", repeated) is page 1,
 * the canonical first page; a page number past the last page is null, which the thread page answers with 404.
 */
export function parseCommentPage(raw: string | string[] | undefined, pageCount: number): number | null {
  if (typeof raw !== "string" || !/^[1-9]\d*$/.test(raw)) return 1;
  const page = Number(raw);
  return page <= pageCount ? page : null;
}

/** One page of a thread as `viewer` sees it, in thread order. */
export async function listThreadPage(postId: number, viewer: Viewer, page: number): Promise<ThreadComment[]> {
  const rows = await threadShape(postId);
  const { pageOf } = layoutPages(rows);
  const kept = keptRows(rows, viewer);
  return listThread(postId, viewer, rows.filter((row, i) => kept[i] && pageOf.get(row.id) === page).map((row) => row.id));
}

/** The page of a thread that holds a comment; page 1 for a comment the thread does not have. */
export const commentPage = async (postId: number, commentId: number) => (await threadLayout(postId)).pageOf.get(commentId) ?? 1;

/** The link to a comment, on the page that holds it: `/b/<board>/<post>?cpage=N#comment-<id>`, no cpage on page 1. */
export const commentHref = async (boardSlug: string, postId: number, commentId: number) =>
  commentAnchorHref(boardSlug, postId, commentId, await commentPage(postId, commentId));
