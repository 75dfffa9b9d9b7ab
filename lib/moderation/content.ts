// What moderators do to content: remove and restore, approve what was held, lock, pin and move threads.
// Every action is written to the moderation log in the same transaction.
import "server-only";
import { and, eq } from "drizzle-orm";
import { first, getDb, type Tx } from "@/db";
import { boards, comments, postMoves, posts, type RemovalReason, type TargetType } from "@/db/schema";
import type { CurrentUser } from "../auth/session";
import { setContentStatus } from "../content/status";
import { logAction } from "./log";
import { canModerate } from "../permissions";
import { resolveReports } from "./reports";
import { notifyDecision } from "./decision-notices";
import { refuse, type WriteResult } from "../write-result";

type Target = { type: TargetType; id: number };

/** Where a moderated item lives, as the database has it: what an action needs to send the moderator back to it. */
export type ItemPlace = { id: number; postId: number; boardSlug: string };

/** The item, with what the log shows of it: a post's title, or the title of the comment's thread. */
export async function loadTarget({ type, id }: Target) {
  const db = getDb();
  if (type === "post") {
    return await first(db
      .select({ status: posts.status, authorId: posts.authorId, label: posts.title, postId: posts.id, boardSlug: boards.slug })
      .from(posts)
      .innerJoin(boards, eq(boards.id, posts.boardId))
      .where(eq(posts.id, id)));
  }
  return await first(db
    .select({ status: comments.status, authorId: comments.authorId, label: posts.title, postId: comments.postId, boardSlug: boards.slug })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .innerJoin(boards, eq(boards.id, posts.boardId))
    .where(eq(comments.id, id)));
}

export async function removeContent(mod: CurrentUser, target: Target, reason: RemovalReason, note: string | null, now = Date.now()): Promise<WriteResult<ItemPlace>> {
  if (!canModerate(mod)) return refuse("notModerator");
  const item = await loadTarget(target);
  if (!item || item.status === "deleted") return refuse(target.type === "post" ? "postNotFound" : "commentNotFound");
  if (item.status === "removed") return refuse("alreadyRemoved");
  await getDb().transaction((tx) => writeRemoval(tx, mod, target, item.label, reason, note, now));
  return { ok: true, id: target.id, postId: item.postId, boardSlug: item.boardSlug };
}

/** The removal itself, inside a caller's transaction: logged, the item hidden, its reports closed. */
export async function writeRemoval(tx: Tx, mod: CurrentUser, target: Target, label: string, reason: RemovalReason, note: string | null, now: number): Promise<void> {
  const logId = await logAction(tx, { actorId: mod.id, action: "remove", targetType: target.type, targetId: target.id, targetLabel: label, reason, note }, now);
  await setContentStatus(tx, target.type, target.id, "removed", { removalReason: reason, removalNote: note, removalLogId: logId });
  await resolveReports(tx, target, now);
  await notifyDecision(tx, target, "removed", reason, now);
}

/** Puts removed or held content back in view, as it was written. */
export async function restoreContent(mod: CurrentUser, target: Target, now = Date.now()): Promise<WriteResult<ItemPlace>> {
  if (!canModerate(mod)) return refuse("notModerator");
  const item = await loadTarget(target);
  if (!item || (item.status !== "removed" && item.status !== "held")) return refuse("nothingToRestore");
  await getDb().transaction(async (tx) => {
    await logAction(tx, { actorId: mod.id, action: item.status === "held" ? "approve" : "restore", targetType: target.type, targetId: target.id, targetLabel: item.label }, now);
    await setContentStatus(tx, target.type, target.id, "published", { removalReason: null, removalNote: null, removalLogId: null, holdReasons: null });
    await resolveReports(tx, target, now);
    await notifyDecision(tx, target, item.status === "held" ? "approved" : "restored", null, now);
  });
  return { ok: true, id: target.id, postId: item.postId, boardSlug: item.boardSlug };
}

export type ThreadSwitch = "lock" | "unlock" | "pin" | "unpin";

export async function switchThread(mod: CurrentUser, postId: number, change: ThreadSwitch, now = Date.now()): Promise<WriteResult<ItemPlace>> {
  if (!canModerate(mod)) return refuse("notModerator");
  const post = await loadTarget({ type: "post", id: postId });
  if (!post || post.status === "deleted") return refuse("postNotFound");
  const set = change === "lock" || change === "unlock" ? { locked: change === "lock" } : { pinned: change === "pin" };
  await getDb().transaction(async (tx) => {
    await tx.update(posts).set(set).where(eq(posts.id, postId));
    await logAction(tx, { actorId: mod.id, action: change, targetType: "post", targetId: postId, targetLabel: post.label }, now);
  });
  return { ok: true, id: postId, postId, boardSlug: post.boardSlug };
}

/** Moves a thread to another board; its old URL keeps working as a permanent redirect. */
export async function movePost(mod: CurrentUser, postId: number, toBoardSlug: string, now = Date.now()): Promise<WriteResult<{ id: number; boardSlug: string }>> {
  if (!canModerate(mod)) return refuse("notModerator");
  const db = getDb();
  const post = await first(db
    .select({ boardId: posts.boardId, boardSlug: boards.slug, status: posts.status, title: posts.title, authorId: posts.authorId })
    .from(posts)
    .innerJoin(boards, eq(boards.id, posts.boardId))
    .where(eq(posts.id, postId)));
  const to = await first(db.select({ id: boards.id, archived: boards.archived }).from(boards).where(eq(boards.slug, toBoardSlug)));
  if (!post || post.status === "deleted") return refuse("postNotFound");
  if (!to || to.archived) return refuse("boardNotFound");
  if (to.id === post.boardId) return { ok: true, id: postId, boardSlug: toBoardSlug };
  await db.transaction(async (tx) => {
    // Out of the old board's count and into the new one's, by passing through a hidden state.
    const status = post.status;
    await setContentStatus(tx, "post", postId, "held");
    await tx.update(posts).set({ boardId: to.id }).where(eq(posts.id, postId));
    await setContentStatus(tx, "post", postId, status);
    await tx.insert(postMoves).values({ postId, fromBoardId: post.boardId }).onConflictDoNothing();
    await logAction(tx, { actorId: mod.id, action: "move", targetType: "post", targetId: postId, targetLabel: post.title, change: { from: post.boardSlug, to: toBoardSlug } }, now);
  });
  return { ok: true, id: postId, boardSlug: toBoardSlug };
}
