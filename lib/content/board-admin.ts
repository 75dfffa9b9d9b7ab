// Running the boards: creating, editing, ordering and archiving them, each change logged in the same transaction.
import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { first, getDb, returned } from "@/db";
import { boards, boardTranslations, type Board } from "@/db/schema";
import type { Tx } from "@/db";
import type { WriteResult } from "../write-result";
import type { CurrentUser } from "../auth/session";
import { logAction, type LogEntry } from "../moderation/log";
import { canAdminister } from "../permissions";
import type { BoardCreateInput, BoardUpdateInput } from "../validation/board";

type Admin = Pick<CurrentUser, "id" | "role" | "status">;

export type AdminBoard = Pick<Board, "id" | "slug" | "name" | "description" | "postingRole" | "archived" | "approveNewMembers" | "listStyle" | "postCount"> & {
  /** The name and description in Korean; empty where the board's own stand in. */
  nameKo: string;
  descriptionKo: string;
};

/** Every board, archived ones too, in display order. */
export async function listBoardsForAdmin(): Promise<AdminBoard[]> {
  return await getDb()
    .select({
      id: boards.id,
      slug: boards.slug,
      name: boards.name,
      description: boards.description,
      postingRole: boards.postingRole,
      archived: boards.archived,
      approveNewMembers: boards.approveNewMembers,
      listStyle: boards.listStyle,
      postCount: boards.postCount,
      nameKo: sql<string>`coalesce(${boardTranslations.name}, '')`,
      descriptionKo: sql<string>`coalesce(${boardTranslations.description}, '')`,
    })
    .from(boards)
    .leftJoin(boardTranslations, and(eq(boardTranslations.boardId, boards.id), eq(boardTranslations.locale, "ko")))
    .orderBy(asc(boards.position), asc(boards.id));
}

/** Each change reads, then writes: taking the write lock first means no other process slips in between. */
const WRITE_FIRST = { behavior: "immediate" } as const;

/** A new board goes to the end of the list. Its slug is its address for good: nothing here changes it later. */
export async function createBoard(admin: Admin, input: BoardCreateInput): Promise<WriteResult<{ id: number }, "slug">> {
  if (!canAdminister(admin)) return { ok: false, message: "adminOnly" };
  return getDb().transaction(async (tx) => {
    if (await first(tx.select({ id: boards.id }).from(boards).where(eq(boards.slug, input.slug)))) {
      return { ok: false as const, errors: { slug: "boardSlugTaken" } };
    }
    const last = (await first(tx.select({ position: sql<number>`coalesce(max(${boards.position}), 0)`.mapWith(Number) }).from(boards)))?.position ?? 0;
    const { name, description } = input;
    const { id } = await returned(tx.insert(boards).values({ slug: input.slug, name, description, position: last + 1 }).returning({ id: boards.id }));
    if (input.translations) await saveTranslation(tx, id, "ko", { name: input.name_ko, description: input.description_ko });
    await logAction(tx, { actorId: admin.id, action: "board.create", targetType: "board", targetId: id, targetLabel: input.name, note: input.slug });
    return { ok: true as const, id };
  }, WRITE_FIRST);
}

type BoardChange = Pick<LogEntry, "action" | "note">;
type Translation = { name: string; description: string };

/** A board's name and description in one other language; both empty removes them, undefined leaves them. */
async function saveTranslation(tx: Tx, boardId: number, locale: string, input: { name?: string; description?: string }): Promise<void> {
  if (input.name === undefined && input.description === undefined) return;
  const where = and(eq(boardTranslations.boardId, boardId), eq(boardTranslations.locale, locale));
  const kept = await first(tx.select().from(boardTranslations).where(where));
  const next = { name: input.name ?? kept?.name ?? "", description: input.description ?? kept?.description ?? "" };
  if (!next.name && !next.description) {
    await tx.delete(boardTranslations).where(where);
    return;
  }
  await tx.insert(boardTranslations)
    .values({ boardId, locale, ...next })
    .onConflictDoUpdate({ target: [boardTranslations.boardId, boardTranslations.locale], set: next });
}

async function translationOf(tx: Tx, boardId: number, locale: string): Promise<Translation> {
  const row = await first(tx.select().from(boardTranslations).where(and(eq(boardTranslations.boardId, boardId), eq(boardTranslations.locale, locale))));
  return { name: row?.name ?? "", description: row?.description ?? "" };
}

/** What an edit changes, one log entry each, so the log says "renamed" rather than "something changed". */
function changesOf(board: Board, korean: Translation, input: BoardUpdateInput): BoardChange[] {
  const changes: BoardChange[] = [];
  if (board.name !== input.name) changes.push({ action: "board.rename", note: board.name });
  if (input.translations && input.name_ko !== undefined && korean.name !== input.name_ko) changes.push({ action: "board.rename", note: `ko: ${korean.name}` });
  if (board.description !== input.description) changes.push({ action: "board.describe" });
  if (input.translations && input.description_ko !== undefined && korean.description !== input.description_ko) changes.push({ action: "board.describe", note: "ko" });
  if (board.postingRole !== input.postingRole) changes.push({ action: "board.posting_role", note: input.postingRole });
  if (board.approveNewMembers !== input.approveNewMembers) {
    changes.push({ action: input.approveNewMembers ? "board.approval_on" : "board.approval_off" });
  }
  if (input.listStyle && board.listStyle !== input.listStyle) changes.push({ action: "board.list_style", note: input.listStyle });
  return changes;
}

/** Renames, re-describes and sets who may post and whether new members wait for approval. The slug stays. */
export async function updateBoard(admin: Admin, input: BoardUpdateInput): Promise<WriteResult<{ id: number }>> {
  if (!canAdminister(admin)) return { ok: false, message: "adminOnly" };
  return getDb().transaction(async (tx) => {
    const board = await first(tx.select().from(boards).where(eq(boards.id, input.boardId)));
    if (!board) return { ok: false as const, message: "boardNotFound" };
    const changes = changesOf(board, await translationOf(tx, board.id, "ko"), input);
    if (changes.length === 0) return { ok: true as const, id: board.id };
    const { name, description, postingRole, approveNewMembers } = input;
    const listStyle = input.listStyle ?? board.listStyle;
    await tx.update(boards).set({ name, description, postingRole, approveNewMembers, listStyle }).where(eq(boards.id, board.id));
    if (input.translations) await saveTranslation(tx, board.id, "ko", { name: input.name_ko, description: input.description_ko });
    for (const change of changes) {
      await logAction(tx, { actorId: admin.id, targetType: "board", targetId: board.id, targetLabel: name, ...change });
    }
    return { ok: true as const, id: board.id };
  }, WRITE_FIRST);
}

/**
 * Swaps a board with its neighbour in the list. Positions are renumbered 1..n as it goes, since boards made
 * elsewhere (seeds, older data) may share a position, and swapping two equal positions would move nothing.
 */
export async function moveBoard(admin: Admin, boardId: number, direction: "up" | "down"): Promise<WriteResult<{ id: number }>> {
  if (!canAdminister(admin)) return { ok: false, message: "adminOnly" };
  return getDb().transaction(async (tx) => {
    const order = await tx.select({ id: boards.id, name: boards.name, position: boards.position }).from(boards).orderBy(asc(boards.position), asc(boards.id));
    const at = order.findIndex((board) => board.id === boardId);
    const board = order[at];
    if (!board) return { ok: false as const, message: "boardNotFound" };
    const to = direction === "up" ? at - 1 : at + 1;
    const neighbour = order[to];
    // Already first or last: nothing changes, so nothing is logged.
    if (!neighbour) return { ok: true as const, id: boardId };
    order[to] = board;
    order[at] = neighbour;
    for (const [index, row] of order.entries()) {
      if (row.position !== index + 1) await tx.update(boards).set({ position: index + 1 }).where(eq(boards.id, row.id));
    }
    await logAction(tx, { actorId: admin.id, action: `board.move_${direction}`, targetType: "board", targetId: boardId, targetLabel: board.name });
    return { ok: true as const, id: boardId };
  }, WRITE_FIRST);
}

/** Archiving hides a board and its posts from the site (lib/content/boards.ts filters them); its slug stays taken. */
export async function setBoardArchived(admin: Admin, boardId: number, archived: boolean): Promise<WriteResult<{ id: number }>> {
  if (!canAdminister(admin)) return { ok: false, message: "adminOnly" };
  return getDb().transaction(async (tx) => {
    const board = await first(tx.select({ name: boards.name, archived: boards.archived }).from(boards).where(eq(boards.id, boardId)));
    if (!board) return { ok: false as const, message: "boardNotFound" };
    if (board.archived === archived) return { ok: true as const, id: boardId };
    await tx.update(boards).set({ archived }).where(eq(boards.id, boardId));
    await logAction(tx, { actorId: admin.id, action: archived ? "board.archive" : "board.unarchive", targetType: "board", targetId: boardId, targetLabel: board.name });
    return { ok: true as const, id: boardId };
  }, WRITE_FIRST);
}
