// Runs the spam checks on a post or comment about to be written or edited, with what they need from the database.
import "server-only";
import { and, eq, gte, ne } from "drizzle-orm";
import { getDb } from "@/db";
import { comments, posts } from "@/db/schema";
import type { UserRole } from "@/db/schema";
import { listBannedWords } from "./word-list";
import { isExemptFromNewAccountRules } from "../permissions";
import { checkContent, REPEAT_WINDOW_MS, type SpamVerdict } from "./";
import { refuse, type Refusal } from "../write-result";

/** A board with approval on holds every post of a member in their first days. */
export const APPROVAL_PERIOD_MS = 3 * 24 * 60 * 60 * 1000;

export type Writing = {
  author: { id: string; createdAt: Date; role?: UserRole };
  title?: string;
  body: string;
  /** The post or comment being edited, left out of the repeat check. */
  editing?: { type: "post" | "comment"; id: number };
  /** The board asks for approval of new members' posts. */
  approveNewMembers?: boolean;
};

export type Screening = { status: "published" } | { status: "held"; holdReasons: string[] } | Refusal;

export async function screenWriting(writing: Writing, now = Date.now()): Promise<Screening> {
  const verdict: SpamVerdict = checkContent({
    title: writing.title,
    body: writing.body,
    authorCreatedAt: writing.author.createdAt,
    now,
    bannedWords: await listBannedWords(),
    recentTexts: await recentTexts(writing.author.id, now, writing.editing),
  });
  if (verdict.action === "refuse") {
    return verdict.reason === "banned-word" ? refuse("bannedWordBlocked", { word: verdict.word ?? "" }) : refuse("repeatedText");
  }
  // A newly appointed moderator's notice full of links is not a spammer's first post.
  const exempt = isExemptFromNewAccountRules(writing.author);
  const reasons: string[] = verdict.action === "hold" ? verdict.reasons.filter((r) => !(exempt && r === "too-many-links")) : [];
  if (!exempt && writing.approveNewMembers && now - writing.author.createdAt.getTime() < APPROVAL_PERIOD_MS) reasons.push("new-member");
  return reasons.length > 0 ? { status: "held", holdReasons: reasons } : { status: "published" };
}

/** The author's own bodies from the last hour, for the repeated-text check. */
async function recentTexts(authorId: string, now: number, editing?: Writing["editing"]): Promise<string[]> {
  const db = getDb();
  const since = new Date(now - REPEAT_WINDOW_MS);
  const postBodies = await db
    .select({ body: posts.bodySource })
    .from(posts)
    .where(and(eq(posts.authorId, authorId), gte(posts.createdAt, since), editing?.type === "post" ? ne(posts.id, editing.id) : undefined));
  const commentBodies = await db
    .select({ body: comments.bodySource })
    .from(comments)
    .where(and(eq(comments.authorId, authorId), gte(comments.createdAt, since), editing?.type === "comment" ? ne(comments.id, editing.id) : undefined));
  return [...postBodies, ...commentBodies].map((r) => r.body);
}
