// Deleting one's own account: the writing stays under a placeholder (or goes as tombstones), the person's data goes.
import { beforeEach, describe, expect, it } from "vitest";
import { getDb, getSqlite } from "@/db";
import { accounts, accountTokens, mailOutbox, notifications, postLikes } from "@/db/schema";
import { deleteOwnAccount } from "@/lib/accounts/deletion";
import { DELETED_MEMBER_NAME, isDeletedUsername } from "@/lib/accounts/deleted-members";
import { createAccount, findSessionUser } from "@/lib/accounts/members";
import { isReservedUsername } from "@/lib/accounts/usernames";
import { listThread } from "@/lib/content/comments";
import { ACCOUNT_FAILURES_BEFORE_LOCK } from "@/lib/auth/throttle";
import { makeBoard, makeComment, makePost, makeUser } from "../../factories";
import { resetDatabase } from "../../reset-database";

const PASSWORD = "correct horse battery";
const IP = "10.0.0.9";
const sqlite = () => getSqlite();
const row = (table: string, id: string | number) => sqlite().prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown>;

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
  sqlite().prepare("UPDATE posts SET like_count = 1 WHERE id = ?").run(othersPost.id);
  sqlite()
    .prepare("UPDATE users SET post_count = 1, comment_count = 2, time_zone = 'Asia/Seoul', date_style = 'relative', theme = 'dark', bio = 'I like tea', bio_html = '<p>I like tea</p>', signature = 'sora.example', signature_html = '<p>sora.example</p>', locale = 'ko', image = 'https://img.example/me.png' WHERE id = ?")
    .run(sora.id);
  await getDb().insert(accounts).values({ userId: sora.id, type: "oauth", provider: "github", providerAccountId: "42", access_token: "secret" });
  await getDb().insert(accountTokens).values({ userId: sora.id, purpose: "email_verification", tokenHash: "h1", email: "new-sora@example.com", expiresAt: new Date(Date.now() + 3600_000) });
  for (const to of ["sora@example.com", "new-sora@example.com", "minji@example.com"]) {
    await getDb().insert(mailOutbox).values({ kind: "password_reset", to, subject: "s", text: "t", html: "h", nextAttemptAt: new Date() });
  }
  await getDb().insert(notifications).values({ userId: sora.id, kind: "reply_to_comment", actorId: other.id, postId: post.id, commentId: reply.id });
  sqlite().prepare("INSERT INTO moderation_log (actor_id, action, target_type, target_id, target_label) VALUES (?, 'suspend', 'user', ?, 'sora')").run(other.id, sora.id);
  return { sora, other, board, post, comment, reply, othersPost };
}

beforeEach(() => resetDatabase());

describe("deleteOwnAccount, keeping the writing", () => {
  it("erases every personal column and row, and keeps the writing, thread shape and counters", async () => {
    const { sora, post, comment, reply, othersPost, board } = await busyMember();
    const boardBefore = row("boards", board.id);
    const before = row("users", sora.id);

    const result = await deleteOwnAccount(sora, { confirmation: PASSWORD, deleteWriting: false }, IP);
    expect(result).toMatchObject({ ok: true });

    const after = row("users", sora.id);
    // Every column of the row, one by one: what identifies the person is gone, what counts their writing stays.
    expect(isDeletedUsername(after.username as string)).toBe(true);
    expect(after.username).not.toContain("sora");
    expect(after.username_key).toBe(after.username);
    expect(after.name).toBe(DELETED_MEMBER_NAME);
    for (const column of ["email", "email_verified", "image", "password_hash", "status_until", "status_reason", "locale", "time_zone", "date_style", "theme"]) {
      expect(after[column], column).toBeNull();
    }
    for (const column of ["bio", "bio_html", "signature", "signature_html"]) expect(after[column], column).toBe("");
    expect(after.session_version).toBe((before.session_version as number) + 1);
    expect(after.deleted_at).toBeTypeOf("number");
    expect([after.post_count, after.comment_count, after.role, after.status, after.created_at]).toEqual([1, 2, "member", "active", before.created_at]);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());

    // Sign-in accounts, one-time links, mail to any of their addresses, their notifications: gone. Others' mail stays.
    expect(sqlite().prepare("SELECT count(*) FROM accounts WHERE user_id = ?").pluck().get(sora.id)).toBe(0);
    expect(sqlite().prepare("SELECT count(*) FROM account_tokens WHERE user_id = ?").pluck().get(sora.id)).toBe(0);
    expect(sqlite().prepare("SELECT \"to\" FROM mail_outbox").pluck().all()).toEqual(["minji@example.com"]);
    expect(sqlite().prepare("SELECT count(*) FROM notifications WHERE user_id = ?").pluck().get(sora.id)).toBe(0);
    expect(sqlite().prepare("SELECT count(*) FROM rate_limits WHERE key LIKE ?").pluck().get(`%user:${sora.id}`)).toBe(0);
    // No column anywhere still holds the old username or email.
    const dump = JSON.stringify(sqlite().prepare("SELECT * FROM users").all()) + JSON.stringify(sqlite().prepare("SELECT * FROM moderation_log").all());
    expect(dump).not.toMatch(/sora@example|"sora"|new-sora/);
    // A session from before is over.
    expect((await findSessionUser(sora.id))?.sessionVersion).not.toBe(before.session_version);

    // The writing: same rows, same text, same counters, same thread shape.
    expect(row("posts", post.id)).toMatchObject({ status: "published", body_source: "My **post**", comment_count: 2 });
    expect(row("comments", comment.id)).toMatchObject({ status: "published", body_source: "My comment" });
    expect(row("posts", othersPost.id)).toMatchObject({ like_count: 1, comment_count: 1 });
    expect(row("boards", board.id)).toEqual(boardBefore);
    const thread = await listThread(post.id);
    expect(thread.map((c) => c.id)).toEqual([comment.id, reply.id]);
    expect(isDeletedUsername(thread[0]!.author.username)).toBe(true);

    // The log keeps its entries, renamed, and records the deletion without personal data.
    const log = sqlite().prepare("SELECT action, target_label, note FROM moderation_log ORDER BY id").all();
    expect(log).toEqual([
      { action: "suspend", target_label: after.username, note: null },
      { action: "account_deleted", target_label: after.username, note: null },
    ]);
  });

  it("refuses a wrong password, changes nothing, and counts it towards the sign-in lock", async () => {
    const { sora } = await busyMember();
    const before = row("users", sora.id);
    for (let i = 0; i < ACCOUNT_FAILURES_BEFORE_LOCK; i++) {
      expect(await deleteOwnAccount(sora, { confirmation: "wrong password!", deleteWriting: true }, IP)).toEqual({ ok: false, errors: { confirmation: "accountDeletion:passwordWrong" } });
    }
    expect(row("users", sora.id)).toEqual(before);
    // Locked now: even the right password waits.
    expect(await deleteOwnAccount(sora, { confirmation: PASSWORD, deleteWriting: false }, IP)).toMatchObject({ ok: false, message: "accountDeletion:tooManyTries" });
    expect(row("users", sora.id)).toEqual(before);
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
    expect(row("users", first.id).deleted_at).toBeNull();
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
    expect(row("users", sora.id).deleted_at).toBeNull();
    expect(row("users", mallory.id).deleted_at).toBeNull();
  });
});

describe("deleteOwnAccount, with the writing", () => {
  it("leaves tombstones the way the author's delete does: counters follow, replies keep their place, words go", async () => {
    const { sora, post, comment, reply, othersPost, board } = await busyMember();
    const boardPosts = row("boards", board.id).post_count as number;
    expect(await deleteOwnAccount(sora, { confirmation: PASSWORD, deleteWriting: true }, IP)).toMatchObject({ ok: true });

    expect(row("posts", post.id)).toMatchObject({ status: "deleted", body_source: "", body_html: "" });
    expect(row("comments", comment.id)).toMatchObject({ status: "deleted", body_source: "", body_html: "" });
    // Someone else's reply stays, under its "[deleted]" parent.
    expect(row("comments", reply.id)).toMatchObject({ status: "published", body_source: "A reply", parent_id: comment.id });
    expect(row("boards", board.id).post_count).toBe(boardPosts - 1);
    expect(row("posts", othersPost.id)).toMatchObject({ comment_count: 0, like_count: 1 });
    expect(row("users", sora.id)).toMatchObject({ post_count: 0, comment_count: 0 });
    expect(sqlite().prepare("SELECT count(*) FROM post_revisions WHERE post_id = ?").pluck().get(post.id)).toBe(0);
    expect(sqlite().prepare("SELECT note FROM moderation_log WHERE action = 'account_deleted'").pluck().get()).toBe("with writing");
  });
});

describe("the placeholder username", () => {
  it("cannot be registered by anyone, in any disguise", () => {
    for (const name of ["deleted-1a2b3c4d5e6f", "Deleted_x", "dеleted-abc"]) expect(isReservedUsername(name), name).toBe(true);
    expect(isReservedUsername("deleter")).toBe(false);
  });
});
