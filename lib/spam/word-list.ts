// The banned-word list admins keep: reading it for the spam checks, and adding, changing and deleting words, logged.
import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
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
export function listBannedWords(): { word: string; mode: Mode }[] {
  return getDb().select({ word: bannedWords.word, mode: bannedWords.mode }).from(bannedWords).orderBy(asc(bannedWords.id)).all();
}

/** The list with ids, for the admin page, alphabetically. */
export function listBannedWordsForAdmin(): BannedWordEntry[] {
  return getDb()
    .select({ id: bannedWords.id, word: bannedWords.word, mode: bannedWords.mode })
    .from(bannedWords)
    .orderBy(asc(bannedWords.word))
    .all();
}

/** Each change reads, then writes: taking the write lock first means no other process slips in between. */
const WRITE_FIRST = { behavior: "immediate" } as const;

/** Adds a word, stored in its folded form so "Casino" and "ＣＡＳＩＮＯ" are one entry. */
export function addBannedWord(admin: Admin, input: BannedWordInput): WriteResult<{ id: number }, "word"> {
  if (!canAdminister(admin)) return { ok: false, message: "adminOnly" };
  const word = bannedWordKey(input.word);
  return getDb().transaction((tx) => {
    if (tx.select({ id: bannedWords.id }).from(bannedWords).where(eq(bannedWords.word, word)).get()) {
      return { ok: false as const, errors: { word: "bannedWordTaken" } };
    }
    const { id } = tx.insert(bannedWords).values({ word, mode: input.mode }).returning({ id: bannedWords.id }).get();
    logAction(tx, { actorId: admin.id, action: "word.add", targetType: "word", targetId: id, targetLabel: word, note: input.mode });
    return { ok: true as const, id };
  }, WRITE_FIRST);
}

export function setBannedWordMode(admin: Admin, wordId: number, mode: Mode): WriteResult<{ id: number }> {
  if (!canAdminister(admin)) return { ok: false, message: "adminOnly" };
  return getDb().transaction((tx) => {
    const entry = tx.select({ word: bannedWords.word, mode: bannedWords.mode }).from(bannedWords).where(eq(bannedWords.id, wordId)).get();
    if (!entry) return { ok: false as const, message: "bannedWordNotFound" };
    if (entry.mode === mode) return { ok: true as const, id: wordId };
    tx.update(bannedWords).set({ mode }).where(eq(bannedWords.id, wordId)).run();
    logAction(tx, { actorId: admin.id, action: "word.mode", targetType: "word", targetId: wordId, targetLabel: entry.word, note: mode });
    return { ok: true as const, id: wordId };
  }, WRITE_FIRST);
}

export function removeBannedWord(admin: Admin, wordId: number): WriteResult<{ id: number }> {
  if (!canAdminister(admin)) return { ok: false, message: "adminOnly" };
  return getDb().transaction((tx) => {
    const entry = tx.select({ word: bannedWords.word }).from(bannedWords).where(eq(bannedWords.id, wordId)).get();
    if (!entry) return { ok: false as const, message: "bannedWordNotFound" };
    tx.delete(bannedWords).where(eq(bannedWords.id, wordId)).run();
    logAction(tx, { actorId: admin.id, action: "word.delete", targetType: "word", targetId: wordId, targetLabel: entry.word });
    return { ok: true as const, id: wordId };
  }, WRITE_FIRST);
}
