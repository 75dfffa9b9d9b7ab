import { beforeEach, describe, expect, it } from "vitest";
import { getSqlite } from "@/db";
import { counterMismatches } from "@/db/counters";
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
import { resetDatabase } from "../../reset-database";

const DAY = 86_400_000;
const sqlite = () => getSqlite();
let clock = Date.now();
const later = () => (clock += 10 * 60_000);
const logCount = (action?: string) =>
  sqlite().prepare(`SELECT count(*) FROM moderation_log${action ? " WHERE action = ?" : ""}`).pluck().get(...(action ? [action] : [])) as number;

function person(name: string, role: SessionUser["role"] = "member", ageMs = 30 * DAY): SessionUser {
  const row = makeUser({ username: name, role, createdAt: new Date(clock - ageMs) });
  return findSessionUser(row.id)!;
}
const fresh = (user: SessionUser) => findSessionUser(user.id)!;

function post(user: SessionUser, board = "free", body = "An honest post about gardening.") {
  const result = createPost(user, board, { title: `Post by ${user.username}`, body }, null, later());
  if (!result.ok) throw new Error(result.message);
  return result.id;
}
function comment(user: SessionUser, postId: number, parentId: number | null = null, body = `A comment by ${user.username}, kind and on topic.`) {
  const result = createComment(user, postId, parentId, { body }, null, later());
  if (!result.ok) throw new Error(result.message);
  return result.id;
}

let author: SessionUser, reader: SessionUser, mod: SessionUser, admin: SessionUser;

beforeEach(() => {
  resetDatabase();
  clock = Date.now();
  makeBoard({ slug: "free" });
  makeBoard({ slug: "health" });
  author = person("author");
  reader = person("reader");
  mod = person("mod_kim", "moderator");
  admin = person("boss", "admin");
});

describe("removing and restoring", () => {
  it("leaves a tombstone with the reason for readers, the text for the author and moderators, and restores it exactly", () => {
    const postId = post(author);
    const parent = comment(reader, postId);
    const reply = comment(author, postId, parent);
    // The result says where the item lives, for the moderator's way back to it.
    expect(removeContent(mod, { type: "comment", id: parent }, "spam", "link farm", later())).toEqual({ ok: true, id: parent, postId, boardSlug: "free" });
    expect(getPost("free", postId)?.commentCount).toBe(1);

    const forReaders = listThread(postId, null);
    expect(forReaders.map((c) => [c.id, c.status, c.removalReason, c.bodyHtml === ""])).toEqual([
      [parent, "removed", "spam", true],
      [reply, "published", null, false],
    ]);
    expect(listThread(postId, fresh(reader))[0]!.bodyHtml).toContain("A comment by reader");
    expect(listThread(postId, fresh(mod))[0]!.bodyHtml).toContain("A comment by reader");
    expect(listThread(postId, fresh(author))[0]!.bodyHtml).toBe("");

    expect(restoreContent(mod, { type: "comment", id: parent }, later())).toMatchObject({ ok: true, postId, boardSlug: "free" });
    expect(listThread(postId, null)[0]).toMatchObject({ status: "published", removalReason: null });
    expect(listThread(postId, null)[0]!.bodyHtml).toBe("<p>A comment by reader, kind and on topic.</p>");
    expect(getPost("free", postId)?.commentCount).toBe(2);
    expect(counterMismatches(sqlite())).toEqual([]);
    expect([logCount("remove"), logCount("restore")]).toEqual([1, 1]);
  });

  it("removes a post from every list and count, and brings it back", () => {
    const postId = post(author);
    removeContent(mod, { type: "post", id: postId }, "off_topic", null, later());
    expect(getPost("free", postId)).toBeNull();
    expect(getPostAnyStatus("free", postId)).toMatchObject({ status: "removed", removalReason: "off_topic" });
    expect(sqlite().prepare("SELECT post_count FROM boards WHERE slug = 'free'").pluck().get()).toBe(0);
    restoreContent(admin, { type: "post", id: postId }, later());
    expect(getPost("free", postId)).not.toBeNull();
    expect(counterMismatches(sqlite())).toEqual([]);
  });

  it("is refused to members, authors and suspended moderators, and logs nothing then", () => {
    const postId = post(author);
    expect(removeContent(reader, { type: "post", id: postId }, "spam", null)).toMatchObject({ ok: false, message: "notModerator" });
    expect(removeContent(author, { type: "post", id: postId }, "spam", null)).toMatchObject({ ok: false, message: "notModerator" });
    expect(removeContent({ ...mod, status: "suspended" }, { type: "post", id: postId }, "spam", null)).toMatchObject({ ok: false, message: "notModerator" });
    expect(switchThread(reader, postId, "lock")).toMatchObject({ ok: false, message: "notModerator" });
    expect(movePost(author, postId, "health")).toMatchObject({ ok: false, message: "notModerator" });
    expect(logCount()).toBe(0);
    expect(getPost("free", postId)).toMatchObject({ locked: false });
  });
});

describe("threads", () => {
  it("closes a locked thread to recommendations and reports, on the post and its comments, until it is unlocked", () => {
    const postId = post(author);
    const commentId = comment(author, postId);
    switchThread(mod, postId, "lock", later());
    expect(toggleLike(fresh(reader), "post", postId)).toMatchObject({ ok: false, message: "threadLockedToLikes" });
    expect(toggleLike(fresh(reader), "comment", commentId)).toMatchObject({ ok: false, message: "threadLockedToLikes" });
    expect(reportContent(fresh(reader), { type: "post", id: postId }, "spam", null, later())).toMatchObject({ ok: false, message: "threadLockedToReports" });
    expect(reportContent(fresh(reader), { type: "comment", id: commentId }, "spam", null, later())).toMatchObject({ ok: false, message: "threadLockedToReports" });
    expect(sqlite().prepare("SELECT (SELECT count(*) FROM reports) + (SELECT count(*) FROM post_likes) + (SELECT count(*) FROM comment_likes)").pluck().get()).toBe(0);
    switchThread(mod, postId, "unlock", later());
    expect(toggleLike(fresh(reader), "comment", commentId)).toMatchObject({ ok: true, liked: true });
    expect(reportContent(fresh(reader), { type: "post", id: postId }, "spam", null, later())).toMatchObject({ ok: true });
  });

  it("locks, pins, and moves with the old address redirecting; each once in the log", () => {
    const postId = post(author);
    expect(switchThread(mod, postId, "lock", later())).toEqual({ ok: true, id: postId, postId, boardSlug: "free" });
    switchThread(mod, postId, "pin", later());
    expect(getPost("free", postId)).toMatchObject({ locked: true, pinned: true });
    expect(createComment(fresh(reader), postId, null, { body: "too late" }, null, later())).toMatchObject({ ok: false, message: "postLocked" });
    expect(movePost(mod, postId, "health", later())).toMatchObject({ ok: true, boardSlug: "health" });
    expect(getPost("health", postId)).not.toBeNull();
    expect(getPost("free", postId)).toBeNull();
    expect(findThread("free", String(postId), null)).toEqual({ livesIn: "health" });
    expect(counterMismatches(sqlite())).toEqual([]);
    expect([logCount("lock"), logCount("pin"), logCount("move")]).toEqual([1, 1, 1]);
  });
});

describe("reports", () => {
  it(`hide an item when ${REPORTS_TO_HIDE} different members report it, and the queue shows it first`, () => {
    const postId = post(author);
    const target = { type: "comment" as const, id: comment(author, postId) };
    const quiet = { type: "post" as const, id: post(reader) };
    reportContent(fresh(author), quiet, "other", null, later());
    for (let i = 1; i <= REPORTS_TO_HIDE; i++) {
      const result = reportContent(person(`flagger${i}`), target, "abuse", null, later());
      expect(result).toMatchObject({ ok: true, hidden: i === REPORTS_TO_HIDE });
    }
    expect(listThread(postId, null)[0]).toMatchObject({ status: "held", holdReasons: ["reports"], bodyHtml: "" });
    expect(getPost("free", postId)?.commentCount).toBe(0);
    const queue = reviewQueue();
    expect(queue.map((q) => [q.type, q.id, q.reporters])).toEqual([
      ["comment", target.id, REPORTS_TO_HIDE],
      ["post", quiet.id, 1],
    ]);
    expect(waitingCount()).toBe(2);
    expect(dismissReports(mod, target, later())).toMatchObject({ ok: true });
    expect(listThread(postId, null)[0]).toMatchObject({ status: "published" });
    expect(reviewQueue().map((q) => q.id)).toEqual([quiet.id]);
    expect(waitingCount()).toBe(1);
    // Removed writing leaves the queue and the count together.
    removeContent(mod, quiet, "spam", null, later());
    expect([reviewQueue().length, waitingCount()]).toEqual([0, 0]);
    expect(counterMismatches(sqlite())).toEqual([]);
  });

  it("from a moderator hide at once; a member reports once, never their own writing, and not too often", () => {
    const postId = post(author);
    expect(reportContent(fresh(author), { type: "post", id: postId }, "spam", null, later())).toMatchObject({ ok: false, message: "cannotReportOwn" });
    expect(reportContent(fresh(reader), { type: "post", id: postId }, "spam", null, later())).toMatchObject({ ok: true, hidden: false });
    expect(reportContent(fresh(reader), { type: "post", id: postId }, "abuse", null, later())).toMatchObject({ ok: false, message: "alreadyReported" });
    expect(reportContent({ ...reader, status: "suspended" }, { type: "post", id: postId }, "spam", null)).toMatchObject({ ok: false, message: "accountRestricted" });
    expect(reportContent(mod, { type: "post", id: postId }, "spam", null, later())).toMatchObject({ ok: true, hidden: true });
    expect(getPost("free", postId)).toBeNull();

    const busy = person("busy");
    const start = clock;
    for (let i = 0; i < REPORTS_PER_HOUR; i++) {
      expect(reportContent(busy, { type: "post", id: post(person(`w${i}`)) }, "spam", null, start + i)).toMatchObject({ ok: true });
    }
    expect(reportContent(busy, { type: "post", id: post(person("one_more")) }, "spam", null, start + 100)).toMatchObject({ ok: false, message: "tooManyReports" });
  });
});

describe("report-bombing", () => {
  it(`counts reports towards the hold only from accounts at least ${REPORTER_MIN_AGE_DAYS} days old, and shows moderators how many came from new ones`, () => {
    const target = { type: "post" as const, id: post(author) };
    for (let i = 1; i <= REPORTS_TO_HIDE + 2; i++) {
      expect(reportContent(person(`sock${i}`, "member", 60_000), target, "abuse", null, later())).toMatchObject({ ok: true, hidden: false });
    }
    expect(getPost("free", target.id)).not.toBeNull();
    expect(reviewQueue()[0]).toMatchObject({ id: target.id, reporters: REPORTS_TO_HIDE + 2, newReporters: REPORTS_TO_HIDE + 2 });
    for (let i = 1; i <= REPORTS_TO_HIDE; i++) reportContent(person(`regular${i}`), target, "abuse", null, later());
    expect(getPost("free", target.id)).toBeNull();
  });

  it("never holds staff writing on members' reports alone; a moderator's report still does", () => {
    const notice = { type: "post" as const, id: post(mod) };
    for (let i = 1; i <= REPORTS_TO_HIDE + 1; i++) {
      expect(reportContent(person(`angry${i}`), notice, "abuse", null, later())).toMatchObject({ ok: true, hidden: false });
    }
    expect(getPost("free", notice.id)).not.toBeNull();
    expect(reportContent(admin, notice, "abuse", null, later())).toMatchObject({ ok: true, hidden: true });
  });
});

describe("remove and sanction from the queue", () => {
  it("bans the item's author and removes the item together", () => {
    const postId = post(author);
    expect(removeAndSanction(mod, { type: "post", id: postId }, "spam", { kind: "ban" }, later())).toMatchObject({ ok: true });
    expect(fresh(author).status).toBe("banned");
    expect(fresh(reader).status).toBe("active");
    expect(getPost("free", postId)).toBeNull();
  });

  it("does neither when the sanction is refused (a moderator's writing, reviewed by a moderator)", () => {
    const other = person("other_mod", "moderator");
    const postId = post(other);
    expect(removeAndSanction(mod, { type: "post", id: postId }, "spam", { kind: "ban" }, later())).toMatchObject({ ok: false, message: "cannotSanction" });
    expect(getPost("free", postId)).not.toBeNull();
    expect(fresh(other).status).toBe("active");
    expect(logCount()).toBe(0);
  });
});

describe("sanctions", () => {
  it("a suspension stops writing at once, shows on the account, and lifts in one step", () => {
    const postId = post(author);
    expect(suspendUser(mod, author.id, 3, "heated", later())).toMatchObject({ ok: true, username: author.username });
    const suspended = fresh(author);
    expect(suspended.status).toBe("suspended");
    expect(createComment(suspended, postId, null, { body: "still here" }, null, later())).toMatchObject({ ok: false, message: "cannotComment" });
    expect(reportContent(suspended, { type: "post", id: post(reader) }, "spam", null, later())).toMatchObject({ ok: false, message: "accountRestricted" });
    expect(liftSanction(mod, author.id, later())).toMatchObject({ ok: true });
    expect(createComment(fresh(author), postId, null, { body: "back again, thank you" }, null, later())).toMatchObject({ ok: true });
    expect([logCount("suspend"), logCount("lift")]).toEqual([1, 1]);
  });

  it("moderators sanction members only; admins sanction moderators too; nobody sanctions an admin or themselves", () => {
    expect(banUser(reader, author.id, "no")).toMatchObject({ ok: false, message: "cannotSanction" });
    expect(banUser(mod, person("other_mod", "moderator").id, "no")).toMatchObject({ ok: false, message: "cannotSanction" });
    expect(banUser(mod, admin.id, "no")).toMatchObject({ ok: false, message: "cannotSanction" });
    expect(banUser(mod, mod.id, "no")).toMatchObject({ ok: false, message: "cannotSanction" });
    expect(suspendUser(mod, author.id, 0, "no")).toMatchObject({ ok: false, message: "suspensionDays" });
    expect(banUser(admin, mod.id, "rogue", later())).toMatchObject({ ok: true });
    expect(logCount()).toBe(1);
  });

  it("remove as spammer takes everything down and bans, and its undo puts it all back", () => {
    const spammer = person("spammer");
    const p1 = post(spammer);
    const own = post(author);
    const c1 = comment(spammer, own);
    comment(reader, p1);
    const result = removeAsSpammer(mod, spammer.id, later());
    expect(result).toMatchObject({ ok: true, removed: 2 });
    expect(fresh(spammer).status).toBe("banned");
    expect(getPost("free", p1)).toBeNull();
    expect(listThread(own, null)[0]).toMatchObject({ id: c1, status: "removed" });
    expect(counterMismatches(sqlite())).toEqual([]);

    expect(undoSpammerRemoval(mod, spammer.id, result.ok ? result.id : 0, later())).toMatchObject({ ok: true, restored: 2 });
    expect(fresh(spammer).status).toBe("active");
    expect(getPost("free", p1)).not.toBeNull();
    expect(listThread(own, null)[0]).toMatchObject({ id: c1, status: "published" });
    expect(counterMismatches(sqlite())).toEqual([]);
    expect([logCount("remove_spammer"), logCount("undo_remove_spammer")]).toEqual([1, 1]);
  });
});

describe("spam defence", () => {
  const injected = "They actively take part in between-session work, 宮崎 エステ attend sessions regularly, and engage honestly.";

  it("holds injected foreign-script text: only the author and moderators see it, and approving publishes it", () => {
    const postId = post(author);
    const held = comment(reader, postId, null, injected);
    expect(getPost("free", postId)?.commentCount).toBe(0);
    expect(listThread(postId, null)).toEqual([]);
    expect(listThread(postId, fresh(reader))[0]).toMatchObject({ id: held, status: "held", holdReasons: ["foreign-script"] });
    expect(listThread(postId, fresh(mod))[0]).toMatchObject({ id: held });
    expect(reviewQueue()[0]).toMatchObject({ type: "comment", id: held, holdReasons: ["foreign-script"] });
    expect(waitingCount()).toBe(reviewQueue().length);
    expect(restoreContent(mod, { type: "comment", id: held }, later())).toMatchObject({ ok: true });
    expect(listThread(postId, null)[0]).toMatchObject({ id: held, status: "published" });
    expect(getPost("free", postId)?.commentCount).toBe(1);
    expect(logCount("approve")).toBe(1);
  });

  it("holds spam added to an old comment by an edit", () => {
    const postId = post(author);
    const id = comment(reader, postId);
    expect(editComment(fresh(reader), id, { body: injected }, later())).toMatchObject({ ok: true });
    expect(listThread(postId, null)).toEqual([]);
    expect(getPost("free", postId)?.commentCount).toBe(0);
    expect(counterMismatches(sqlite())).toEqual([]);
  });

  it("refuses a blocked word with the word, and holds a review word", () => {
    sqlite().prepare("INSERT INTO banned_words (word, mode) VALUES ('casino', 'block'), ('crypto', 'review')").run();
    const postId = post(author);
    expect(createComment(fresh(reader), postId, null, { body: "Visit the best c a s i n o today" }, null, later())).toMatchObject({
      ok: false,
      message: "bannedWordBlocked",
      messageValues: { word: "casino" },
    });
    const held = createComment(fresh(reader), postId, null, { body: "Anyone into crypto here?" }, null, later());
    expect(held.ok && listThread(postId, fresh(mod)).find((c) => c.id === held.id)?.holdReasons).toEqual(["banned-word"]);
  });

  it("holds every post of a new member in a board that asks for approval", () => {
    sqlite().prepare("UPDATE boards SET approve_new_members = 1 WHERE slug = 'health'").run();
    const newcomer = person("newcomer", "member", 2 * DAY);
    const id = post(newcomer, "health");
    expect(getPostAnyStatus("health", id)).toMatchObject({ status: "held", holdReasons: ["new-member"] });
    expect(getPostAnyStatus("free", post(newcomer, "free"))).toMatchObject({ status: "published" });
    expect(getPostAnyStatus("health", post(author, "health"))).toMatchObject({ status: "published" });
  });
});
