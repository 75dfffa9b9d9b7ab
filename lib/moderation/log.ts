// The moderation log: every moderator and admin action, written in the same transaction as the action itself.
import "server-only";
import { count, desc, eq } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { moderationLog, users } from "@/db/schema";

export type LogEntry = {
  actorId: string;
  action: string;
  targetType: "post" | "comment" | "user" | "board" | "word";
  targetId: string | number;
  targetLabel?: string;
  reason?: string | null;
  note?: string | null;
};

/** Writes one log entry inside the caller's transaction and returns its id. */
export function logAction(tx: Tx, entry: LogEntry, now = Date.now()): number {
  return tx
    .insert(moderationLog)
    .values({ ...entry, targetId: String(entry.targetId), targetLabel: entry.targetLabel ?? "", createdAt: new Date(now) })
    .returning({ id: moderationLog.id })
    .get().id;
}

export const LOG_PAGE_SIZE = 50;

export function listLog(page: number) {
  return getDb()
    .select({
      id: moderationLog.id,
      action: moderationLog.action,
      targetType: moderationLog.targetType,
      targetId: moderationLog.targetId,
      targetLabel: moderationLog.targetLabel,
      reason: moderationLog.reason,
      note: moderationLog.note,
      createdAt: moderationLog.createdAt,
      actorName: users.name,
      actorUsername: users.username,
    })
    .from(moderationLog)
    .innerJoin(users, eq(users.id, moderationLog.actorId))
    .orderBy(desc(moderationLog.id))
    .limit(LOG_PAGE_SIZE)
    .offset((page - 1) * LOG_PAGE_SIZE)
    .all();
}


export function countLog(): number {
  return getDb().select({ n: count() }).from(moderationLog).get()?.n ?? 0;
}
