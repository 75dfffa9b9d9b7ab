// The thread page's read model: everything /b/<board>/<post>?cpage=N shows one reader, read in one call, so the page
// only lays it out. Finding the post (or where it moved) comes first, on its own, because the page's metadata needs
// it too; readThread then gathers the comment page, the reader's likes and controls, and the neighbours.
import "server-only";
import type { CurrentUser } from "../auth/session";
import { parseCommentPage, threadLayout } from "./comment-pages";
import { findCommentForWriting } from "./commenting";
import { likedCommentIds } from "./comments";
import { likesPost } from "./likes";
import { canComment, canEditComment, canEditPost, canLike, canModerate, canReport, canSeeHidden, isActive, isRecommendable } from "../permissions";
import { getNeighbours, getPostAnyStatus, postHome, type PostDetail, type PostLink } from "./posts";
import type { ThreadComment } from "./comments";
import { threadComments } from "./cached-reads";
import { addressId } from "../validation/ids";

/** What the reader asked to do to one comment, from ?reply=, ?edit=, ?delete=, ?moderate= or ?report= in the URL. */
export type CommentMode = { reply?: number; edit?: { id: number; bodySource: string }; delete?: number; moderate?: number; report?: number };

/** The query parameters the thread page reads. */
export type ThreadQuery = { cpage?: string | string[]; reply?: string; edit?: string; delete?: string; moderate?: string; report?: string };

/** A thread address's post, the board it lives in when the address names another, or nothing to show this reader. */
export type ThreadLookup = { post: PostDetail } | { livesIn: string } | null;

/**
 * The post `/b/<board>/<postId>` names. Unknown and malformed ids are nothing; a post reached under another board's
 * slug (the old address of a moved post, a mistyped one) names the board it lives in; held and removed posts are
 * only for their author and staff, under any address.
 */
export async function findThread(board: string, postId: string, viewer: CurrentUser | null): Promise<ThreadLookup> {
  const postNumber = addressId(postId);
  if (postNumber === null) return null;
  const post = await getPostAnyStatus(board, postNumber);
  if (!post) {
    const home = await postHome(postNumber);
    if (!home || (home.status !== "published" && !canSeeHidden(viewer, { authorId: home.authorId }))) return null;
    return { livesIn: home.boardSlug };
  }
  if (post.status !== "published" && !canSeeHidden(viewer, { authorId: post.author.id })) return null;
  return { post };
}

/** Which comment page ?cpage= names (lib/content/comment-pages.ts), and how many there are; null past the last one. */
export async function commentPageOf(postId: number, raw: string | string[] | undefined): Promise<{ page: number; pageCount: number } | null> {
  const { pageCount } = await threadLayout(postId);
  const page = parseCommentPage(raw, pageCount);
  return page === null ? null : { page, pageCount };
}

export type ThreadView = {
  post: PostDetail;
  page: number;
  pageCount: number;
  /** The comments of this page, as this reader may see them. */
  comments: ThreadComment[];
  neighbours: { previous: PostLink | null; next: PostLink | null };
  /** What the reader may do to the post itself. */
  may: { edit: boolean; like: boolean; report: boolean; moderate: boolean; comment: boolean };
  likedPost: boolean;
  likedComments: Set<number>;
  /** A visitor is shown how to recommend: sign in. */
  inviteToRecommend: boolean;
  /** A form the URL opened on the post (?moderate=post, ?report=post), if the reader may use it. */
  postForm: "moderate" | "report" | null;
  commentMode: CommentMode;
  /** The Markdown of the comments on this page the reader may still edit (their own, recent), for editing in place. */
  editSources: Record<number, string>;
};

/** Everything the thread page shows `viewer` of `post` on comment page `page`. */
export async function readThread(post: PostDetail, viewer: CurrentUser | null, query: ThreadQuery, { page, pageCount }: { page: number; pageCount: number }): Promise<ThreadView> {
  const authored = { authorId: post.author.id, status: post.status, threadLocked: post.locked };
  const may = {
    edit: canEditPost(viewer, authored),
    like: canLike(viewer, authored),
    report: canReport(viewer, authored),
    moderate: canModerate(viewer),
    comment: canComment(viewer, { status: "published", locked: post.locked }),
  };
  const comments = await threadComments(post.id, page, viewer);
  return {
    post,
    page,
    pageCount,
    comments,
    neighbours: await getNeighbours(post.boardId, post.id),
    may,
    likedPost: viewer ? await likesPost(viewer.id, post.id) : false,
    likedComments: viewer ? await likedCommentIds(viewer.id, post.id) : new Set(),
    inviteToRecommend: viewer === null && isRecommendable(authored),
    postForm: query.moderate === "post" && may.moderate ? "moderate" : query.report === "post" && may.report ? "report" : null,
    commentMode: await commentMode(query, viewer, post.id),
    editSources: await editSources(comments, viewer, post.locked),
  };
}

/** The sources of the reader's own comments they may still edit: a few at most, read one by one. */
async function editSources(comments: ThreadComment[], viewer: CurrentUser | null, threadLocked: boolean): Promise<Record<number, string>> {
  if (!viewer) return {};
  const editable = comments.filter((comment) => canEditComment(viewer, { ...comment, authorId: comment.author.id, threadLocked }));
  const sources: Record<number, string> = {};
  for (const comment of editable) sources[comment.id] = (await findCommentForWriting(comment.id))?.bodySource ?? "";
  return sources;
}

/** Which comment the reader is replying to, editing, deleting, reporting or moderating; the source is loaded only for an edit. */
async function commentMode(query: ThreadQuery, viewer: CurrentUser | null, postId: number): Promise<CommentMode> {
  const editId = addressId(query.edit);
  const editing = viewer && editId ? await findCommentForWriting(editId) : null;
  return {
    reply: addressId(query.reply) ?? undefined,
    delete: addressId(query.delete) ?? undefined,
    moderate: canModerate(viewer) ? (addressId(query.moderate) ?? undefined) : undefined,
    report: isActive(viewer) ? (addressId(query.report) ?? undefined) : undefined,
    edit: editing && editing.postId === postId && canEditComment(viewer, editing) ? { id: editing.id, bodySource: editing.bodySource } : undefined,
  };
}
