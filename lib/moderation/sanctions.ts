// Sanctions on members: suspension for some days, a ban, lifting either, and "remove as spammer" (reversible).
import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { comments, moderationLog, posts, users, type RemovalReason, type TargetType } from "@/db/schema";
import type { CurrentUser } from "../auth/session";
import { setContentStatus } from "../content/status";
import { logAction } from "./log";
import { loadTarget as loadContent, writeRemoval } from "./content";
import { waitingFrom } from "./reports";
import { canModerate, canSanction } from "../permissions";
import { refuse, type WriteResult } from "../write-result";

export const MAX_SUSPENSION_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;

type Target = { id: string; username: string; role: CurrentUser["role"]; status: CurrentUser["status"] };

/** A sanction's log id (0 where none is kept) and the member's username, for the action to refresh their profile. */
type SanctionDone = { id: number; username: string };

function loadTarget(userId: string): Target | undefined {
  return getDb().select({ id: users.id, username: users.username, role: users.role, status: users.status }).from(users).where(eq(users.id, userId)).get();
}

export function suspendUser(mod: CurrentUser, userId: string, days: number, reason: string, now = Date.now()): WriteResult<SanctionDone> {
  const target = loadTarget(userId);
  if (!target) return refuse("userNotFound");
  if (!canSanction(mod, target)) return refuse("cannotSanction");
  if (!Number.isInteger(days) || days < 1 || days > MAX_SUSPENSION_DAYS) return refuse("suspensionDays");
  getDb().transaction((tx) => writeSanction(tx, mod, target, { kind: "suspend", days }, reason, now));
  return { ok: true, id: 0, username: target.username };
}

export type Sanction = { kind: "ban" } | { kind: "suspend"; days: number };

function writeSanction(tx: Tx, mod: CurrentUser, target: Target, sanction: Sanction, reason: string, now: number): void {
  if (sanction.kind === "ban") {
    tx.update(users).set({ status: "banned", statusUntil: null, statusReason: reason }).where(eq(users.id, target.id)).run();
    logAction(tx, { actorId: mod.id, action: "ban", targetType: "user", targetId: target.id, targetLabel: target.username, reason }, now);
    return;
  }
  const until = new Date(now + sanction.days * DAY_MS);
  tx.update(users).set({ status: "suspended", statusUntil: until, statusReason: reason }).where(eq(users.id, target.id)).run();
  const note = `${sanction.days}d`;
  logAction(tx, { actorId: mod.id, action: "suspend", targetType: "user", targetId: target.id, targetLabel: target.username, reason, note }, now);
}

/**
 * From the review queue: removes an item and sanctions whoever wrote it (read from the item, never from the form),
 * both or neither, in one transaction.
 */
export function removeAndSanction(
  mod: CurrentUser,
  item: { type: TargetType; id: number },
  reason: RemovalReason,
  sanction: Sanction,
  now = Date.now(),
): WriteResult<{ id: number; postId: number }> {
  if (!canModerate(mod)) return refuse("notModerator");
  const content = loadContent(item);
  if (!content || content.status === "deleted") return refuse(item.type === "post" ? "postNotFound" : "commentNotFound");
  if (content.status === "removed") return refuse("alreadyRemoved");
  const author = loadTarget(content.authorId);
  if (!author) return refuse("userNotFound");
  if (!canSanction(mod, author)) return refuse("cannotSanction");
  if (sanction.kind === "suspend" && (!Number.isInteger(sanction.days) || sanction.days < 1 || sanction.days > MAX_SUSPENSION_DAYS)) {
    return refuse("suspensionDays");
  }
  getDb().transaction((tx) => {
    writeRemoval(tx, mod, item, content.label, reason, null, now);
    writeSanction(tx, mod, author, sanction, reason, now);
  });
  return { ok: true, id: item.id, postId: content.postId };
}

/**
 * The queue's follow-up to sanctioning an author: removes everything else of theirs that waits in the review queue,
 * held or reported, in one step, with one log entry per item. Only for an author who is suspended or banned now.
 */
export function removeWaitingFrom(mod: CurrentUser, authorId: string, reason: RemovalReason, now = Date.now()): WriteResult<{ id: number; removed: number }> {
  if (!canModerate(mod)) return refuse("notModerator");
  const author = loadTarget(authorId);
  if (!author) return refuse("userNotFound");
  if (!canSanction(mod, author)) return refuse("cannotSanction");
  if (author.status === "active") return refuse("notSanctioned");
  let removed = 0;
  getDb().transaction((tx) => {
    for (const item of waitingFrom(authorId)) {
      const content = loadContent(item);
      if (!content || content.status === "deleted" || content.status === "removed") continue;
      writeRemoval(tx, mod, item, content.label, reason, null, now);
      removed++;
    }
  });
  return { ok: true, id: 0, removed };
}

export function banUser(mod: CurrentUser, userId: string, reason: string, now = Date.now()): WriteResult<SanctionDone> {
  const target = loadTarget(userId);
  if (!target) return refuse("userNotFound");
  if (!canSanction(mod, target)) return refuse("cannotSanction");
  getDb().transaction((tx) => writeSanction(tx, mod, target, { kind: "ban" }, reason, now));
  return { ok: true, id: 0, username: target.username };
}

export function liftSanction(mod: CurrentUser, userId: string, now = Date.now()): WriteResult<SanctionDone> {
  const target = loadTarget(userId);
  if (!target) return refuse("userNotFound");
  if (!canSanction(mod, target)) return refuse("cannotSanction");
  if (target.status === "active") return refuse("nothingToLift");
  getDb().transaction((tx) => {
    tx.update(users).set({ status: "active", statusUntil: null, statusReason: null }).where(eq(users.id, userId)).run();
    logAction(tx, { actorId: mod.id, action: "lift", targetType: "user", targetId: userId, targetLabel: target.username }, now);
  });
  return { ok: true, id: 0, username: target.username };
}

/** Removes everything a member wrote that readers can see or that waits for review, and bans them, as one action. */
export function removeAsSpammer(mod: CurrentUser, userId: string, now = Date.now()): WriteResult<SanctionDone & { removed: number }> {
  const target = loadTarget(userId);
  if (!target) return refuse("userNotFound");
  if (!canSanction(mod, target)) return refuse("cannotSanction");
  const db = getDb();
  return db.transaction((tx) => {
    const logId = logAction(tx, { actorId: mod.id, action: "remove_spammer", targetType: "user", targetId: userId, targetLabel: target.username, reason: "spam" }, now);
    const live = ["published", "held"] as const;
    const postIds = tx.select({ id: posts.id }).from(posts).where(and(eq(posts.authorId, userId), inArray(posts.status, [...live]))).all();
    const commentIds = tx.select({ id: comments.id }).from(comments).where(and(eq(comments.authorId, userId), inArray(comments.status, [...live]))).all();
    const removal = { removalReason: "spam" as const, removalNote: null, removalLogId: logId };
    for (const { id } of postIds) setContentStatus(tx, "post", id, "removed", removal);
    for (const { id } of commentIds) setContentStatus(tx, "comment", id, "removed", removal);
    tx.update(users).set({ status: "banned", statusUntil: null, statusReason: "spam" }).where(eq(users.id, userId)).run();
    return { ok: true as const, id: logId, username: target.username, removed: postIds.length + commentIds.length };
  });
}

/** Undoes a "remove as spammer": restores what that action removed and lifts the ban. */
export function undoSpammerRemoval(mod: CurrentUser, userId: string, logId: number, now = Date.now()): WriteResult<SanctionDone & { restored: number }> {
  const target = loadTarget(userId);
  if (!target) return refuse("userNotFound");
  if (!canSanction(mod, target)) return refuse("cannotSanction");
  const db = getDb();
  return db.transaction((tx) => {
    const restore = { removalReason: null, removalNote: null, removalLogId: null, holdReasons: null };
    const postIds = tx.select({ id: posts.id }).from(posts).where(and(eq(posts.removalLogId, logId), eq(posts.authorId, userId))).all();
    const commentIds = tx.select({ id: comments.id }).from(comments).where(and(eq(comments.removalLogId, logId), eq(comments.authorId, userId))).all();
    for (const { id } of postIds) setContentStatus(tx, "post", id, "published", restore);
    for (const { id } of commentIds) setContentStatus(tx, "comment", id, "published", restore);
    tx.update(users).set({ status: "active", statusUntil: null, statusReason: null }).where(eq(users.id, userId)).run();
    logAction(tx, { actorId: mod.id, action: "undo_remove_spammer", targetType: "user", targetId: userId, targetLabel: target.username }, now);
    return { ok: true as const, id: logId, username: target.username, restored: postIds.length + commentIds.length };
  });
}

/** The "remove as spammer" action still in force on a banned member, for its undo button. */
export function activeSpammerRemoval(userId: string): number | null {
  const row = getDb()
    .select({ id: moderationLog.id, action: moderationLog.action })
    .from(moderationLog)
    .where(and(eq(moderationLog.targetType, "user"), eq(moderationLog.targetId, userId), inArray(moderationLog.action, ["remove_spammer", "undo_remove_spammer", "lift", "ban", "suspend"])))
    .orderBy(desc(moderationLog.id))
    .limit(1)
    .get();
  return row?.action === "remove_spammer" ? row.id : null;
}
