// Appeals: a suspended or banned member asks moderators to look again at their sanction, once per sanction at a
// time; a moderator upholds it or lifts it with a short answer, which goes to the log and to the member.
import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { first, getDb, returned } from "@/db";
import { appeals, moderationLog, users, type UserRole, type UserStatus } from "@/db/schema";
import type { CurrentUser } from "../auth/session";
import { notify } from "../accounts/notify";
import { canAppeal, canModerate, canSanction } from "../permissions";
import { logAction } from "./log";
import { refuse, type WriteResult } from "../write-result";

/** The log actions that put a sanction on a member. */
const SANCTION_ACTIONS = ["suspend", "ban", "remove_spammer"];

export type SanctionInForce = { status: Exclude<UserStatus, "active">; until: Date | null; reason: string | null; logId: number };

/** The sanction a member is under now, with its public reason and the log entry that names it; null when none. */
export async function sanctionInForce(userId: string, now = Date.now()): Promise<SanctionInForce | null> {
  const db = getDb();
  const user = await first(db.select({ status: users.status, until: users.statusUntil, reason: users.statusReason }).from(users).where(eq(users.id, userId)));
  if (!user || user.status === "active") return null;
  // A suspension ends by itself when its time is up (as lib/accounts/members.ts reads it).
  if (user.status === "suspended" && user.until && user.until.getTime() <= now) return null;
  const entry = await first(db
    .select({ id: moderationLog.id })
    .from(moderationLog)
    .where(and(eq(moderationLog.targetType, "user"), eq(moderationLog.targetId, userId), inArray(moderationLog.action, SANCTION_ACTIONS)))
    .orderBy(desc(moderationLog.id))
    .limit(1));
  return { status: user.status, until: user.until, reason: user.reason, logId: entry?.id ?? 0 };
}

export type AppealView = { id: number; status: string; body: string; answer: string | null; createdAt: Date; answeredAt: Date | null };

/** The member's appeal against the sanction they are under (open or answered), if they made one. */
export async function appealAgainst(userId: string, sanctionLogId: number): Promise<AppealView | null> {
  return (
    await first(getDb()
      .select({ id: appeals.id, status: appeals.status, body: appeals.body, answer: appeals.answer, createdAt: appeals.createdAt, answeredAt: appeals.answeredAt })
      .from(appeals)
      .where(and(eq(appeals.userId, userId), eq(appeals.sanctionLogId, sanctionLogId)))
      .orderBy(desc(appeals.id))
      .limit(1)) ?? null
  );
}

/**
 * The member files an appeal against their own sanction in force: one open appeal per sanction, and once the
 * moderators kept a sanction after an appeal, that sanction is not appealed again (a new sanction may be).
 */
export async function fileAppeal(member: { id: string; role: UserRole; status: UserStatus } | null, body: string, now = Date.now()): Promise<WriteResult> {
  if (!canAppeal(member)) return refuse("appealNotSanctioned");
  const sanction = await sanctionInForce(member.id, now);
  if (!sanction) return refuse("appealNotSanctioned");
  const db = getDb();
  const earlier = await appealAgainst(member.id, sanction.logId);
  if (earlier?.status === "open") return refuse("appealAlreadyOpen");
  if (earlier) return refuse("appealAlreadyAnswered");
  const row = await returned(db.insert(appeals).values({ userId: member.id, sanctionLogId: sanction.logId, body, createdAt: new Date(now) }).returning({ id: appeals.id }));
  return { ok: true, id: row.id };
}

export type AppealOutcome = "uphold" | "lift";

/** A moderator answers an open appeal: the sanction stays or is lifted; logged, and the member is told. */
export async function answerAppeal(mod: CurrentUser, appealId: number, outcome: AppealOutcome, answer: string, now = Date.now()): Promise<WriteResult<{ id: number; username: string }>> {
  if (!canModerate(mod)) return refuse("notModerator");
  const db = getDb();
  const appeal = await first(db
    .select({ id: appeals.id, status: appeals.status, userId: appeals.userId, username: users.username, role: users.role, userStatus: users.status })
    .from(appeals)
    .innerJoin(users, eq(users.id, appeals.userId))
    .where(eq(appeals.id, appealId)));
  if (!appeal) return refuse("appealNotFound");
  if (appeal.status !== "open") return refuse("appealAnswered");
  if (!canSanction(mod, { id: appeal.userId, role: appeal.role })) return refuse("cannotSanction");
  await db.transaction(async (tx) => {
    const status = outcome === "lift" ? "lifted" : "upheld";
    await tx.update(appeals).set({ status, answer, answeredBy: mod.id, answeredAt: new Date(now) }).where(eq(appeals.id, appealId));
    if (outcome === "lift" && appeal.userStatus !== "active") {
      await tx.update(users).set({ status: "active", statusUntil: null, statusReason: null }).where(eq(users.id, appeal.userId));
    }
    await logAction(tx, { actorId: mod.id, action: outcome === "lift" ? "appeal_lift" : "appeal_uphold", targetType: "user", targetId: appeal.userId, targetLabel: appeal.username, note: answer }, now);
    await notify(tx, { userId: appeal.userId, kind: "appeal_answer", actorId: null, detail: { outcome: status, answer } }, now);
  });
  return { ok: true, id: appealId, username: appeal.username };
}

export type OpenAppeal = { id: number; body: string; createdAt: Date; user: { id: string; username: string; name: string; status: UserStatus; until: Date | null; reason: string | null } };

/** Open appeals for the review queue, oldest first. */
export async function openAppeals(limit = 100): Promise<OpenAppeal[]> {
  return (await getDb()
    .select({
      id: appeals.id,
      body: appeals.body,
      createdAt: appeals.createdAt,
      userId: users.id,
      username: users.username,
      name: users.name,
      status: users.status,
      until: users.statusUntil,
      reason: users.statusReason,
    })
    .from(appeals)
    .innerJoin(users, eq(users.id, appeals.userId))
    .where(eq(appeals.status, "open"))
    .orderBy(asc(appeals.createdAt), asc(appeals.id))
    .limit(limit))
    .map(({ userId, username, name, status, until, reason, ...rest }) => ({ ...rest, user: { id: userId, username, name, status, until, reason } }));
}

/** The member's latest appeal, whatever its sanction: what the appeal page shows once a sanction is over. */
export async function latestAppeal(userId: string): Promise<AppealView | null> {
  return (
    await first(getDb()
      .select({ id: appeals.id, status: appeals.status, body: appeals.body, answer: appeals.answer, createdAt: appeals.createdAt, answeredAt: appeals.answeredAt })
      .from(appeals)
      .where(eq(appeals.userId, userId))
      .orderBy(desc(appeals.id))
      .limit(1)) ?? null
  );
}
