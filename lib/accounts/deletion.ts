// A member deletes their own account: their personal data is erased, their writing stays under "[deleted member]"
// (or, if they ask, goes the way the author's own delete button sends it), and the moderation log says it happened.
import "server-only";
import { and, eq, inArray, like, ne, sql, count } from "drizzle-orm";
import { first, getDb, type Tx } from "@/db";
import { accounts, accountTokens, commentRevisions, comments, mailOutbox, moderationLog, notifications, postRevisions, posts, rateLimits, users } from "@/db/schema";
import { recordSignInFailure, recordSignInSuccess, reserveSignIn } from "../auth/throttle";
import { setContentStatus } from "../content/status";
import { logAction } from "../moderation/log";
import { canDeleteAccount } from "../permissions";
import type { WriteResult } from "../write-result";
import { DELETED_MEMBER_NAME, deletedUsername } from "./deleted-members";
import { verifyPassword } from "./passwords";
import { usernameKey } from "./usernames";

export type AccountDeletion = {
  /** The password; for an account without one (GitHub only), the username typed out. */
  confirmation: string;
  /** Also delete every post and comment: they leave tombstones, as when the author deletes each one. */
  deleteWriting: boolean;
};

type Asker = { id: string; role: (typeof users.$inferSelect)["role"]; status: (typeof users.$inferSelect)["status"] };

/**
 * Deletes `asker`'s own account after checking the confirmation. A wrong password counts against the same budget as
 * sign-in (five per 15 minutes, then a lock), so the form is no way around the sign-in throttle.
 */
export async function deleteOwnAccount(asker: Asker, input: AccountDeletion, ip: string): Promise<WriteResult<{ username: string }, "confirmation">> {
  const db = getDb();
  const user = await first(db
    .select({ id: users.id, username: users.username, passwordHash: users.passwordHash, role: users.role, deletedAt: users.deletedAt })
    .from(users)
    .where(eq(users.id, asker.id)));
  if (!user || user.deletedAt) return { ok: false, message: "accountDeletion:alreadyDeleted" };
  if (!canDeleteAccount(asker, user, await otherAdmins(user.id))) return { ok: false, message: "accountDeletion:lastAdmin" };

  const accountKey = `user:${user.id}`;
  const wait = await reserveSignIn(accountKey, ip);
  if (wait > 0) return { ok: false, message: "accountDeletion:tooManyTries", messageValues: { seconds: wait } };
  const confirmed = user.passwordHash
    ? await verifyPassword(user.passwordHash, input.confirmation)
    : usernameKey(input.confirmation.trim()) === usernameKey(user.username);
  if (!confirmed) {
    await recordSignInFailure(accountKey, ip);
    return { ok: false, errors: { confirmation: user.passwordHash ? "accountDeletion:passwordWrong" : "accountDeletion:usernameWrong" } };
  }
  await recordSignInSuccess(accountKey, ip);

  // One transaction, which SQLite runs alone: two deletions sent at once erase once, and the last-admin check holds.
  const placeholder = deletedUsername(user.id);
  const done = await db.transaction(async (tx) => {
    const fresh = await first(tx.select({ role: users.role, deletedAt: users.deletedAt }).from(users).where(eq(users.id, user.id)));
    if (!fresh || fresh.deletedAt || !canDeleteAccount(asker, { id: user.id, role: fresh.role }, await otherAdmins(user.id, tx))) return false;
    if (input.deleteWriting) await deleteWriting(tx, user.id);
    await erasePersonalData(tx, user.id, placeholder);
    await logAction(tx, { actorId: user.id, action: "account_deleted", targetType: "user", targetId: user.id, targetLabel: placeholder, note: input.deleteWriting ? "with writing" : null });
    return true;
  });
  if (!done) return { ok: false, message: "accountDeletion:alreadyDeleted" };
  return { ok: true, username: placeholder };
}

async function otherAdmins(userId: string, tx: Tx = getDb()): Promise<number> {
  return (await first(tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, "admin"), ne(users.id, userId), sql`${users.deletedAt} IS NULL`))))!.n;
}

/**
 * Every post and comment goes as its author's delete button sends it (lib/content/status.ts keeps the counters), and
 * its words go with it: the text and every earlier version. Removed writing stays removed, for the moderators' record.
 */
async function deleteWriting(tx: Tx, userId: string): Promise<void> {
  for (const { id, status } of await tx.select({ id: posts.id, status: posts.status }).from(posts).where(eq(posts.authorId, userId))) {
    if (status === "published" || status === "held") await setContentStatus(tx, "post", id, "deleted");
  }
  for (const { id, status } of await tx.select({ id: comments.id, status: comments.status }).from(comments).where(eq(comments.authorId, userId))) {
    if (status === "published" || status === "held") await setContentStatus(tx, "comment", id, "deleted");
  }
  const postIds = tx.select({ id: posts.id }).from(posts).where(eq(posts.authorId, userId));
  const commentIds = tx.select({ id: comments.id }).from(comments).where(eq(comments.authorId, userId));
  await tx.delete(postRevisions).where(inArray(postRevisions.postId, postIds));
  await tx.delete(commentRevisions).where(inArray(commentRevisions.commentId, commentIds));
  await tx.update(posts).set({ bodySource: "", bodyHtml: "" }).where(eq(posts.authorId, userId));
  await tx.update(comments).set({ bodySource: "", bodyHtml: "" }).where(eq(comments.authorId, userId));
}

/**
 * What identifies the person goes: email, password, sign-in accounts, one-time links, mail waiting for them,
 * settings, bio and signature, their own notifications and sign-in counters. The row stays, renamed to a placeholder
 * that registration refuses, so their writing and the log keep an author; raising the session version ends every
 * session at once.
 */
async function erasePersonalData(tx: Tx, userId: string, placeholder: string): Promise<void> {
  const user = await first(tx.select({ email: users.email }).from(users).where(eq(users.id, userId)));
  const addresses = [
    user?.email,
    ...(await tx.select({ email: accountTokens.email }).from(accountTokens).where(eq(accountTokens.userId, userId))).map((t) => t.email),
  ].filter((address): address is string => Boolean(address));
  if (addresses.length > 0) await tx.delete(mailOutbox).where(inArray(mailOutbox.to, addresses));
  await tx.delete(accountTokens).where(eq(accountTokens.userId, userId));
  await tx.delete(accounts).where(eq(accounts.userId, userId));
  await tx.delete(notifications).where(eq(notifications.userId, userId));
  await tx.update(users)
    .set({
      username: placeholder,
      usernameKey: placeholder,
      name: DELETED_MEMBER_NAME,
      email: null,
      emailVerified: null,
      image: null,
      passwordHash: null,
      role: "member",
      status: "active",
      statusUntil: null,
      statusReason: null,
      locale: null,
      timeZone: null,
      dateStyle: null,
      theme: null,
      bio: "",
      bioHtml: "",
      signature: "",
      signatureHtml: "",
      deletedAt: new Date(),
      sessionVersion: sql`${users.sessionVersion} + 1`,
    })
    .where(eq(users.id, userId));
  // Earlier log entries about the member named them: they now name the placeholder.
  await tx.update(moderationLog)
    .set({ targetLabel: placeholder })
    .where(and(eq(moderationLog.targetType, "user"), eq(moderationLog.targetId, userId)));
  // The sign-in counters are keyed by account id ("user:<id>"); what an address did stays with the address.
  await tx.delete(rateLimits).where(like(rateLimits.key, `%user:${userId}`));
}
