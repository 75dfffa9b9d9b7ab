// Deleting one's own account: the writing stays under a placeholder (or goes as tombstones), the person's data goes.
import { beforeEach, describe, expect, it } from "vitest";
import { asc, eq, like } from "drizzle-orm";
import { first, getDb } from "@/db";
import { accounts, accountTokens, boards, comments, mailOutbox, moderationLog, notifications, postLikes, postRevisions, posts, rateLimits, users } from "@/db/schema";
import { deleteOwnAccount } from "@/lib/accounts/deletion";
import { DELETED_MEMBER_NAME, isDeletedUsername } from "@/lib/accounts/deleted-members";
import { createAccount, findSessionUser } from "@/lib/accounts/members";
import { isReservedUsername } from "@/lib/accounts/usernames";
import { listThread } from "@/lib/content/comments";
import { ACCOUNT_FAILURES_BEFORE_LOCK } from "@/lib/auth/throttle";
import { makeBoard, makeComment, makePost, makeUser } from "../../factories";
import { valueOf } from "../../queries";
import { resetDatabase } from "../../reset-database";

const PASSWORD = "correct horse battery";
const IP = "10.0.0.9";
/** The whole row, as Drizzle reads it (camelCase keys, times as dates). */
async function row(table: typeof users | typeof boards | typeof posts | typeof comments, id: string | number): Promise<Record<string, unknown>> {
  // One table type stands for all four: each has an id column, which is all the query needs.
  const t = table as typeof posts;
  return (await first(getDb().select().from(t).where(eq(t.id, id as number))))!;
}

async function member(username: string, role: "member" | "admin" = "member") {
  const created = await createAccount({ username, email: `${username}@example.com`, password: PASSWORD, role });
  if (!created.ok) throw new Error(JSON.stringify(created));
  return { id: created.id, role, status: "active" as const };
}

/** A member with writing, a reply from someone else under it, likes given and received, settings and personal data. */
async function busyMember() {
  const sora = await member("sora");
  const other = await makeUser({ username: "minji" });
  const board = await makeBoard();
  const post = await makePost(board, sora, { body: "My **post**" });
  const comment = await makeComment(post, sora, { body: "My comment" });
  const reply = await makeComment(post, other, { body: "A reply", parent: comment });
  const othersPost = await makePost(board, other);
  await makeComment(othersPost, sora, { body: "A lone comment" });
  await getDb().insert(postLikes).values({ postId: othersPost.id, userId: sora.id });
  await getDb().update(posts).set({ likeCount: 1 }).where(eq(posts.id, othersPost.id));
  await getDb()
    .update(users)
    .set({
      postCount: 1,
      commentCount: 2,
      timeZone: "Asia/Seoul",
      dateStyle: "relative",
      theme: "dark",
      bio: "I like tea",
      bioHtml: "<p>I like tea</p>",
      signature: "sora.example",
      signatureHtml: "<p>sora.example</p>",
      locale: "ko",
      image: "https://img.example/me.png",
    })
    .where(eq(users.id, sora.id));
  await getDb().insert(accounts).values({ userId: sora.id, type: "oauth", provider: "github", providerAccountId: "42", access_token: "secret" });
  await getDb().insert(accountTokens).values({ userId: sora.id, purpose: "email_verification", tokenHash: "h1", email: "new-sora@example.com", expiresAt: new Date(Date.now() + 3600_000) });
  for (const to of ["sora@example.com", "new-sora@example.com", "minji@example.com"]) {
    await getDb().insert(mailOutbox).values({ kind: "password_reset", to, subject: "s", text: "t", html: "h", nextAttemptAt: new Date() });
  }
  await getDb().insert(notifications).values({ userId: sora.id, kind: "reply_to_comment", actorId: other.id, postId: post.id, commentId: reply.id });
  await getDb().insert(moderationLog).values({ actorId: other.id, action: "suspend", targetType: "user", targetId: sora.id, targetLabel: "sora" });
  return { sora, other, board, post, comment, reply, othersPost };
}

beforeEach(() => resetDatabase());

describe("deleteOwnAccount, keeping the writing", () => {
  it("erases every personal column and row, and keeps the writing, thread shape and counters", async () => {
    const { sora, post, comment, reply, othersPost, board } = await busyMember();
    const boardBefore = await row(boards, board.id);
    const before = await row(users, sora.id);

    const result = await deleteOwnAccount(sora, { confirmation: PASSWORD, deleteWriting: false }, IP);
    expect(result).toMatchObject({ ok: true });

    const after = await row(users, sora.id);
    // Every column of the row, one by one: what identifies the person is gone, what counts their writing stays.
    expect(isDeletedUsername(after.username as string)).toBe(true);
    expect(after.username).not.toContain("sora");
    expect(after.usernameKey).toBe(after.username);
    expect(after.name).toBe(DELETED_MEMBER_NAME);
    for (const column of ["email", "emailVerified", "image", "passwordHash", "statusUntil", "statusReason", "locale", "timeZone", "dateStyle", "theme"]) {
      expect(after[column], column).toBeNull();
    }
    for (const column of ["bio", "bioHtml", "signature", "signatureHtml"]) expect(after[column], column).toBe("");
    expect(after.sessionVersion).toBe((before.sessionVersion as number) + 1);
    expect(after.deletedAt).toBeInstanceOf(Date);
    expect([after.postCount, after.commentCount, after.role, after.status, after.createdAt]).toEqual([1, 2, "member", "active", before.createdAt]);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());

    // Sign-in accounts, one-time links, mail to any of their addresses, their notifications: gone. Others' mail stays.
    expect(await getDb().$count(accounts, eq(accounts.userId, sora.id))).toBe(0);
    expect(await getDb().$count(accountTokens, eq(accountTokens.userId, sora.id))).toBe(0);
    expect((await getDb().select({ to: mailOutbox.to }).from(mailOutbox)).map((m) => m.to)).toEqual(["minji@example.com"]);
    expect(await getDb().$count(notifications, eq(notifications.userId, sora.id))).toBe(0);
    expect(await getDb().$count(rateLimits, like(rateLimits.key, `%user:${sora.id}`))).toBe(0);
    // No column anywhere still holds the old username or email.
    const dump = JSON.stringify(await getDb().select().from(users)) + JSON.stringify(await getDb().select().from(moderationLog));
    expect(dump).not.toMatch(/sora@example|"sora"|new-sora/);
    // A session from before is over.
    expect((await findSessionUser(sora.id))?.sessionVersion).not.toBe(before.sessionVersion);

    // The writing: same rows, same text, same counters, same thread shape.
    expect(await row(posts, post.id)).toMatchObject({ status: "published", bodySource: "My **post**", commentCount: 2 });
    expect(await row(comments, comment.id)).toMatchObject({ status: "published", bodySource: "My comment" });
    expect(await row(posts, othersPost.id)).toMatchObject({ likeCount: 1, commentCount: 1 });
    expect(await row(boards, board.id)).toEqual(boardBefore);
    const thread = await listThread(post.id);
    expect(thread.map((c) => c.id)).toEqual([comment.id, reply.id]);
    expect(isDeletedUsername(thread[0]!.author.username)).toBe(true);

    // The log keeps its entries, renamed, and records the deletion without personal data.
    const log = await getDb().select({ action: moderationLog.action, targetLabel: moderationLog.targetLabel, note: moderationLog.note }).from(moderationLog).orderBy(asc(moderationLog.id));
    expect(log).toEqual([
      { action: "suspend", targetLabel: after.username, note: null },
      { action: "account_deleted", targetLabel: after.username, note: null },
    ]);
  });

  it("refuses a wrong password, changes nothing, and counts it towards the sign-in lock", async () => {
    const { sora } = await busyMember();
    const before = await row(users, sora.id);
    for (let i = 0; i < ACCOUNT_FAILURES_BEFORE_LOCK; i++) {
      expect(await deleteOwnAccount(sora, { confirmation: "wrong password!", deleteWriting: true }, IP)).toEqual({ ok: false, errors: { confirmation: "accountDeletion:passwordWrong" } });
    }
    expect(await row(users, sora.id)).toEqual(before);
    // Locked now: even the right password waits.
    expect(await deleteOwnAccount(sora, { confirmation: PASSWORD, deleteWriting: false }, IP)).toMatchObject({ ok: false, message: "accountDeletion:tooManyTries" });
    expect(await row(users, sora.id)).toEqual(before);
  });

  it("confirms an account without a password (GitHub only) by its username, and nothing else", async () => {
    const hana = await makeUser({ username: "Hana" });
    const asker = { id: hana.id, role: hana.role, status: hana.status };
    expect(await deleteOwnAccount(asker, { confirmation: "", deleteWriting: false }, IP)).toMatchObject({ ok: false, errors: { confirmation: "accountDeletion:usernameWrong" } });
    expect(await deleteOwnAccount(asker, { confirmation: "hanna", deleteWriting: false }, IP)).toMatchObject({ ok: false });
    expect(await deleteOwnAccount(asker, { confirmation: " hana ", deleteWriting: false }, IP)).toMatchObject({ ok: true });
    // Done once: a second request (a double submit) finds nothing left to delete.
    expect(await deleteOwnAccount(asker, { confirmation: " hana ", deleteWriting: false }, IP)).toEqual({ ok: false, message: "accountDeletion:alreadyDeleted" });
  });

  it("keeps the last admin, with a clear message, and lets an admin go while another remains", async () => {
    const first = await member("chief", "admin");
    expect(await deleteOwnAccount(first, { confirmation: PASSWORD, deleteWriting: false }, IP)).toEqual({ ok: false, message: "accountDeletion:lastAdmin" });
    expect((await row(users, first.id)).deletedAt).toBeNull();
    const second = await member("deputy", "admin");
    expect(await deleteOwnAccount(first, { confirmation: PASSWORD, deleteWriting: false }, IP)).toMatchObject({ ok: true });
    // Now the other is the last.
    expect(await deleteOwnAccount(second, { confirmation: PASSWORD, deleteWriting: false }, IP)).toEqual({ ok: false, message: "accountDeletion:lastAdmin" });
  });

  it("deletes only the asker's own account, whatever password is typed", async () => {
    const sora = await member("sora");
    const mallory = await member("mallory");
    // Mallory types Sora's password: it is checked against Mallory's account, and Sora's is untouched.
    expect(await deleteOwnAccount(mallory, { confirmation: PASSWORD + "x", deleteWriting: true }, IP)).toMatchObject({ ok: false });
    expect((await row(users, sora.id)).deletedAt).toBeNull();
    expect((await row(users, mallory.id)).deletedAt).toBeNull();
  });
});

describe("deleteOwnAccount, with the writing", () => {
  it("leaves tombstones the way the author's delete does: counters follow, replies keep their place, words go", async () => {
    const { sora, post, comment, reply, othersPost, board } = await busyMember();
    const boardPosts = (await row(boards, board.id)).postCount as number;
    expect(await deleteOwnAccount(sora, { confirmation: PASSWORD, deleteWriting: true }, IP)).toMatchObject({ ok: true });

    expect(await row(posts, post.id)).toMatchObject({ status: "deleted", bodySource: "", bodyHtml: "" });
    expect(await row(comments, comment.id)).toMatchObject({ status: "deleted", bodySource: "", bodyHtml: "" });
    // Someone else's reply stays, under its "[deleted]" parent.
    expect(await row(comments, reply.id)).toMatchObject({ status: "published", bodySource: "A reply", parentId: comment.id });
    expect((await row(boards, board.id)).postCount).toBe(boardPosts - 1);
    expect(await row(posts, othersPost.id)).toMatchObject({ commentCount: 0, likeCount: 1 });
    expect(await row(users, sora.id)).toMatchObject({ postCount: 0, commentCount: 0 });
    expect(await getDb().$count(postRevisions, eq(postRevisions.postId, post.id))).toBe(0);
    expect(await valueOf(moderationLog.note, eq(moderationLog.action, "account_deleted"))).toBe("with writing");
  });
});

describe("the placeholder username", () => {
  it("cannot be registered by anyone, in any disguise", () => {
    for (const name of ["deleted-1a2b3c4d5e6f", "Deleted_x", "dеleted-abc"]) expect(isReservedUsername(name), name).toBe(true);
    expect(isReservedUsername("deleter")).toBe(false);
  });
});
