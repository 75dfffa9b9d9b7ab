// The moderation log: every moderator and admin action, written in the same transaction as the action itself.
import "server-only";
import { count, desc, eq, inArray } from "drizzle-orm";
import { first, getDb, returned, type Tx } from "@/db";
import { boards, comments, moderationLog, posts, users, type LogChange } from "@/db/schema";
import { commentHref } from "../content/comment-pages";
import { boardHref, postHref, profileHref } from "../routes";

export type LogEntry = {
  actorId: string;
  action: string;
  targetType: "post" | "comment" | "user" | "board" | "word";
  targetId: string | number;
  targetLabel?: string;
  reason?: string | null;
  /** Staff only. */
  note?: string | null;
  /** Public: what a move or role change went from and to. */
  change?: LogChange | null;
};

/** Writes one log entry inside the caller's transaction and returns its id. */
export async function logAction(tx: Tx, entry: LogEntry, now = Date.now()): Promise<number> {
  return (await returned(tx
    .insert(moderationLog)
    .values({ ...entry, targetId: String(entry.targetId), targetLabel: entry.targetLabel ?? "", createdAt: new Date(now) })
    .returning({ id: moderationLog.id }))).id;
}

export const LOG_PAGE_SIZE = 50;

export async function listLog(page: number) {
  return await getDb()
    .select({
      id: moderationLog.id,
      action: moderationLog.action,
      targetType: moderationLog.targetType,
      targetId: moderationLog.targetId,
      targetLabel: moderationLog.targetLabel,
      reason: moderationLog.reason,
      note: moderationLog.note,
      change: moderationLog.change,
      createdAt: moderationLog.createdAt,
      actorName: users.name,
      actorUsername: users.username,
    })
    .from(moderationLog)
    .innerJoin(users, eq(users.id, moderationLog.actorId))
    .orderBy(desc(moderationLog.id))
    .limit(LOG_PAGE_SIZE)
    .offset((page - 1) * LOG_PAGE_SIZE);
}


export async function countLog(): Promise<number> {
  return (await first(getDb().select({ n: count() }).from(moderationLog)))?.n ?? 0;
}

export type LoggedEntry = Awaited<ReturnType<typeof listLog>>[number];

/**
 * Where each entry's target can be read, for the log's links: a post or comment while the reader may see it (staff
 * see every one), a member's profile, a board. Entries whose target is gone or hidden from this reader get none.
 */
export async function targetLinks(entries: LoggedEntry[], staff: boolean): Promise<Map<number, string>> {
  const db = getDb();
  const ids = (type: LogEntry["targetType"]) => [...new Set(entries.filter((e) => e.targetType === type).map((e) => Number(e.targetId)).filter(Number.isSafeInteger))];
  const postRows = await db
    .select({ id: posts.id, status: posts.status, boardSlug: boards.slug })
    .from(posts)
    .innerJoin(boards, eq(boards.id, posts.boardId))
    .where(inArray(posts.id, ids("post")));
  const commentRows = await db
    .select({ id: comments.id, status: comments.status, postId: posts.id, postStatus: posts.status, boardSlug: boards.slug })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .innerJoin(boards, eq(boards.id, posts.boardId))
    .where(inArray(comments.id, ids("comment")));
  const boardRows = await db.select({ id: boards.id, slug: boards.slug }).from(boards).where(inArray(boards.id, ids("board")));
  const userIds = [...new Set(entries.filter((e) => e.targetType === "user").map((e) => e.targetId))];
  const userRows = await db.select({ id: users.id, username: users.username }).from(users).where(inArray(users.id, userIds));

  const hrefs = new Map<string, string>();
  for (const p of postRows) if (staff || p.status === "published") hrefs.set(`post:${p.id}`, postHref(p.boardSlug, p.id));
  for (const c of commentRows) {
    if (staff || (c.status === "published" && c.postStatus === "published")) hrefs.set(`comment:${c.id}`, await commentHref(c.boardSlug, c.postId, c.id));
  }
  for (const b of boardRows) hrefs.set(`board:${b.id}`, boardHref(b.slug));
  for (const u of userRows) hrefs.set(`user:${u.id}`, profileHref(u.username));

  const links = new Map<number, string>();
  for (const entry of entries) {
    const href = hrefs.get(`${entry.targetType}:${entry.targetId}`);
    if (href) links.set(entry.id, href);
  }
  return links;
}
