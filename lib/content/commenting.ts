// Writing comments and replies: nesting, editing with history, deleting, and the counters and notices they move.
import "server-only";
import { and, eq } from "drizzle-orm";
import { first, getDb, returned } from "@/db";
import { boards, commentRevisions, comments, posts } from "@/db/schema";
import { notify } from "../accounts/notify";
import { notifyMentions } from "./mentions";
import type { CurrentUser } from "../auth/session";
import { COMMENT_HEADING_OFFSET, renderMarkdown } from "../markdown/pipeline";
import { countPublished, setContentStatus } from "./status";
import { writeNew } from "./new-writing";
import { screenWriting } from "../spam/gate";
import { canComment, canDeleteComment, canEditComment } from "../permissions";
import { keepsRevision } from "./posting";
import { commentPath, MAX_COMMENT_DEPTH } from "./thread-shape";
import type { CommentInput } from "../validation/content";
import { refuse, type WriteResult } from "../write-result";
import { recordMediaUses } from "../media/uses";

/** A body with its HTML already rendered in the pool, as the server actions pass it; tests and scripts leave it out. */
export type CommentWrite = CommentInput & { bodyHtml?: string };

type Parent = { id: number; parentId: number | null; depth: number; path: string; authorId: string; status: string };

/** Where a reply goes: under its parent, or beside it when the parent is already at the deepest level. */
function placeReply(parent: Parent): { parentId: number | null; depth: number; parentPath: string | null } {
  if (parent.depth < MAX_COMMENT_DEPTH - 1) return { parentId: parent.id, depth: parent.depth + 1, parentPath: parent.path };
  const siblingsPath = parent.path.slice(0, parent.path.lastIndexOf("/")) || null;
  return { parentId: parent.parentId, depth: parent.depth, parentPath: siblingsPath };
}

/** Adds a comment, or a reply to `parentId`; a resubmitted form returns the comment it already made. */
export async function createComment(
  user: CurrentUser,
  postId: number,
  parentId: number | null,
  input: CommentWrite,
  key: string | null,
  now = Date.now(),
): Promise<WriteResult<{ id: number; postId: number; boardSlug: string }>> {
  const db = getDb();
  const post = await first(db
    .select({ id: posts.id, authorId: posts.authorId, status: posts.status, locked: posts.locked, archived: boards.archived, boardSlug: boards.slug })
    .from(posts)
    .innerJoin(boards, eq(boards.id, posts.boardId))
    .where(eq(posts.id, postId)));
  if (!post || post.archived || post.status !== "published") return refuse("postNotFound");
  if (post.locked) return refuse("postLocked");
  if (!canComment(user, post)) return refuse("cannotComment");

  let parent: Parent | undefined;
  if (parentId !== null) {
    parent = await first(db
      .select({ id: comments.id, parentId: comments.parentId, depth: comments.depth, path: comments.path, authorId: comments.authorId, status: comments.status })
      .from(comments)
      .where(and(eq(comments.id, parentId), eq(comments.postId, postId))));
    if (!parent) return refuse("commentNotFound");
    if (parent.status !== "published") return refuse("cannotReplyToHidden");
  }
  const bodyHtml = input.bodyHtml ?? renderMarkdown(input.body, COMMENT_HEADING_OFFSET);
  const place = parent ? placeReply(parent) : { parentId: null, depth: 0, parentPath: null };

  const written = await writeNew(
    {
      kind: "comment",
      author: user,
      key,
      screen: { body: input.body },
      findResubmitted: async (tx, submissionKey) =>
        (await first(tx.select({ id: comments.id }).from(comments).where(and(eq(comments.authorId, user.id), eq(comments.submissionKey, submissionKey)))))?.id,
      insert: async (tx, admitted) => {
        const { id } = await returned(tx
          .insert(comments)
          .values({
            postId,
            authorId: user.id,
            parentId: place.parentId,
            depth: place.depth,
            path: "",
            bodySource: input.body,
            bodyHtml,
            createdAt: new Date(now),
            submissionKey: key,
            status: admitted.status,
            holdReasons: admitted.status === "held" ? admitted.holdReasons : null,
          })
          .returning({ id: comments.id }));
        await tx.update(comments).set({ path: commentPath(place.parentPath, id) }).where(eq(comments.id, id));
        await recordMediaUses(tx, { commentId: id }, input.body);
        return id;
      },
      // Held writing moves no counter and notifies nobody until a moderator approves it.
      onPublished: async (tx, id) => {
        await countPublished(tx, { type: "comment", postId, authorId: user.id }, 1);
        await tx.update(posts).set({ lastActivityAt: new Date(now) }).where(eq(posts.id, postId));
        const recipient = parent ? parent.authorId : post.authorId;
        if (recipient !== user.id) await notify(tx, { userId: recipient, kind: parent ? "reply_to_comment" : "reply_to_post", actorId: user.id, postId, commentId: id }, now);
        await notifyMentions(tx, { type: "comment", id, postId, authorId: user.id, html: bodyHtml, except: [recipient] }, now);
      },
    },
    now,
  );
  // The thread and its board, as the database has them, for the writer's landing address.
  return written.ok ? { ...written, postId, boardSlug: post.boardSlug } : written;
}

type EditableComment = {
  id: number;
  postId: number;
  authorId: string;
  status: string;
  bodySource: string;
  createdAt: Date;
  editedAt: Date | null;
  threadLocked: boolean;
  boardSlug: string;
};

export async function findCommentForWriting(commentId: number): Promise<EditableComment | null> {
  return (
    await first(getDb()
      .select({
        id: comments.id,
        postId: comments.postId,
        authorId: comments.authorId,
        status: comments.status,
        bodySource: comments.bodySource,
        createdAt: comments.createdAt,
        editedAt: comments.editedAt,
        threadLocked: posts.locked,
        boardSlug: boards.slug,
      })
      .from(comments)
      .innerJoin(posts, eq(posts.id, comments.postId))
      .innerJoin(boards, eq(boards.id, posts.boardId))
      .where(eq(comments.id, commentId))) ?? null
  );
}

/** Where a comment lives, as the database has it: what an action needs to send the writer back to it. */
type CommentPlace = { id: number; postId: number; boardSlug: string };

/** Saves an edit within the edit window; the replaced version goes to the history unless it is minutes old. */
export async function editComment(user: CurrentUser, commentId: number, input: CommentWrite, now = Date.now()): Promise<WriteResult<CommentPlace>> {
  const comment = await findCommentForWriting(commentId);
  if (!comment) return refuse("commentNotFound");
  if (!canEditComment(user, comment, now)) {
    if (comment.threadLocked && canDeleteComment(user, comment)) return refuse("postLocked");
    return refuse(canDeleteComment(user, comment) ? "commentEditWindowOver" : "cannotEditComment");
  }
  if (comment.bodySource === input.body) return { ok: true, id: comment.id, postId: comment.postId, boardSlug: comment.boardSlug };
  const screening = await screenWriting({ author: user, body: input.body, editing: { type: "comment", id: comment.id } }, now);
  if ("ok" in screening) return screening;
  const bodyHtml = input.bodyHtml ?? renderMarkdown(input.body, COMMENT_HEADING_OFFSET);
  await getDb().transaction(async (tx) => {
    if (screening.status === "held") await setContentStatus(tx, "comment", comment.id, "held", { holdReasons: screening.holdReasons });
    if (keepsRevision(comment.editedAt, now)) {
      await tx.insert(commentRevisions).values({ commentId: comment.id, bodySource: comment.bodySource, writtenAt: comment.editedAt ?? comment.createdAt });
    }
    const previousHtml = (await first(tx.select({ html: comments.bodyHtml }).from(comments).where(eq(comments.id, comment.id))))?.html;
    await tx.update(comments).set({ bodySource: input.body, bodyHtml, editedAt: new Date(now) }).where(eq(comments.id, comment.id));
    await recordMediaUses(tx, { commentId: comment.id }, input.body);
    await notifyMentions(tx, { type: "comment", id: comment.id, postId: comment.postId, authorId: user.id, html: bodyHtml, previousHtml }, now);
  });
  return { ok: true, id: comment.id, postId: comment.postId, boardSlug: comment.boardSlug };
}

/** The author deletes a comment. With replies it stays as "[deleted]" so the thread keeps its shape. */
export async function deleteComment(user: CurrentUser, commentId: number): Promise<WriteResult<CommentPlace>> {
  const comment = await findCommentForWriting(commentId);
  if (!comment) return refuse("commentNotFound");
  if (!canDeleteComment(user, comment)) return refuse("cannotDeleteComment");
  await getDb().transaction((tx) => setContentStatus(tx, "comment", comment.id, "deleted"));
  return { ok: true, id: comment.id, postId: comment.postId, boardSlug: comment.boardSlug };
}
