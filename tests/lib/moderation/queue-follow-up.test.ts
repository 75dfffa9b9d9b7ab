// The review queue's particulars (report notes, labelled times) and its follow-up to a sanction: removing everything
// else the sanctioned author has waiting, once per item in the log, and nothing for anyone who may not.
import { beforeEach, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { comments, moderationLog, posts, users } from "@/db/schema";
import { findSessionUser, type SessionUser } from "@/lib/accounts/members";
import { reportContent, reviewQueue, waitingFrom } from "@/lib/moderation/reports";
import { banUser, removeWaitingFrom, suspendUser } from "@/lib/moderation/sanctions";
import { makeBoard, makeComment, makePost, makeUser } from "../../factories";
import { valueOf } from "../../queries";
import { resetDatabase } from "../../reset-database";

const DAY = 86_400_000;
const person = async (username: string, role: SessionUser["role"] = "member") =>
  (await findSessionUser((await makeUser({ username, role, createdAt: new Date(Date.now() - 30 * DAY) })).id))!;
const statusOf = (table: typeof posts | typeof comments, id: number) => valueOf(table.status, eq(table.id, id));
const removals = async () =>
  (await getDb().select({ type: moderationLog.targetType, id: moderationLog.targetId }).from(moderationLog).where(eq(moderationLog.action, "remove")).orderBy(asc(moderationLog.id))).map(
    (row) => `${row.type}:${row.id}`,
  );

let mod: SessionUser;
let reporter: SessionUser;
let spammer: SessionUser;
let bystander: SessionUser;
let items: { heldPost: number; reportedPost: number; heldComment: number; reportedComment: number; quietPost: number; otherHeld: number };

beforeEach(async () => {
  await resetDatabase();
  mod = await person("mod", "moderator");
  reporter = await person("reporter");
  spammer = await person("spammer");
  bystander = await person("bystander");
  const board = await makeBoard({ slug: "q" });
  const thread = await makePost(board, bystander);
  const reportedPost = (await makePost(board, spammer)).id;
  const reportedComment = (await makeComment(thread, spammer)).id;
  expect((await reportContent(reporter, { type: "post", id: reportedPost }, "spam", "Links to a pill shop")).ok).toBe(true);
  expect((await reportContent(reporter, { type: "comment", id: reportedComment }, "spam", null)).ok).toBe(true);
  items = {
    heldPost: (await makePost(board, spammer, { status: "held" })).id,
    reportedPost,
    heldComment: (await makeComment(thread, spammer, { status: "held" })).id,
    reportedComment,
    quietPost: (await makePost(board, spammer)).id,
    otherHeld: (await makePost(board, bystander, { status: "held" })).id,
  };
});

describe("the queue's particulars", () => {
  it("shows what reporters wrote and when the writing was written and first reported", async () => {
    const item = (await reviewQueue()).find((i) => i.type === "post" && i.id === items.reportedPost)!;
    expect(item.notes).toEqual(["Links to a pill shop"]);
    expect(item.reportedAt).toBeInstanceOf(Date);
    expect(item.writtenAt.getTime()).toBeLessThanOrEqual(item.reportedAt!.getTime());
    const held = (await reviewQueue()).find((i) => i.type === "post" && i.id === items.heldPost)!;
    expect(held).toMatchObject({ notes: [], reportedAt: null });
  });

  it("lists an author's waiting items as the queue counts them", async () => {
    expect(await waitingFrom(spammer.id)).toEqual([
      { type: "comment", id: items.reportedComment },
      { type: "comment", id: items.heldComment },
      { type: "post", id: items.reportedPost },
      { type: "post", id: items.heldPost },
    ].sort((a, b) => a.type.localeCompare(b.type) || a.id - b.id));
  });
});

describe("removing what a sanctioned author has waiting", () => {
  it("removes every held or reported item of theirs, logs each once, and leaves the rest", async () => {
    expect((await banUser(mod, spammer.id, "Spam")).ok).toBe(true);
    const result = await removeWaitingFrom(mod, spammer.id, "spam");
    expect(result).toMatchObject({ ok: true, removed: 4 });
    for (const id of [items.heldPost, items.reportedPost]) expect(await statusOf(posts, id)).toBe("removed");
    for (const id of [items.heldComment, items.reportedComment]) expect(await statusOf(comments, id)).toBe("removed");
    expect(await statusOf(posts, items.quietPost)).toBe("published");
    expect(await statusOf(posts, items.otherHeld)).toBe("held");
    expect((await removals()).sort()).toEqual([`comment:${items.heldComment}`, `comment:${items.reportedComment}`, `post:${items.heldPost}`, `post:${items.reportedPost}`].sort());
    expect(await waitingFrom(spammer.id)).toEqual([]);
    expect((await reviewQueue()).some((i) => i.author.id === spammer.id)).toBe(false);
    // A second click finds nothing left and logs nothing more.
    expect(await removeWaitingFrom(mod, spammer.id, "spam")).toMatchObject({ ok: true, removed: 0 });
    expect(await removals()).toHaveLength(4);
  });

  it("works after a suspension too", async () => {
    expect((await suspendUser(mod, spammer.id, 7, "Spam")).ok).toBe(true);
    expect(await removeWaitingFrom(mod, spammer.id, "spam")).toMatchObject({ ok: true, removed: 4 });
  });

  it("refuses for an author who is not sanctioned, and changes nothing", async () => {
    expect(await removeWaitingFrom(mod, spammer.id, "spam")).toMatchObject({ ok: false, message: "notSanctioned" });
    expect(await statusOf(posts, items.heldPost)).toBe("held");
    expect(await removals()).toEqual([]);
  });

  it("refuses members, and moderators acting on an admin", async () => {
    expect((await banUser(mod, spammer.id, "Spam")).ok).toBe(true);
    expect(await removeWaitingFrom(bystander, spammer.id, "spam")).toMatchObject({ ok: false, message: "notModerator" });
    expect(await removeWaitingFrom(reporter, spammer.id, "spam")).toMatchObject({ ok: false, message: "notModerator" });
    const admin = await person("admin", "admin");
    await getDb().update(users).set({ status: "suspended" }).where(eq(users.id, admin.id));
    expect(await removeWaitingFrom(mod, admin.id, "spam")).toMatchObject({ ok: false, message: "cannotSanction" });
    expect(await statusOf(posts, items.heldPost)).toBe("held");
    expect(await removals()).toEqual([]);
  });

  it("refuses an unknown author", async () => {
    expect(await removeWaitingFrom(mod, "no-such-user", "spam")).toMatchObject({ ok: false, message: "userNotFound" });
  });
});
