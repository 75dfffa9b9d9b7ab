// Members flag posts and comments; enough flags, or one from a moderator, hide the item until someone reviews it.
import "server-only";
import { and, count, eq, gte, isNull, not, sql } from "drizzle-orm";
import { first, getDb, selectRows, type Tx } from "@/db";
import { boards, comments, posts, reports, users, type RemovalReason, type TargetType, type UserStatus } from "@/db/schema";
import type { CurrentUser } from "../auth/session";
import { setContentStatus } from "../content/status";
import { logAction } from "./log";
import { notifyDecision } from "./decision-notices";
import { canModerate, canReport, isActive, reportsMayHold } from "../permissions";
import { refuse, type WriteResult } from "../write-result";

/** Distinct members whose reports hide an item pending review. */
export const REPORTS_TO_HIDE = 3;
export const REPORTS_PER_HOUR = 10;
/**
 * A report counts towards the automatic hold only from an account this old, or with this many posts and comments:
 * a dozen accounts registered in a minute must not be able to take anything down. Their reports still reach the queue.
 */
export const REPORTER_MIN_AGE_DAYS = 3;
export const REPORTER_MIN_WRITINGS = 5;
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** SQL: the reporting account is too new and too quiet for its report to count towards a hold. */
const newReporter = (now: number) =>
  sql<boolean>`(${users.createdAt} > ${sql.param(new Date(now - REPORTER_MIN_AGE_DAYS * DAY_MS), users.createdAt)} AND ${users.postCount} + ${users.commentCount} < ${REPORTER_MIN_WRITINGS})`;

/** The same rule in code, for reports already read. */
const isNewReporter = (reporter: { createdAt: Date; postCount: number; commentCount: number }, now: number) =>
  reporter.createdAt.getTime() > now - REPORTER_MIN_AGE_DAYS * DAY_MS && reporter.postCount + reporter.commentCount < REPORTER_MIN_WRITINGS;

export async function reportContent(
  user: CurrentUser,
  target: { type: TargetType; id: number },
  reason: RemovalReason,
  note: string | null,
  now = Date.now(),
): Promise<WriteResult<{ id: number; hidden: boolean }>> {
  if (!isActive(user)) return refuse("accountRestricted");
  const db = getDb();
  const item =
    target.type === "post"
      ? await first(db
          .select({ status: posts.status, authorId: posts.authorId, authorRole: users.role, threadLocked: posts.locked })
          .from(posts)
          .innerJoin(users, eq(users.id, posts.authorId))
          .where(eq(posts.id, target.id)))
      : await first(db
          .select({ status: comments.status, authorId: comments.authorId, authorRole: users.role, threadLocked: posts.locked })
          .from(comments)
          .innerJoin(posts, eq(posts.id, comments.postId))
          .innerJoin(users, eq(users.id, comments.authorId))
          .where(eq(comments.id, target.id)));
  if (!item || item.status !== "published") return refuse(target.type === "post" ? "postNotFound" : "commentNotFound");
  if (item.threadLocked) return refuse("threadLockedToReports");
  // Active, the item published, its thread open: what is left for canReport to refuse is the reporter's own writing.
  if (!canReport(user, item)) return refuse("cannotReportOwn");
  const recent = (await first(db.select({ n: count() }).from(reports).where(and(eq(reports.reporterId, user.id), gte(reports.createdAt, new Date(now - HOUR_MS))))))?.n ?? 0;
  if (recent >= REPORTS_PER_HOUR) return refuse("tooManyReports");

  return db.transaction(async (tx) => {
    const inserted = await first(tx
      .insert(reports)
      .values({ targetType: target.type, targetId: target.id, reporterId: user.id, reason, note, createdAt: new Date(now) })
      .onConflictDoNothing()
      .returning({ id: reports.id }));
    if (!inserted) return refuse("alreadyReported");
    const reporters = (await first(tx
      .select({ n: count() })
      .from(reports)
      .innerJoin(users, eq(users.id, reports.reporterId))
      .where(and(eq(reports.targetType, target.type), eq(reports.targetId, target.id), isNull(reports.resolvedAt), not(newReporter(now))))))?.n ?? 0;
    // Staff writing (a pinned notice) waits for a moderator: members' reports alone never hide it.
    const hide = canModerate(user) || (reportsMayHold({ role: item.authorRole }) && reporters >= REPORTS_TO_HIDE);
    if (hide) {
      await setContentStatus(tx, target.type, target.id, "held", { holdReasons: ["reports"] });
      if (canModerate(user)) await logAction(tx, { actorId: user.id, action: "hide", targetType: target.type, targetId: target.id, reason }, now);
    }
    return { ok: true as const, id: inserted.id, hidden: hide };
  });
}

/** Closes every open report on an item: a moderator has acted on it (removed, restored, or found nothing wrong). */
export async function resolveReports(tx: Tx, target: { type: TargetType; id: number }, now: number): Promise<void> {
  await tx.update(reports)
    .set({ resolvedAt: new Date(now) })
    .where(and(eq(reports.targetType, target.type), eq(reports.targetId, target.id), isNull(reports.resolvedAt)));
}

/** A moderator finds nothing wrong: the reports close, and an item hidden by them comes back. */
export async function dismissReports(mod: CurrentUser, target: { type: TargetType; id: number }, now = Date.now()): Promise<WriteResult> {
  if (!canModerate(mod)) return refuse("notModerator");
  const db = getDb();
  const table = target.type === "post" ? posts : comments;
  const item = await first(db.select({ status: table.status, holdReasons: table.holdReasons }).from(table).where(eq(table.id, target.id)));
  if (!item) return refuse("nothingToReview");
  await db.transaction(async (tx) => {
    await resolveReports(tx, target, now);
    if (item.status === "held" && item.holdReasons?.includes("reports")) {
      await setContentStatus(tx, target.type, target.id, "published", { holdReasons: null });
      await notifyDecision(tx, target, "approved", null, now);
    }
    await logAction(tx, { actorId: mod.id, action: "dismiss_reports", targetType: target.type, targetId: target.id }, now);
  });
  return { ok: true, id: target.id };
}

export type QueueItem = {
  type: TargetType;
  id: number;
  postId: number;
  boardSlug: string;
  title: string;
  bodyHtml: string;
  status: string;
  holdReasons: string[];
  author: { id: string; username: string; name: string; status: UserStatus };
  reasons: string[];
  reporters: number;
  /** Of those, reports from accounts too new to count towards a hold (REPORTER_MIN_AGE_DAYS). */
  newReporters: number;
  /** What reporters wrote in the report's note, where they wrote something. */
  notes: string[];
  /** When the writing was written, and when it was first reported (null when it is held and nobody reported it). */
  writtenAt: Date;
  reportedAt: Date | null;
  /** The first report's time, or the writing's for held writing nobody reported: the queue's order. */
  firstAt: Date;
};

/**
 * The review queue: items with open reports or held by the spam checks, oldest first, with items already
 * hidden (by reports or checks) ahead of the rest.
 */
export async function reviewQueue(limit = 100, now = Date.now()): Promise<QueueItem[]> {
  const db = getDb();
  // Every open report with its reporter, grouped here: the queue is short, and the grouping reads the same on both
  // engines (no group_concat or json_group_array).
  const open = await db
    .select({
      type: reports.targetType,
      id: reports.targetId,
      reason: reports.reason,
      note: reports.note,
      at: reports.createdAt,
      reporter: { createdAt: users.createdAt, postCount: users.postCount, commentCount: users.commentCount },
    })
    .from(reports)
    .innerJoin(users, eq(users.id, reports.reporterId))
    .where(isNull(reports.resolvedAt))
    .orderBy(reports.id);
  const heldPosts = await db.select({ id: posts.id, at: posts.createdAt }).from(posts).where(eq(posts.status, "held"));
  // A literal, not a bound parameter: only then can SQLite use the partial index of held comments.
  const heldComments = await db.select({ id: comments.id, at: comments.createdAt }).from(comments).where(sql`${comments.status} = 'held'`);

  type Entry = { type: TargetType; id: number; reasons: string[]; reporters: number; newReporters: number; notes: string[]; reportedAt: number | null; firstAt: number };
  const keyed = new Map<string, Entry>();
  for (const r of open) {
    const key = `${r.type}:${r.id}`;
    const at = r.at.getTime();
    let entry = keyed.get(key);
    if (!entry) keyed.set(key, (entry = { type: r.type, id: r.id, reasons: [], reporters: 0, newReporters: 0, notes: [], reportedAt: at, firstAt: at }));
    if (!entry.reasons.includes(r.reason)) entry.reasons.push(r.reason);
    entry.reporters++;
    if (isNewReporter(r.reporter, now)) entry.newReporters++;
    if (r.note?.trim()) entry.notes.push(r.note);
    entry.firstAt = Math.min(entry.firstAt, at);
    entry.reportedAt = entry.firstAt;
  }
  const unreported = (type: TargetType, id: number, at: Date): Entry => ({ type, id, reasons: [], reporters: 0, newReporters: 0, notes: [], reportedAt: null, firstAt: at.getTime() });
  for (const p of heldPosts) if (!keyed.has(`post:${p.id}`)) keyed.set(`post:${p.id}`, unreported("post", p.id, p.at));
  for (const c of heldComments) if (!keyed.has(`comment:${c.id}`)) keyed.set(`comment:${c.id}`, unreported("comment", c.id, c.at));

  const items = [];
  for (const entry of keyed.values()) {
    const detail = await queueDetail(entry.type, entry.id);
    if (detail) items.push({ ...entry, ...detail, firstAt: new Date(entry.firstAt), reportedAt: entry.reportedAt === null ? null : new Date(entry.reportedAt) });
  }
  items.sort((a, b) => Number(b.status === "held") - Number(a.status === "held") || a.firstAt.getTime() - b.firstAt.getTime());
  return items.slice(0, limit);
}

/**
 * How many items wait in the review queue: the same items as reviewQueue (held writing, and reported writing that is
 * still up), counted in one statement, since staff see the number in the header of every page.
 */
export async function waitingCount(): Promise<number> {
  const [row] = await selectRows<{ n: number }>(sql`
    SELECT CAST(count(*) AS integer) AS n FROM (
      SELECT 'post', id FROM ${posts} WHERE status = 'held'
      UNION SELECT 'comment', id FROM ${comments} WHERE status = 'held'
      UNION SELECT 'post', p.id FROM ${reports} r JOIN ${posts} p ON p.id = r.target_id
        WHERE r.target_type = 'post' AND r.resolved_at IS NULL AND p.status IN ('published', 'held')
      UNION SELECT 'comment', c.id FROM ${reports} r JOIN ${comments} c ON c.id = r.target_id
        WHERE r.target_type = 'comment' AND r.resolved_at IS NULL AND c.status IN ('published', 'held')
      UNION SELECT 'appeal', id FROM appeals WHERE status = 'open'
    ) AS waiting`);
  return row?.n ?? 0;
}

/** The items of one author that wait in the review queue: the same rule as waitingCount. */
export async function waitingFrom(authorId: string): Promise<{ type: TargetType; id: number }[]> {
  return selectRows<{ type: TargetType; id: number }>(sql`
    SELECT 'post' AS type, id FROM ${posts} WHERE author_id = ${authorId} AND status = 'held'
    UNION SELECT 'comment', id FROM ${comments} WHERE author_id = ${authorId} AND status = 'held'
    UNION SELECT 'post', p.id FROM ${reports} r JOIN ${posts} p ON p.id = r.target_id
      WHERE r.target_type = 'post' AND r.resolved_at IS NULL AND p.author_id = ${authorId} AND p.status IN ('published', 'held')
    UNION SELECT 'comment', c.id FROM ${reports} r JOIN ${comments} c ON c.id = r.target_id
      WHERE r.target_type = 'comment' AND r.resolved_at IS NULL AND c.author_id = ${authorId} AND c.status IN ('published', 'held')
    ORDER BY 1, 2`);
}

async function queueDetail(type: TargetType, id: number) {
  const db = getDb();
  const base = {
    authorId: users.id,
    authorUsername: users.username,
    authorName: users.name,
    authorStatus: users.status,
    boardSlug: boards.slug,
    title: posts.title,
  };
  const row =
    type === "post"
      ? await first(db
          .select({ ...base, postId: posts.id, bodyHtml: posts.bodyHtml, status: posts.status, holdReasons: posts.holdReasons, writtenAt: posts.createdAt })
          .from(posts)
          .innerJoin(users, eq(users.id, posts.authorId))
          .innerJoin(boards, eq(boards.id, posts.boardId))
          .where(eq(posts.id, id)))
      : await first(db
          .select({ ...base, postId: posts.id, bodyHtml: comments.bodyHtml, status: comments.status, holdReasons: comments.holdReasons, writtenAt: comments.createdAt })
          .from(comments)
          .innerJoin(posts, eq(posts.id, comments.postId))
          .innerJoin(users, eq(users.id, comments.authorId))
          .innerJoin(boards, eq(boards.id, posts.boardId))
          .where(eq(comments.id, id)));
  if (!row || row.status === "deleted" || row.status === "removed") return null;
  const { authorId, authorUsername, authorName, authorStatus, holdReasons, ...rest } = row;
  return { ...rest, holdReasons: holdReasons ?? [], author: { id: authorId, username: authorUsername, name: authorName, status: authorStatus } };
}

