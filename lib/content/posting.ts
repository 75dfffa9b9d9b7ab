// Writing posts: publishing, editing with history, and deleting, with every counter kept in the same transaction.
import "server-only";
import { and, eq } from "drizzle-orm";
import { first, getDb, returned } from "@/db";
import { boards, postRevisions, posts } from "@/db/schema";
import type { CurrentUser } from "../auth/session";
import { POST_HEADING_OFFSET, renderMarkdown } from "../markdown/pipeline";
import { countPublished, setContentStatus } from "./status";
import { writeNew } from "./new-writing";
import { notifyMentions } from "./mentions";
import { screenWriting } from "../spam/gate";
import { canDeletePost, canEditPost, canPostInBoard } from "../permissions";
import type { PostInput } from "../validation/content";
import { refuse, type WriteResult } from "../write-result";
import { recordMediaUses } from "../media/uses";

/** An edit this soon after the previous edit replaces it instead of adding a version to the history. */
export const REVISION_GRACE_MS = 5 * 60 * 1000;

/** The first edit always keeps the original; later edits keep the version before them unless it is minutes old. */
export function keepsRevision(lastEditedAt: Date | null, now: number): boolean {
  return lastEditedAt === null || now - lastEditedAt.getTime() > REVISION_GRACE_MS;
}

/**
 * A body with its HTML already rendered in the pool (lib/markdown/render-pool.ts), as the server actions pass it.
 * Without it the body is rendered here, on the calling thread: for tests and scripts only.
 */
export type PostWrite = PostInput & { bodyHtml?: string };

/** Where a post lives, as the database has it: what an action needs to send the writer to it. */
type PostPlace = { id: number; boardSlug: string };

/** Publishes a post. A resubmitted form (same submission key) returns the post it already made. */
export async function createPost(user: CurrentUser, boardSlug: string, input: PostWrite, key: string | null, now = Date.now()): Promise<WriteResult<PostPlace>> {
  const db = getDb();
  const board = await first(db.select().from(boards).where(eq(boards.slug, boardSlug)));
  if (!board || board.archived) return refuse("boardNotFound");
  if (!canPostInBoard(user, board)) return refuse("cannotPostInBoard");
  const bodyHtml = input.bodyHtml ?? renderMarkdown(input.body, POST_HEADING_OFFSET);

  const written = await writeNew(
    {
      kind: "post",
      author: user,
      key,
      screen: { title: input.title, body: input.body, approveNewMembers: board.approveNewMembers },
      findResubmitted: async (tx, submissionKey) =>
        (await first(tx.select({ id: posts.id }).from(posts).where(and(eq(posts.authorId, user.id), eq(posts.submissionKey, submissionKey)))))?.id,
      insert: async (tx, admitted) => {
        const at = new Date(now);
        const id = (await returned(tx
          .insert(posts)
          .values({
            boardId: board.id,
            authorId: user.id,
            title: input.title,
            bodySource: input.body,
            bodyHtml,
            createdAt: at,
            lastActivityAt: at,
            submissionKey: key,
            status: admitted.status,
            holdReasons: admitted.status === "held" ? admitted.holdReasons : null,
          })
          .returning({ id: posts.id }))).id;
        await recordMediaUses(tx, { postId: id }, input.body);
        return id;
      },
      onPublished: async (tx, id) => {
        await countPublished(tx, { type: "post", boardId: board.id, authorId: user.id }, 1);
        await notifyMentions(tx, { type: "post", id, postId: id, authorId: user.id, html: bodyHtml }, now);
      },
    },
    now,
  );
  return written.ok ? { ...written, boardSlug: board.slug } : written;
}

type EditablePost = { id: number; authorId: string; status: string; title: string; bodySource: string; createdAt: Date; editedAt: Date | null; boardSlug: string };

/** A post with what the edit and delete rules need, whatever its status. */
export async function findPostForWriting(postId: number): Promise<EditablePost | null> {
  return (
    await first(getDb()
      .select({
        id: posts.id,
        authorId: posts.authorId,
        status: posts.status,
        title: posts.title,
        bodySource: posts.bodySource,
        createdAt: posts.createdAt,
        editedAt: posts.editedAt,
        boardSlug: boards.slug,
      })
      .from(posts)
      .innerJoin(boards, eq(boards.id, posts.boardId))
      .where(eq(posts.id, postId))) ?? null
  );
}

/** Saves an edit; the version it replaces goes to the history unless it is only minutes old. */
export async function editPost(user: CurrentUser, postId: number, input: PostWrite, now = Date.now()): Promise<WriteResult<PostPlace>> {
  const post = await findPostForWriting(postId);
  if (!post) return refuse("postNotFound");
  if (!canEditPost(user, post)) return refuse("cannotEditPost");
  if (post.title === input.title && post.bodySource === input.body) return { ok: true, id: post.id, boardSlug: post.boardSlug };
  // Spam added to an old post by an edit is held like new spam.
  const screening = await screenWriting({ author: user, title: input.title, body: input.body, editing: { type: "post", id: post.id } }, now);
  if ("ok" in screening) return screening;
  const bodyHtml = input.bodyHtml ?? renderMarkdown(input.body, POST_HEADING_OFFSET);
  await getDb().transaction(async (tx) => {
    if (screening.status === "held") await setContentStatus(tx, "post", post.id, "held", { holdReasons: screening.holdReasons });
    if (keepsRevision(post.editedAt, now)) {
      await tx.insert(postRevisions).values({ postId: post.id, title: post.title, bodySource: post.bodySource, writtenAt: post.editedAt ?? post.createdAt });
    }
    const previousHtml = (await first(tx.select({ html: posts.bodyHtml }).from(posts).where(eq(posts.id, post.id))))?.html;
    await tx.update(posts).set({ title: input.title, bodySource: input.body, bodyHtml, editedAt: new Date(now) }).where(eq(posts.id, post.id));
    await recordMediaUses(tx, { postId: post.id }, input.body);
    await notifyMentions(tx, { type: "post", id: post.id, postId: post.id, authorId: user.id, html: bodyHtml, previousHtml }, now);
  });
  return { ok: true, id: post.id, boardSlug: post.boardSlug };
}

/** The author deletes a post: it leaves lists and its URL answers "gone"; counters follow. */
export async function deletePost(user: CurrentUser, postId: number): Promise<WriteResult<PostPlace>> {
  const post = await findPostForWriting(postId);
  if (!post) return refuse("postNotFound");
  if (!canDeletePost(user, post)) return refuse("cannotDeletePost");
  await getDb().transaction((tx) => setContentStatus(tx, "post", post.id, "deleted"));
  return { ok: true, id: post.id, boardSlug: post.boardSlug };
}
