// The banned-word list admins keep: reading it for the spam checks, and adding, changing and deleting words, logged.
import "server-only";
import { asc, eq } from "drizzle-orm";
import { first, getDb, returned } from "@/db";
import { bannedWords } from "@/db/schema";
import type { WriteResult } from "../write-result";
import type { CurrentUser } from "../auth/session";
import { logAction } from "../moderation/log";
import { canAdminister } from "../permissions";
import { bannedWordKey, type BannedWordInput } from "../validation/board";

type Admin = Pick<CurrentUser, "id" | "role" | "status">;
type Mode = BannedWordInput["mode"];

export type BannedWordEntry = { id: number; word: string; mode: Mode };

/** The list the spam checks match against, in the order words were added. */
export async function listBannedWords(): Promise<{ word: string; mode: Mode }[]> {
  return await getDb().select({ word: bannedWords.word, mode: bannedWords.mode }).from(bannedWords).orderBy(asc(bannedWords.id));
}

/** The list with ids, for the admin page, alphabetically. */
export async function listBannedWordsForAdmin(): Promise<BannedWordEntry[]> {
  return await getDb()
    .select({ id: bannedWords.id, word: bannedWords.word, mode: bannedWords.mode })
    .from(bannedWords)
    .orderBy(asc(bannedWords.word));
}

/** Each change reads, then writes: taking the write lock first means no other process slips in between. */
const WRITE_FIRST = { behavior: "immediate" } as const;

/** Adds a word, stored in its folded form so "Casino" and "ＣＡＳＩＮＯ" are one entry. */
export async function addBannedWord(admin: Admin, input: BannedWordInput): Promise<WriteResult<{ id: number }, "word">> {
  if (!canAdminister(admin)) return { ok: false, message: "adminOnly" };
  const word = bannedWordKey(input.word);
  return getDb().transaction(async (tx) => {
    if (await first(tx.select({ id: bannedWords.id }).from(bannedWords).where(eq(bannedWords.word, word)))) {
      return { ok: false as const, errors: { word: "bannedWordTaken" } };
    }
    const { id } = await returned(tx.insert(bannedWords).values({ word, mode: input.mode }).returning({ id: bannedWords.id }));
    await logAction(tx, { actorId: admin.id, action: "word.add", targetType: "word", targetId: id, targetLabel: word, note: input.mode });
    return { ok: true as const, id };
  }, WRITE_FIRST);
}

export async function setBannedWordMode(admin: Admin, wordId: number, mode: Mode): Promise<WriteResult<{ id: number }>> {
  if (!canAdminister(admin)) return { ok: false, message: "adminOnly" };
  return getDb().transaction(async (tx) => {
    const entry = await first(tx.select({ word: bannedWords.word, mode: bannedWords.mode }).from(bannedWords).where(eq(bannedWords.id, wordId)));
    if (!entry) return { ok: false as const, message: "bannedWordNotFound" };
    if (entry.mode === mode) return { ok: true as const, id: wordId };
    await tx.update(bannedWords).set({ mode }).where(eq(bannedWords.id, wordId));
    await logAction(tx, { actorId: admin.id, action: "word.mode", targetType: "word", targetId: wordId, targetLabel: entry.word, note: mode });
    return { ok: true as const, id: wordId };
  }, WRITE_FIRST);
}

export async function removeBannedWord(admin: Admin, wordId: number): Promise<WriteResult<{ id: number }>> {
  if (!canAdminister(admin)) return { ok: false, message: "adminOnly" };
  return getDb().transaction(async (tx) => {
    const entry = await first(tx.select({ word: bannedWords.word }).from(bannedWords).where(eq(bannedWords.id, wordId)));
    if (!entry) return { ok: false as const, message: "bannedWordNotFound" };
    await tx.delete(bannedWords).where(eq(bannedWords.id, wordId));
    await logAction(tx, { actorId: admin.id, action: "word.delete", targetType: "word", targetId: wordId, targetLabel: entry.word });
    return { ok: true as const, id: wordId };
  }, WRITE_FIRST);
}
