// How fast members may write: a pause between posts and between comments, stricter for accounts under a day old.
import "server-only";
import { and, count, desc, eq, gte } from "drizzle-orm";
import { first, getDb } from "@/db";
import { comments, posts } from "@/db/schema";

export const POST_INTERVAL_S = 15;
export const COMMENT_INTERVAL_S = 5;
export const NEW_ACCOUNT_AGE_MS = 24 * 60 * 60 * 1000;
export const NEW_ACCOUNT_POST_INTERVAL_S = 120;
export const NEW_ACCOUNT_COMMENT_INTERVAL_S = 30;
export const NEW_ACCOUNT_MAX_POSTS = 3;
export const NEW_ACCOUNT_MAX_COMMENTS = 10;

/** Each refusal says which limit it is: a new account is told that its first day is slower, not that it is fast. */
export type LimitRefusal = {
  message: "waitBeforePosting" | "waitBeforeCommenting" | "newAccountWaitBeforePosting" | "newAccountWaitBeforeCommenting" | "newAccountPostLimit" | "newAccountCommentLimit";
  messageValues: { seconds: number; count: number; interval: number };
};

type Writer = { id: string; createdAt: Date };

/** Null when the member may write now; otherwise why not and for how long. Deleted writing still counts. */
export async function writeLimit(kind: "post" | "comment", writer: Writer, now = Date.now()): Promise<LimitRefusal | null> {
  const table = kind === "post" ? posts : comments;
  const isNew = now - writer.createdAt.getTime() < NEW_ACCOUNT_AGE_MS;
  const intervalS =
    kind === "post"
      ? isNew ? NEW_ACCOUNT_POST_INTERVAL_S : POST_INTERVAL_S
      : isNew ? NEW_ACCOUNT_COMMENT_INTERVAL_S : COMMENT_INTERVAL_S;
  const db = getDb();

  if (isNew) {
    const max = kind === "post" ? NEW_ACCOUNT_MAX_POSTS : NEW_ACCOUNT_MAX_COMMENTS;
    const written = (await first(db.select({ n: count() }).from(table).where(and(eq(table.authorId, writer.id), gte(table.createdAt, writer.createdAt)))))?.n ?? 0;
    if (written >= max) {
      const seconds = Math.ceil((writer.createdAt.getTime() + NEW_ACCOUNT_AGE_MS - now) / 1000);
      return { message: kind === "post" ? "newAccountPostLimit" : "newAccountCommentLimit", messageValues: { seconds, count: max, interval: intervalS } };
    }
  }

  const last = await first(db.select({ at: table.createdAt }).from(table).where(eq(table.authorId, writer.id)).orderBy(desc(table.createdAt)).limit(1));
  const waitMs = last ? last.at.getTime() + intervalS * 1000 - now : 0;
  if (waitMs > 0) {
    const message = isNew
      ? kind === "post" ? "newAccountWaitBeforePosting" : "newAccountWaitBeforeCommenting"
      : kind === "post" ? "waitBeforePosting" : "waitBeforeCommenting";
    return { message, messageValues: { seconds: Math.ceil(waitMs / 1000), count: 0, interval: intervalS } };
  }
  return null;
}
