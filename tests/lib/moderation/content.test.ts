import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { bannedWords, boards, commentLikes, moderationLog, postLikes, reports } from "@/db/schema";
import { findSessionUser, type SessionUser } from "@/lib/accounts/members";
import { createComment, editComment } from "@/lib/content/commenting";
import { listThread } from "@/lib/content/comments";
import { movePost, removeContent, restoreContent, switchThread } from "@/lib/moderation/content";
import { createPost } from "@/lib/content/posting";
import { getPost, getPostAnyStatus } from "@/lib/content/posts";
import { findThread } from "@/lib/content/thread-read";
import { toggleLike } from "@/lib/content/likes";
import { dismissReports, reportContent, REPORTER_MIN_AGE_DAYS, REPORTS_PER_HOUR, REPORTS_TO_HIDE, reviewQueue, waitingCount } from "@/lib/moderation/reports";
import { banUser, liftSanction, removeAndSanction, removeAsSpammer, suspendUser, undoSpammerRemoval } from "@/lib/moderation/sanctions";
import { makeBoard, makeUser } from "../../factories";
import { counterMismatches } from "../../queries";
import { resetDatabase } from "../../reset-database";

const DAY = 86_400_000;
let clock = Date.now();
const later = () => (clock += 10 * 60_000);
const logCount = (action?: string) => getDb().$count(moderationLog, action ? eq(moderationLog.action, action) : undefined);

async function person(name: string, role: SessionUser["role"] = "member", ageMs = 30 * DAY): Promise<SessionUser> {
  const row = await makeUser({ username: name, role, createdAt: new Date(clock - ageMs) });
  return (await findSessionUser(row.id))!;
}
const fresh = async (user: SessionUser) => (await findSessionUser(user.id))!;

async function post(user: SessionUser, board = "free", body = "An honest post about gardening.") {
  const result = await createPost(user, board, { title: `Post by ${user.username}`, body }, null, later());
  if (!result.ok) throw new Error(result.message);
  return result.id;
}
async function comment(user: SessionUser, postId: number, parentId: number | null = null, body = `A comment by ${user.username}, kind and on topic.`) {
  const result = await createComment(user, postId, parentId, { body }, null, later());
  if (!result.ok) throw new Error(result.message);
  return result.id;
}

let author: SessionUser, reader: SessionUser, mod: SessionUser, admin: SessionUser;

beforeEach(async () => {
  await resetDatabase();
  clock = Date.now();
  await makeBoard({ slug: "free" });
  await makeBoard({ slug: "health" });
  author = await person("author");
  reader = await person("reader");
  mod = await person("mod_kim", "moderator");
  admin = await person("boss", "admin");
});

describe("removing and restoring", () => {
  it("leaves a tombstone with the reason for readers, the text for the author and moderators, and restores it exactly", async () => {
    const postId = await post(author);
    const parent = await comment(reader, postId);
    const reply = await comment(author, postId, parent);
    // The result says where the item lives, for the moderator's way back to it.
    expect(await removeContent(mod, { type: "comment", id: parent }, "spam", "link farm", later())).toEqual({ ok: true, id: parent, postId, boardSlug: "free" });
    expect((await getPost("free", postId))?.commentCount).toBe(1);

    const forReaders = await listThread(postId, null);
    expect(forReaders.map((c) => [c.id, c.status, c.removalReason, c.bodyHtml === ""])).toEqual([
      [parent, "removed", "spam", true],
      [reply, "published", null, false],
    ]);
    expect((await listThread(postId, await fresh(reader)))[0]!.bodyHtml).toContain("A comment by reader");
    expect((await listThread(postId, await fresh(mod)))[0]!.bodyHtml).toContain("A comment by reader");
    expect((await listThread(postId, await fresh(author)))[0]!.bodyHtml).toBe("");

    expect(await restoreContent(mod, { type: "comment", id: parent }, later())).toMatchObject({ ok: true, postId, boardSlug: "free" });
    expect((await listThread(postId, null))[0]).toMatchObject({ status: "published", removalReason: null });
    expect((await listThread(postId, null))[0]!.bodyHtml).toBe("<p>A comment by reader, kind and on topic.</p>");
    expect((await getPost("free", postId))?.commentCount).toBe(2);
    expect(await counterMismatches()).toEqual([]);
    expect([await logCount("remove"), await logCount("restore")]).toEqual([1, 1]);
  });

  it("removes a post from every list and count, and brings it back", async () => {
    const postId = await post(author);
    await removeContent(mod, { type: "post", id: postId }, "off_topic", null, later());
    expect(await getPost("free", postId)).toBeNull();
    expect(await getPostAnyStatus("free", postId)).toMatchObject({ status: "removed", removalReason: "off_topic" });
    expect((await getDb().select({ postCount: boards.postCount }).from(boards).where(eq(boards.slug, "free")))[0]?.postCount).toBe(0);
    await restoreContent(admin, { type: "post", id: postId }, later());
    expect(await getPost("free", postId)).not.toBeNull();
    expect(await counterMismatches()).toEqual([]);
  });

  it("is refused to members, authors and suspended moderators, and logs nothing then", async () => {
    const postId = await post(author);
    expect(await removeContent(reader, { type: "post", id: postId }, "spam", null)).toMatchObject({ ok: false, message: "notModerator" });
    expect(await removeContent(author, { type: "post", id: postId }, "spam", null)).toMatchObject({ ok: false, message: "notModerator" });
    expect(await removeContent({ ...mod, status: "suspended" }, { type: "post", id: postId }, "spam", null)).toMatchObject({ ok: false, message: "notModerator" });
    expect(await switchThread(reader, postId, "lock")).toMatchObject({ ok: false, message: "notModerator" });
    expect(await movePost(author, postId, "health")).toMatchObject({ ok: false, message: "notModerator" });
    expect(await logCount()).toBe(0);
    expect(await getPost("free", postId)).toMatchObject({ locked: false });
  });
});

describe("threads", () => {
  it("closes a locked thread to recommendations and reports, on the post and its comments, until it is unlocked", async () => {
    const postId = await post(author);
    const commentId = await comment(author, postId);
    await switchThread(mod, postId, "lock", later());
    expect(await toggleLike(await fresh(reader), "post", postId)).toMatchObject({ ok: false, message: "threadLockedToLikes" });
    expect(await toggleLike(await fresh(reader), "comment", commentId)).toMatchObject({ ok: false, message: "threadLockedToLikes" });
    expect(await reportContent(await fresh(reader), { type: "post", id: postId }, "spam", null, later())).toMatchObject({ ok: false, message: "threadLockedToReports" });
    expect(await reportContent(await fresh(reader), { type: "comment", id: commentId }, "spam", null, later())).toMatchObject({ ok: false, message: "threadLockedToReports" });
    expect([await getDb().$count(reports), await getDb().$count(postLikes), await getDb().$count(commentLikes)]).toEqual([0, 0, 0]);
    await switchThread(mod, postId, "unlock", later());
    expect(await toggleLike(await fresh(reader), "comment", commentId)).toMatchObject({ ok: true, liked: true });
    expect(await reportContent(await fresh(reader), { type: "post", id: postId }, "spam", null, later())).toMatchObject({ ok: true });
  });

  it("locks, pins, and moves with the old address redirecting; each once in the log", async () => {
    const postId = await post(author);
    expect(await switchThread(mod, postId, "lock", later())).toEqual({ ok: true, id: postId, postId, boardSlug: "free" });
    await switchThread(mod, postId, "pin", later());
    expect(await getPost("free", postId)).toMatchObject({ locked: true, pinned: true });
    expect(await createComment(await fresh(reader), postId, null, { body: "too late" }, null, later())).toMatchObject({ ok: false, message: "postLocked" });
    expect(await movePost(mod, postId, "health", later())).toMatchObject({ ok: true, boardSlug: "health" });
    expect(await getPost("health", postId)).not.toBeNull();
    expect(await getPost("free", postId)).toBeNull();
    expect(await findThread("free", String(postId), null)).toEqual({ livesIn: "health" });
    expect(await counterMismatches()).toEqual([]);
    expect([await logCount("lock"), await logCount("pin"), await logCount("move")]).toEqual([1, 1, 1]);
  });
});

describe("reports", () => {
  it(`hide an item when ${REPORTS_TO_HIDE} different members report it, and the queue shows it first`, async () => {
    const postId = await post(author);
    const target = { type: "comment" as const, id: await comment(author, postId) };
    const quiet = { type: "post" as const, id: await post(reader) };
    await reportContent(await fresh(author), quiet, "other", null, later());
    for (let i = 1; i <= REPORTS_TO_HIDE; i++) {
      const result = await reportContent(await person(`flagger${i}`), target, "abuse", null, later());
      expect(result).toMatchObject({ ok: true, hidden: i === REPORTS_TO_HIDE });
    }
    expect((await listThread(postId, null))[0]).toMatchObject({ status: "held", holdReasons: ["reports"], bodyHtml: "" });
    expect((await getPost("free", postId))?.commentCount).toBe(0);
    const queue = await reviewQueue();
    expect(queue.map((q) => [q.type, q.id, q.reporters])).toEqual([
      ["comment", target.id, REPORTS_TO_HIDE],
      ["post", quiet.id, 1],
    ]);
    expect(await waitingCount()).toBe(2);
    expect(await dismissReports(mod, target, later())).toMatchObject({ ok: true });
    expect((await listThread(postId, null))[0]).toMatchObject({ status: "published" });
    expect((await reviewQueue()).map((q) => q.id)).toEqual([quiet.id]);
    expect(await waitingCount()).toBe(1);
    // Removed writing leaves the queue and the count together.
    await removeContent(mod, quiet, "spam", null, later());
    expect([(await reviewQueue()).length, await waitingCount()]).toEqual([0, 0]);
    expect(await counterMismatches()).toEqual([]);
  });

  it("from a moderator hide at once; a member reports once, never their own writing, and not too often", async () => {
    const postId = await post(author);
    expect(await reportContent(await fresh(author), { type: "post", id: postId }, "spam", null, later())).toMatchObject({ ok: false, message: "cannotReportOwn" });
    expect(await reportContent(await fresh(reader), { type: "post", id: postId }, "spam", null, later())).toMatchObject({ ok: true, hidden: false });
    expect(await reportContent(await fresh(reader), { type: "post", id: postId }, "abuse", null, later())).toMatchObject({ ok: false, message: "alreadyReported" });
    expect(await reportContent({ ...reader, status: "suspended" }, { type: "post", id: postId }, "spam", null)).toMatchObject({ ok: false, message: "accountRestricted" });
    expect(await reportContent(mod, { type: "post", id: postId }, "spam", null, later())).toMatchObject({ ok: true, hidden: true });
    expect(await getPost("free", postId)).toBeNull();

    const busy = await person("busy");
    const start = clock;
    for (let i = 0; i < REPORTS_PER_HOUR; i++) {
      expect(await reportContent(busy, { type: "post", id: await post(await person(`w${i}`)) }, "spam", null, start + i)).toMatchObject({ ok: true });
    }
    expect(await reportContent(busy, { type: "post", id: await post(await person("one_more")) }, "spam", null, start + 100)).toMatchObject({ ok: false, message: "tooManyReports" });
  });
});

describe("report-bombing", () => {
  it(`counts reports towards the hold only from accounts at least ${REPORTER_MIN_AGE_DAYS} days old, and shows moderators how many came from new ones`, async () => {
    const target = { type: "post" as const, id: await post(author) };
    for (let i = 1; i <= REPORTS_TO_HIDE + 2; i++) {
      expect(await reportContent(await person(`sock${i}`, "member", 60_000), target, "abuse", null, later())).toMatchObject({ ok: true, hidden: false });
    }
    expect(await getPost("free", target.id)).not.toBeNull();
    expect((await reviewQueue())[0]).toMatchObject({ id: target.id, reporters: REPORTS_TO_HIDE + 2, newReporters: REPORTS_TO_HIDE + 2 });
    for (let i = 1; i <= REPORTS_TO_HIDE; i++) await reportContent(await person(`regular${i}`), target, "abuse", null, later());
    expect(await getPost("free", target.id)).toBeNull();
  });

  it("never holds staff writing on members' reports alone; a moderator's report still does", async () => {
    const notice = { type: "post" as const, id: await post(mod) };
    for (let i = 1; i <= REPORTS_TO_HIDE + 1; i++) {
      expect(await reportContent(await person(`angry${i}`), notice, "abuse", null, later())).toMatchObject({ ok: true, hidden: false });
    }
    expect(await getPost("free", notice.id)).not.toBeNull();
    expect(await reportContent(admin, notice, "abuse", null, later())).toMatchObject({ ok: true, hidden: true });
  });
});

describe("remove and sanction from the queue", () => {
  it("bans the item's author and removes the item together", async () => {
    const postId = await post(author);
    expect(await removeAndSanction(mod, { type: "post", id: postId }, "spam", { kind: "ban" }, later())).toMatchObject({ ok: true });
    expect((await fresh(author)).status).toBe("banned");
    expect((await fresh(reader)).status).toBe("active");
    expect(await getPost("free", postId)).toBeNull();
  });

  it("does neither when the sanction is refused (a moderator's writing, reviewed by a moderator)", async () => {
    const other = await person("other_mod", "moderator");
    const postId = await post(other);
    expect(await removeAndSanction(mod, { type: "post", id: postId }, "spam", { kind: "ban" }, later())).toMatchObject({ ok: false, message: "cannotSanction" });
    expect(await getPost("free", postId)).not.toBeNull();
    expect((await fresh(other)).status).toBe("active");
    expect(await logCount()).toBe(0);
  });
});

describe("sanctions", () => {
  it("a suspension stops writing at once, shows on the account, and lifts in one step", async () => {
    const postId = await post(author);
    expect(await suspendUser(mod, author.id, 3, "heated", later())).toMatchObject({ ok: true, username: author.username });
    const suspended = await fresh(author);
    expect(suspended.status).toBe("suspended");
    expect(await createComment(suspended, postId, null, { body: "still here" }, null, later())).toMatchObject({ ok: false, message: "cannotComment" });
    expect(await reportContent(suspended, { type: "post", id: await post(reader) }, "spam", null, later())).toMatchObject({ ok: false, message: "accountRestricted" });
    expect(await liftSanction(mod, author.id, later())).toMatchObject({ ok: true });
    expect(await createComment(await fresh(author), postId, null, { body: "back again, thank you" }, null, later())).toMatchObject({ ok: true });
    expect([await logCount("suspend"), await logCount("lift")]).toEqual([1, 1]);
  });

  it("moderators sanction members only; admins sanction moderators too; nobody sanctions an admin or themselves", async () => {
    expect(await banUser(reader, author.id, "no")).toMatchObject({ ok: false, message: "cannotSanction" });
    expect(await banUser(mod, (await person("other_mod", "moderator")).id, "no")).toMatchObject({ ok: false, message: "cannotSanction" });
    expect(await banUser(mod, admin.id, "no")).toMatchObject({ ok: false, message: "cannotSanction" });
    expect(await banUser(mod, mod.id, "no")).toMatchObject({ ok: false, message: "cannotSanction" });
    expect(await suspendUser(mod, author.id, 0, "no")).toMatchObject({ ok: false, message: "suspensionDays" });
    expect(await banUser(admin, mod.id, "rogue", later())).toMatchObject({ ok: true });
    expect(await logCount()).toBe(1);
  });

  it("remove as spammer takes everything down and bans, and its undo puts it all back", async () => {
    const spammer = await person("spammer");
    const p1 = await post(spammer);
    const own = await post(author);
    const c1 = await comment(spammer, own);
    await comment(reader, p1);
    const result = await removeAsSpammer(mod, spammer.id, later());
    expect(result).toMatchObject({ ok: true, removed: 2 });
    expect((await fresh(spammer)).status).toBe("banned");
    expect(await getPost("free", p1)).toBeNull();
    expect((await listThread(own, null))[0]).toMatchObject({ id: c1, status: "removed" });
    expect(await counterMismatches()).toEqual([]);

    expect(await undoSpammerRemoval(mod, spammer.id, result.ok ? result.id : 0, later())).toMatchObject({ ok: true, restored: 2 });
    expect((await fresh(spammer)).status).toBe("active");
    expect(await getPost("free", p1)).not.toBeNull();
    expect((await listThread(own, null))[0]).toMatchObject({ id: c1, status: "published" });
    expect(await counterMismatches()).toEqual([]);
    expect([await logCount("remove_spammer"), await logCount("undo_remove_spammer")]).toEqual([1, 1]);
  });
});

describe("spam defence", () => {
  const injected = "They actively take part in between-session work, 宮崎 エステ attend sessions regularly, and engage honestly.";

  it("holds injected foreign-script text: only the author and moderators see it, and approving publishes it", async () => {
    const postId = await post(author);
    const held = await comment(reader, postId, null, injected);
    expect((await getPost("free", postId))?.commentCount).toBe(0);
    expect(await listThread(postId, null)).toEqual([]);
    expect((await listThread(postId, await fresh(reader)))[0]).toMatchObject({ id: held, status: "held", holdReasons: ["foreign-script"] });
    expect((await listThread(postId, await fresh(mod)))[0]).toMatchObject({ id: held });
    expect((await reviewQueue())[0]).toMatchObject({ type: "comment", id: held, holdReasons: ["foreign-script"] });
    expect(await waitingCount()).toBe((await reviewQueue()).length);
    expect(await restoreContent(mod, { type: "comment", id: held }, later())).toMatchObject({ ok: true });
    expect((await listThread(postId, null))[0]).toMatchObject({ id: held, status: "published" });
    expect((await getPost("free", postId))?.commentCount).toBe(1);
    expect(await logCount("approve")).toBe(1);
  });

  it("holds spam added to an old comment by an edit", async () => {
    const postId = await post(author);
    const id = await comment(reader, postId);
    expect(await editComment(await fresh(reader), id, { body: injected }, later())).toMatchObject({ ok: true });
    expect(await listThread(postId, null)).toEqual([]);
    expect((await getPost("free", postId))?.commentCount).toBe(0);
    expect(await counterMismatches()).toEqual([]);
  });

  it("refuses a blocked word with the word, and holds a review word", async () => {
    await getDb().insert(bannedWords).values([{ word: "casino", mode: "block" }, { word: "crypto", mode: "review" }]);
    const postId = await post(author);
    expect(await createComment(await fresh(reader), postId, null, { body: "Visit the best c a s i n o today" }, null, later())).toMatchObject({
      ok: false,
      message: "bannedWordBlocked",
      messageValues: { word: "casino" },
    });
    const held = await createComment(await fresh(reader), postId, null, { body: "Anyone into crypto here?" }, null, later());
    expect(held.ok && (await listThread(postId, await fresh(mod))).find((c) => c.id === held.id)?.holdReasons).toEqual(["banned-word"]);
  });

  it("holds every post of a new member in a board that asks for approval", async () => {
    await getDb().update(boards).set({ approveNewMembers: true }).where(eq(boards.slug, "health"));
    const newcomer = await person("newcomer", "member", 2 * DAY);
    const id = await post(newcomer, "health");
    expect(await getPostAnyStatus("health", id)).toMatchObject({ status: "held", holdReasons: ["new-member"] });
    expect(await getPostAnyStatus("free", await post(newcomer, "free"))).toMatchObject({ status: "published" });
    expect(await getPostAnyStatus("health", await post(author, "health"))).toMatchObject({ status: "published" });
  });
});
