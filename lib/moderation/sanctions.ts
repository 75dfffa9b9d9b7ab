// Sanctions on members: suspension for some days, a ban, lifting either, and "remove as spammer" (reversible).
import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { first, getDb, type Tx } from "@/db";
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

async function loadTarget(userId: string): Promise<Target | undefined> {
  return await first(getDb().select({ id: users.id, username: users.username, role: users.role, status: users.status }).from(users).where(eq(users.id, userId)));
}

export async function suspendUser(mod: CurrentUser, userId: string, days: number, reason: string, now = Date.now()): Promise<WriteResult<SanctionDone>> {
  const target = await loadTarget(userId);
  if (!target) return refuse("userNotFound");
  if (!canSanction(mod, target)) return refuse("cannotSanction");
  if (!Number.isInteger(days) || days < 1 || days > MAX_SUSPENSION_DAYS) return refuse("suspensionDays");
  await getDb().transaction((tx) => writeSanction(tx, mod, target, { kind: "suspend", days }, reason, now));
  return { ok: true, id: 0, username: target.username };
}

export type Sanction = { kind: "ban" } | { kind: "suspend"; days: number };

async function writeSanction(tx: Tx, mod: CurrentUser, target: Target, sanction: Sanction, reason: string, now: number): Promise<void> {
  if (sanction.kind === "ban") {
    await tx.update(users).set({ status: "banned", statusUntil: null, statusReason: reason }).where(eq(users.id, target.id));
    await logAction(tx, { actorId: mod.id, action: "ban", targetType: "user", targetId: target.id, targetLabel: target.username, reason }, now);
    return;
  }
  const until = new Date(now + sanction.days * DAY_MS);
  await tx.update(users).set({ status: "suspended", statusUntil: until, statusReason: reason }).where(eq(users.id, target.id));
  const note = `${sanction.days}d`;
  await logAction(tx, { actorId: mod.id, action: "suspend", targetType: "user", targetId: target.id, targetLabel: target.username, reason, note }, now);
}

/**
 * From the review queue: removes an item and sanctions whoever wrote it (read from the item, never from the form),
 * both or neither, in one transaction.
 */
export async function removeAndSanction(
  mod: CurrentUser,
  item: { type: TargetType; id: number },
  reason: RemovalReason,
  sanction: Sanction,
  now = Date.now(),
): Promise<WriteResult<{ id: number; postId: number }>> {
  if (!canModerate(mod)) return refuse("notModerator");
  const content = await loadContent(item);
  if (!content || content.status === "deleted") return refuse(item.type === "post" ? "postNotFound" : "commentNotFound");
  if (content.status === "removed") return refuse("alreadyRemoved");
  const author = await loadTarget(content.authorId);
  if (!author) return refuse("userNotFound");
  if (!canSanction(mod, author)) return refuse("cannotSanction");
  if (sanction.kind === "suspend" && (!Number.isInteger(sanction.days) || sanction.days < 1 || sanction.days > MAX_SUSPENSION_DAYS)) {
    return refuse("suspensionDays");
  }
  await getDb().transaction(async (tx) => {
    await writeRemoval(tx, mod, item, content.label, reason, null, now);
    await writeSanction(tx, mod, author, sanction, reason, now);
  });
  return { ok: true, id: item.id, postId: content.postId };
}

/**
 * The queue's follow-up to sanctioning an author: removes everything else of theirs that waits in the review queue,
 * held or reported, in one step, with one log entry per item. Only for an author who is suspended or banned now.
 */
export async function removeWaitingFrom(mod: CurrentUser, authorId: string, reason: RemovalReason, now = Date.now()): Promise<WriteResult<{ id: number; removed: number }>> {
  if (!canModerate(mod)) return refuse("notModerator");
  const author = await loadTarget(authorId);
  if (!author) return refuse("userNotFound");
  if (!canSanction(mod, author)) return refuse("cannotSanction");
  if (author.status === "active") return refuse("notSanctioned");
  let removed = 0;
  await getDb().transaction(async (tx) => {
    for (const item of await waitingFrom(authorId)) {
      const content = await loadContent(item);
      if (!content || content.status === "deleted" || content.status === "removed") continue;
      await writeRemoval(tx, mod, item, content.label, reason, null, now);
      removed++;
    }
  });
  return { ok: true, id: 0, removed };
}

export async function banUser(mod: CurrentUser, userId: string, reason: string, now = Date.now()): Promise<WriteResult<SanctionDone>> {
  const target = await loadTarget(userId);
  if (!target) return refuse("userNotFound");
  if (!canSanction(mod, target)) return refuse("cannotSanction");
  await getDb().transaction((tx) => writeSanction(tx, mod, target, { kind: "ban" }, reason, now));
  return { ok: true, id: 0, username: target.username };
}

export async function liftSanction(mod: CurrentUser, userId: string, now = Date.now()): Promise<WriteResult<SanctionDone>> {
  const target = await loadTarget(userId);
  if (!target) return refuse("userNotFound");
  if (!canSanction(mod, target)) return refuse("cannotSanction");
  if (target.status === "active") return refuse("nothingToLift");
  await getDb().transaction(async (tx) => {
    await tx.update(users).set({ status: "active", statusUntil: null, statusReason: null }).where(eq(users.id, userId));
    await logAction(tx, { actorId: mod.id, action: "lift", targetType: "user", targetId: userId, targetLabel: target.username }, now);
  });
  return { ok: true, id: 0, username: target.username };
}

/** Removes everything a member wrote that readers can see or that waits for review, and bans them, as one action. */
export async function removeAsSpammer(mod: CurrentUser, userId: string, now = Date.now()): Promise<WriteResult<SanctionDone & { removed: number }>> {
  const target = await loadTarget(userId);
  if (!target) return refuse("userNotFound");
  if (!canSanction(mod, target)) return refuse("cannotSanction");
  const db = getDb();
  return db.transaction(async (tx) => {
    const logId = await logAction(tx, { actorId: mod.id, action: "remove_spammer", targetType: "user", targetId: userId, targetLabel: target.username, reason: "spam" }, now);
    const live = ["published", "held"] as const;
    const postIds = await tx.select({ id: posts.id }).from(posts).where(and(eq(posts.authorId, userId), inArray(posts.status, [...live])));
    const commentIds = await tx.select({ id: comments.id }).from(comments).where(and(eq(comments.authorId, userId), inArray(comments.status, [...live])));
    const removal = { removalReason: "spam" as const, removalNote: null, removalLogId: logId };
    for (const { id } of postIds) await setContentStatus(tx, "post", id, "removed", removal);
    for (const { id } of commentIds) await setContentStatus(tx, "comment", id, "removed", removal);
    await tx.update(users).set({ status: "banned", statusUntil: null, statusReason: "spam" }).where(eq(users.id, userId));
    return { ok: true as const, id: logId, username: target.username, removed: postIds.length + commentIds.length };
  });
}

/** Undoes a "remove as spammer": restores what that action removed and lifts the ban. */
export async function undoSpammerRemoval(mod: CurrentUser, userId: string, logId: number, now = Date.now()): Promise<WriteResult<SanctionDone & { restored: number }>> {
  const target = await loadTarget(userId);
  if (!target) return refuse("userNotFound");
  if (!canSanction(mod, target)) return refuse("cannotSanction");
  const db = getDb();
  return db.transaction(async (tx) => {
    const restore = { removalReason: null, removalNote: null, removalLogId: null, holdReasons: null };
    const postIds = await tx.select({ id: posts.id }).from(posts).where(and(eq(posts.removalLogId, logId), eq(posts.authorId, userId)));
    const commentIds = await tx.select({ id: comments.id }).from(comments).where(and(eq(comments.removalLogId, logId), eq(comments.authorId, userId)));
    for (const { id } of postIds) await setContentStatus(tx, "post", id, "published", restore);
    for (const { id } of commentIds) await setContentStatus(tx, "comment", id, "published", restore);
    await tx.update(users).set({ status: "active", statusUntil: null, statusReason: null }).where(eq(users.id, userId));
    await logAction(tx, { actorId: mod.id, action: "undo_remove_spammer", targetType: "user", targetId: userId, targetLabel: target.username }, now);
    return { ok: true as const, id: logId, username: target.username, restored: postIds.length + commentIds.length };
  });
}

/** The "remove as spammer" action still in force on a banned member, for its undo button. */
export async function activeSpammerRemoval(userId: string): Promise<number | null> {
  const row = await first(getDb()
    .select({ id: moderationLog.id, action: moderationLog.action })
    .from(moderationLog)
    .where(and(eq(moderationLog.targetType, "user"), eq(moderationLog.targetId, userId), inArray(moderationLog.action, ["remove_spammer", "undo_remove_spammer", "lift", "ban", "suspend"])))
    .orderBy(desc(moderationLog.id))
    .limit(1));
  return row?.action === "remove_spammer" ? row.id : null;
}
