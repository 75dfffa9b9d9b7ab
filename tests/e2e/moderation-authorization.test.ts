// Every moderation action against the running server: the anonymous, a member, the author and a suspended
// member are refused and change nothing; a moderator and an admin may. Each allowed action is logged once.
import { beforeAll, describe, expect, it } from "vitest";
import { callFormAction, createSignedInUser, getPage, type TestUser } from "./http";
import { serverRow } from "./server-db";

const WRITE = "app/b/[board]/write/actions.ts";
const POST = "app/b/[board]/[postId]/actions.ts";
const MOD = "app/b/[board]/[postId]/moderation-actions.ts";
const QUEUE = "app/mod/queue/actions.ts";
const PROFILE = "app/u/[username]/actions.ts";

type Who = "anonymous" | "member" | "author" | "suspended" | "moderator" | "admin";
const refused: Who[] = ["anonymous", "member", "author", "suspended"];
const users = {} as Record<Exclude<Who, "anonymous">, TestUser>;
const cookie = (who: Who) => (who === "anonymous" ? "" : users[who].cookie);
let postId: number;
let commentId: number;

const statusOf = async (table: "posts" | "comments", id: number) => (await serverRow<{ status: string }>(`SELECT status FROM ${table} WHERE id = ?`, id)).status;
const logCount = async () => (await serverRow<{ n: number }>("SELECT count(*) AS n FROM moderation_log")).n;

beforeAll(async () => {
  users.member = await createSignedInUser("ma_member");
  users.author = await createSignedInUser("ma_author");
  users.suspended = await createSignedInUser("ma_suspended", { status: "suspended" });
  users.moderator = await createSignedInUser("ma_mod", { role: "moderator" });
  users.admin = await createSignedInUser("ma_admin", { role: "admin" });
  const published = await callFormAction("/b/free/write", WRITE, "publishPost", { board: "free", title: "Moderation target", body: "A calm post about tea.", submissionKey: crypto.randomUUID() }, users.author.cookie);
  postId = Number(/\/b\/free\/(\d+)/.exec(published.location ?? "")?.[1]);
  const commented = await callFormAction(`/b/free/${postId}`, POST, "addComment", { board: "free", postId: String(postId), body: "Green tea, mostly.", submissionKey: crypto.randomUUID() }, users.author.cookie);
  commentId = Number(/#comment-(\d+)/.exec(commented.location ?? "")?.[1]);
  expect(postId).toBeGreaterThan(0);
  expect(commentId).toBeGreaterThan(0);
});

const remove = (who: Who) =>
  callFormAction(`/b/free/${postId}`, MOD, "moderateContent", { board: "free", targetType: "comment", targetId: String(commentId), op: "remove", reason: "spam" }, cookie(who));
const restore = (who: Who) =>
  callFormAction(`/b/free/${postId}`, MOD, "moderateContent", { board: "free", targetType: "comment", targetId: String(commentId), op: "restore" }, cookie(who));

describe("pages", () => {
  it.each([
    ["anonymous", 307],
    ["member", 403],
    ["suspended", 403],
    ["moderator", 200],
    ["admin", 200],
  ] as const)("/mod/queue for %s is %i", async (who, status) => {
    expect((await getPage("/mod/queue", cookie(who))).status).toBe(status);
  });

  it("/mod/log is public", async () => {
    expect((await getPage("/mod/log")).status).toBe(200);
  });
});

describe("removing and restoring a comment", () => {
  it.each(refused)("is refused for %s", async (who) => {
    const before = await logCount();
    await remove(who);
    expect(await statusOf("comments", commentId)).toBe("published");
    expect(await logCount()).toBe(before);
  });

  it.each(["moderator", "admin"] as const)("is allowed for %s, logged once each way", async (who) => {
    const before = await logCount();
    await remove(who);
    expect(await statusOf("comments", commentId)).toBe("removed");
    await restore(who);
    expect(await statusOf("comments", commentId)).toBe("published");
    expect(await logCount()).toBe(before + 2);
  });
});

describe("locking, pinning and moving a thread", () => {
  it.each(refused)("is refused for %s", async (who) => {
    await callFormAction(`/b/free/${postId}`, MOD, "switchThreadAction", { board: "free", targetType: "post", targetId: String(postId), op: "lock" }, cookie(who), {}, { withState: false });
    await callFormAction(`/b/free/${postId}`, MOD, "movePostAction", { board: "free", targetId: String(postId), toBoard: "qna" }, cookie(who));
    const thread = await serverRow<{ locked: unknown; board_id: number }>("SELECT locked, board_id FROM posts WHERE id = ?", postId);
    expect({ locked: Boolean(thread.locked), board_id: thread.board_id }).toEqual({ locked: false, board_id: (await serverRow<{ id: number }>("SELECT id FROM boards WHERE slug = 'free'")).id });
  });

  it("is allowed for a moderator; the old address then redirects", async () => {
    await callFormAction(`/b/free/${postId}`, MOD, "switchThreadAction", { board: "free", targetType: "post", targetId: String(postId), op: "lock" }, users.moderator.cookie, {}, { withState: false });
    // A flag: 1 on SQLite, true on PostgreSQL.
    expect(Boolean((await serverRow<{ locked: unknown }>("SELECT locked FROM posts WHERE id = ?", postId)).locked)).toBe(true);
    await callFormAction(`/b/free/${postId}`, MOD, "switchThreadAction", { board: "free", targetType: "post", targetId: String(postId), op: "unlock" }, users.moderator.cookie, {}, { withState: false });
    const moved = await callFormAction(`/b/free/${postId}`, MOD, "movePostAction", { board: "free", targetId: String(postId), toBoard: "qna" }, users.moderator.cookie);
    expect(moved.location).toContain(`/b/qna/${postId}`);
    const old = await getPage(`/b/free/${postId}`);
    expect(old.status).toBe(308);
    expect(old.location).toContain(`/b/qna/${postId}`);
    await callFormAction(`/b/qna/${postId}`, MOD, "movePostAction", { board: "qna", targetId: String(postId), toBoard: "free" }, users.moderator.cookie);
  });
});

describe("reporting", () => {
  it.each(["anonymous", "suspended", "author"] as const)("is refused for %s", async (who) => {
    await callFormAction(`/b/free/${postId}`, MOD, "reportAction", { board: "free", targetType: "comment", targetId: String(commentId), reason: "abuse" }, cookie(who));
    expect((await serverRow<{ n: number }>("SELECT count(*) AS n FROM reports WHERE target_id = ?", commentId)).n).toBe(0);
  });

  it("is allowed for a member, once", async () => {
    for (let i = 0; i < 2; i++) {
      await callFormAction(`/b/free/${postId}`, MOD, "reportAction", { board: "free", targetType: "comment", targetId: String(commentId), reason: "abuse" }, users.member.cookie);
    }
    expect((await serverRow<{ n: number }>("SELECT count(*) AS n FROM reports WHERE target_id = ?", commentId)).n).toBe(1);
  });
});

describe("the queue's one-step review", () => {
  it.each(refused)("is refused for %s", async (who) => {
    await callFormAction("/mod/queue", QUEUE, "reviewItem", { targetType: "comment", targetId: String(commentId), authorId: users.author.id, op: "remove_ban", reason: "abuse" }, cookie(who));
    expect(await statusOf("comments", commentId)).toBe("published");
    expect((await serverRow<{ status: string }>("SELECT status FROM users WHERE id = ?", users.author.id)).status).toBe("active");
  });

  it("removes and suspends the author in one step for a moderator", async () => {
    await callFormAction("/mod/queue", QUEUE, "reviewItem", { targetType: "comment", targetId: String(commentId), authorId: users.author.id, op: "remove_suspend", reason: "abuse" }, users.moderator.cookie);
    expect(await statusOf("comments", commentId)).toBe("removed");
    expect((await serverRow<{ status: string }>("SELECT status FROM users WHERE id = ?", users.author.id)).status).toBe("suspended");
    // The suspension bites on the author's very next write.
    const blocked = await callFormAction(`/b/free/${postId}`, POST, "addComment", { board: "free", postId: String(postId), body: "Am I still here?", submissionKey: crypto.randomUUID() }, users.author.cookie);
    expect(blocked.body).toContain("Your account is suspended or banned, so it cannot write now.");
  });
});

describe("sanctions from a profile", () => {
  const suspendMember = (who: Who) =>
    callFormAction(`/u/${users.member.username}`, PROFILE, "sanctionAction", { userId: users.member.id, username: users.member.username, op: "suspend", days: "2", reason: "test" }, cookie(who));

  it.each(["anonymous", "author", "suspended"] as const)("are refused for %s", async (who) => {
    await suspendMember(who);
    expect((await serverRow<{ status: string }>("SELECT status FROM users WHERE id = ?", users.member.id)).status).toBe("active");
  });

  it.each(["moderator", "admin"] as const)("are allowed for %s, and lifting is one step", async (who) => {
    await suspendMember(who);
    expect((await serverRow<{ status: string }>("SELECT status FROM users WHERE id = ?", users.member.id)).status).toBe("suspended");
    await callFormAction(`/u/${users.member.username}`, PROFILE, "sanctionAction", { userId: users.member.id, username: users.member.username, op: "lift" }, cookie(who));
    expect((await serverRow<{ status: string }>("SELECT status FROM users WHERE id = ?", users.member.id)).status).toBe("active");
  });
});
