import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { boards, comments, postLikes, posts, users } from "@/db/schema";
import { findSessionUser, type SessionUser } from "@/lib/accounts/members";
import { createComment, deleteComment, editComment } from "@/lib/content/commenting";
import { listThread } from "@/lib/content/comments";
import { likeValue, toggleLike } from "@/lib/content/likes";
import { likeChoice } from "@/lib/validation/content";
import { listNotifications, markAllRead, unreadCount } from "@/lib/accounts/notifications";
import { COMMENT_EDIT_WINDOW_MS } from "@/lib/permissions";
import { createPost, deletePost, editPost, REVISION_GRACE_MS } from "@/lib/content/posting";
import { getPost } from "@/lib/content/posts";
import { commentHistory, postHistory } from "@/lib/content/revisions";
import { MAX_COMMENT_DEPTH } from "@/lib/content/thread-shape";
import {
  COMMENT_INTERVAL_S,
  NEW_ACCOUNT_COMMENT_INTERVAL_S,
  NEW_ACCOUNT_MAX_COMMENTS,
  NEW_ACCOUNT_MAX_POSTS,
  NEW_ACCOUNT_POST_INTERVAL_S,
  POST_INTERVAL_S,
} from "@/lib/content/write-limits";
import { makeBoard, makeUser } from "../../factories";
import { counterMismatches, valueOf } from "../../queries";
import { resetDatabase } from "../../reset-database";

const DAY = 86_400_000;
let clock = Date.now();
/** Moves the test's clock on, past every speed limit unless told otherwise. */
const later = (ms = 10 * 60_000) => (clock += ms);

async function member(name: string, ageMs = 30 * DAY): Promise<SessionUser> {
  const row = await makeUser({ username: name, createdAt: new Date(clock - ageMs) });
  return (await findSessionUser(row.id))!;
}

const body = (text: string) => ({ body: text });
const post = (title: string, text = "Some body text") => ({ title, body: text });

async function publish(user: SessionUser, board = "free", key: string | null = null) {
  const result = await createPost(user, board, post(`A post by ${user.username}`), key, later());
  if (!result.ok) throw new Error(result.message);
  return result.id;
}

async function comment(user: SessionUser, postId: number, parentId: number | null = null, key: string | null = null) {
  const result = await createComment(user, postId, parentId, body(`A comment by ${user.username}`), key, later());
  if (!result.ok) throw new Error(result.message);
  return result.id;
}

let sora: SessionUser;
let minji: SessionUser;

beforeEach(async () => {
  await resetDatabase();
  clock = Date.now();
  await makeBoard({ slug: "free" });
  await getDb().insert(boards).values({ slug: "notice", name: "Notice", postingRole: "moderator" });
  sora = await member("sora");
  minji = await member("minji");
});

describe("createPost", () => {
  it("publishes a post, renders its Markdown, and counts it for the board and the author", async () => {
    const id = await publish(sora);
    const shown = await getPost("free", id);
    expect(shown).toMatchObject({ title: "A post by sora", bodyHtml: "<p>Some body text</p>", commentCount: 0 });
    expect(await valueOf(boards.postCount, eq(boards.slug, "free"))).toBe(1);
    expect(await valueOf(users.postCount, eq(users.id, sora.id))).toBe(1);
    expect(await counterMismatches()).toEqual([]);
  });

  it("creates one post for a double submit of the same form", async () => {
    const first = await createPost(sora, "free", post("Once"), "form-key-0123456789", later());
    const second = await createPost(sora, "free", post("Once"), "form-key-0123456789", clock + 100);
    expect(second).toEqual(first);
    expect(await getDb().$count(posts)).toBe(1);
    expect(await counterMismatches()).toEqual([]);
  });

  it("refuses members in a moderators-only board, suspended and banned members", async () => {
    expect(await createPost(sora, "notice", post("Hi"), null, later())).toMatchObject({ ok: false, message: "cannotPostInBoard" });
    const mod = { ...await member("mod_kim"), role: "moderator" as const };
    expect(await createPost(mod, "notice", post("Rules"), null, later())).toMatchObject({ ok: true });
    expect(await createPost({ ...sora, status: "suspended" }, "free", post("Hi"), null, later())).toMatchObject({ ok: false, message: "cannotPostInBoard" });
    expect(await createPost({ ...sora, status: "banned" }, "free", post("Hi"), null, later())).toMatchObject({ ok: false, message: "cannotPostInBoard" });
    expect(await createPost(sora, "nowhere", post("Hi"), null, later())).toMatchObject({ ok: false, message: "boardNotFound" });
    expect(await getDb().$count(posts)).toBe(1);
  });

  it(`allows one post per ${POST_INTERVAL_S} s, and says how long to wait`, async () => {
    await publish(sora);
    const tooSoon = await createPost(sora, "free", post("Again"), null, clock + 5_000);
    expect(tooSoon).toEqual({ ok: false, message: "waitBeforePosting", messageValues: { seconds: POST_INTERVAL_S - 5, count: 0, interval: POST_INTERVAL_S } });
    expect(await createPost(sora, "free", post("Again"), null, clock + POST_INTERVAL_S * 1000)).toMatchObject({ ok: true });
  });

  it(`holds accounts under a day old to one post per ${NEW_ACCOUNT_POST_INTERVAL_S / 60} minutes and ${NEW_ACCOUNT_MAX_POSTS} posts`, async () => {
    const newcomer = await member("newcomer", 60_000);
    const start = clock;
    for (let i = 0; i < NEW_ACCOUNT_MAX_POSTS; i++) {
      expect(await createPost(newcomer, "free", post(`Post ${i}`), null, start + i * NEW_ACCOUNT_POST_INTERVAL_S * 1000)).toMatchObject({ ok: true });
    }
    const fourth = await createPost(newcomer, "free", post("One more"), null, start + 10 * NEW_ACCOUNT_POST_INTERVAL_S * 1000);
    expect(fourth).toMatchObject({ ok: false, message: "newAccountPostLimit" });
    const tooSoon = await createPost(await member("fresh", 1000), "free", post("a"), null, start);
    expect(tooSoon).toMatchObject({ ok: true });
    expect(await createPost((await findSessionUser(tooSoon.ok ? (await valueOf(posts.authorId, eq(posts.id, tooSoon.id)))! : ""))!, "free", post("b"), null, start + 60_000)).toMatchObject({
      ok: false,
      message: "newAccountWaitBeforePosting",
      messageValues: { seconds: NEW_ACCOUNT_POST_INTERVAL_S - 60, interval: NEW_ACCOUNT_POST_INTERVAL_S },
    });
    // After its first day the account writes at the normal pace.
    expect(await createPost(newcomer, "free", post("Day two"), null, start + DAY)).toMatchObject({ ok: true });
  });
});

describe("editPost", () => {
  it("keeps the original on the first edit, folds edits minutes apart, and keeps older versions after that", async () => {
    const id = await publish(sora);
    expect(await editPost(sora, id, post("Edited once"), later(60_000))).toMatchObject({ ok: true });
    expect(await editPost(sora, id, post("Edited again soon"), later(60_000))).toMatchObject({ ok: true });
    expect((await postHistory(id)).map((v) => v.title)).toEqual(["A post by sora", "Edited again soon"]);
    expect(await editPost(sora, id, post("Edited much later"), later(REVISION_GRACE_MS + 1000))).toMatchObject({ ok: true });
    const history = await postHistory(id);
    expect(history.map((v) => [v.title, v.current])).toEqual([
      ["A post by sora", false],
      ["Edited again soon", false],
      ["Edited much later", true],
    ]);
    const changed = (kind: string) => history[2]!.titleChanges!.filter((c) => c.kind === kind).map((c) => c.text).join("");
    expect(changed("removed")).toBe("againsoon"); // the space between stays as unchanged text
    expect(changed("added")).toBe("muchlater");
    expect(changed("same")).toBe("Edited  ");
    expect((await getPost("free", id))?.editedAt?.getTime()).toBe(clock);
  });

  it("refuses another member, a suspended author and a deleted post", async () => {
    const id = await publish(sora);
    expect(await editPost(minji, id, post("Mine now"), later())).toMatchObject({ ok: false, message: "cannotEditPost" });
    expect(await editPost({ ...sora, status: "suspended" }, id, post("x"), later())).toMatchObject({ ok: false, message: "cannotEditPost" });
    await deletePost(sora, id);
    expect(await editPost(sora, id, post("Back"), later())).toMatchObject({ ok: false, message: "cannotEditPost" });
    expect(await postHistory(id)).toHaveLength(1);
  });
});

describe("deletePost", () => {
  it("takes the post out of view and out of every count; only its author may", async () => {
    const id = await publish(sora);
    await comment(minji, id);
    expect(await deletePost(minji, id)).toMatchObject({ ok: false, message: "cannotDeletePost" });
    expect(await deletePost(sora, id)).toMatchObject({ ok: true, boardSlug: "free" });
    expect(await getPost("free", id)).toBeNull();
    expect(await valueOf(boards.postCount, eq(boards.slug, "free"))).toBe(0);
    expect(await counterMismatches()).toEqual([]);
    expect(await deletePost(sora, id)).toMatchObject({ ok: false, message: "cannotDeletePost" });
  });
});

describe("createComment", () => {
  it("adds a comment, counts it, moves the post's last activity, and notifies the post's author", async () => {
    const id = await publish(sora);
    const commentId = await comment(minji, id);
    expect((await listThread(id)).map((c) => c.id)).toEqual([commentId]);
    expect(await getPost("free", id)).toMatchObject({ commentCount: 1, lastActivityAt: new Date(clock) });
    expect(await unreadCount(sora.id)).toBe(1);
    expect((await listNotifications(sora.id, 1))[0]).toMatchObject({ kind: "reply_to_post", actorName: "User minji", commentId });
    await markAllRead(sora.id);
    expect(await unreadCount(sora.id)).toBe(0);
    expect(await counterMismatches()).toEqual([]);
  });

  it("notifies a comment's author of a reply, and nobody of their own writing", async () => {
    const id = await publish(sora);
    const question = await comment(minji, id);
    await comment(sora, id, question);
    await comment(sora, id);
    expect(await unreadCount(minji.id)).toBe(1);
    expect((await listNotifications(minji.id, 1))[0]).toMatchObject({ kind: "reply_to_comment" });
    expect(await unreadCount(sora.id)).toBe(1);
  });

  it(`nests replies ${MAX_COMMENT_DEPTH} levels deep; a reply to the deepest level joins that level`, async () => {
    const id = await publish(sora);
    let parent: number | null = null;
    const chain: number[] = [];
    for (let level = 0; level < MAX_COMMENT_DEPTH; level++) chain.push((parent = await comment(level % 2 ? sora : minji, id, parent)));
    const deepest = chain.at(-1)!;
    const sibling = await comment(minji, id, deepest);
    const thread = await listThread(id);
    expect(thread.map((c) => c.depth)).toEqual([0, 1, 2, 3, 4, 4]);
    expect(thread.at(-1)).toMatchObject({ id: sibling, parentId: chain.at(-2) });
  });

  it("creates one comment for a double submit", async () => {
    const id = await publish(sora);
    const first = await createComment(minji, id, null, body("Once"), "comment-key-01234567", later());
    const again = await createComment(minji, id, null, body("Once"), "comment-key-01234567", clock + 50);
    expect(again).toEqual(first);
    expect((await getPost("free", id))?.commentCount).toBe(1);
  });

  it("lets a member's comments sent at once pass the limits one at a time, and makes one comment of a form sent twice at once", async () => {
    const id = await publish(sora);
    const at = later();
    // Five different comments at the same moment: one is written, four are told to wait.
    const burst = await Promise.all(Array.from({ length: 5 }, (_, i) => createComment(minji, id, null, body(`burst ${i}`), null, at)));
    expect(burst.filter((r) => r.ok)).toHaveLength(1);
    expect(burst.filter((r) => !r.ok)).toEqual(Array(4).fill(expect.objectContaining({ message: "waitBeforeCommenting" })));
    // The same form three times at once: one comment, and every answer names it.
    const twice = await Promise.all(Array.from({ length: 3 }, () => createComment(sora, id, null, body("Once only"), "comment-key-burst-0001", later(0))));
    expect(twice.every((r) => r.ok)).toBe(true);
    expect(new Set(twice.map((r) => (r.ok ? r.id : null))).size).toBe(1);
    expect((await getPost("free", id))?.commentCount).toBe(2);
    expect(await counterMismatches()).toEqual([]);
  });

  it("refuses locked posts, deleted posts, hidden parents, a parent from another post, and suspended members", async () => {
    const id = await publish(sora);
    const other = await publish(minji);
    const foreign = await comment(sora, other);
    expect(await createComment(minji, id, foreign, body("x"), null, later())).toMatchObject({ ok: false, message: "commentNotFound" });
    const gone = await comment(sora, id);
    await deleteComment(sora, gone);
    expect(await createComment(minji, id, gone, body("x"), null, later())).toMatchObject({ ok: false, message: "cannotReplyToHidden" });
    expect(await createComment({ ...minji, status: "suspended" }, id, null, body("x"), null, later())).toMatchObject({ ok: false, message: "cannotComment" });
    await getDb().update(posts).set({ locked: true }).where(eq(posts.id, id));
    expect(await createComment(minji, id, null, body("x"), null, later())).toMatchObject({ ok: false, message: "postLocked" });
    await deletePost(minji, other);
    expect(await createComment(sora, other, null, body("x"), null, later())).toMatchObject({ ok: false, message: "postNotFound" });
    expect(await counterMismatches()).toEqual([]);
  });

  it(`allows one comment per ${COMMENT_INTERVAL_S} s, and for new accounts one per ${NEW_ACCOUNT_COMMENT_INTERVAL_S} s and ${NEW_ACCOUNT_MAX_COMMENTS} a day`, async () => {
    const id = await publish(sora);
    await comment(minji, id);
    expect(await createComment(minji, id, null, body("fast"), null, clock + 1000)).toMatchObject({ ok: false, message: "waitBeforeCommenting", messageValues: { seconds: COMMENT_INTERVAL_S - 1 } });
    const newcomer = await member("newbie", 60_000);
    const start = clock;
    for (let i = 0; i < NEW_ACCOUNT_MAX_COMMENTS; i++) {
      expect(await createComment(newcomer, id, null, body(`c${i}`), null, start + i * NEW_ACCOUNT_COMMENT_INTERVAL_S * 1000)).toMatchObject({ ok: true });
    }
    const hasty = await member("hasty", 60_000);
    expect(await createComment(hasty, id, null, body("first"), null, start)).toMatchObject({ ok: true });
    expect(await createComment(hasty, id, null, body("too soon"), null, start + 1000)).toMatchObject({
      ok: false,
      message: "newAccountWaitBeforeCommenting",
      messageValues: { seconds: NEW_ACCOUNT_COMMENT_INTERVAL_S - 1, interval: NEW_ACCOUNT_COMMENT_INTERVAL_S },
    });
    expect(await createComment(newcomer, id, null, body("one more"), null, start + 100 * NEW_ACCOUNT_COMMENT_INTERVAL_S * 1000)).toMatchObject({ ok: false, message: "newAccountCommentLimit" });
  });
});

describe("editComment", () => {
  it("is allowed to the author for 24 hours, with history", async () => {
    const id = await publish(sora);
    const commentId = await comment(minji, id);
    const posted = clock;
    expect(await editComment(sora, commentId, body("not yours"), later())).toMatchObject({ ok: false, message: "cannotEditComment" });
    expect(await editComment(minji, commentId, body("Better wording"), later())).toMatchObject({ ok: true });
    const history = await commentHistory(commentId);
    expect(history.map((v) => v.body)).toEqual(["A comment by minji", "Better wording"]);
    // The first version changed nothing: it reads as plain text, not all as added.
    expect(history[0]!.bodyChanges).toEqual([{ kind: "same", text: "A comment by minji" }]);
    expect(history[1]!.bodyChanges.some((c) => c.kind === "added")).toBe(true);
    expect((await listThread(id))[0]).toMatchObject({ bodyHtml: "<p>Better wording</p>" });
    expect(await editComment(minji, commentId, body("Too late"), posted + COMMENT_EDIT_WINDOW_MS + 1)).toMatchObject({ ok: false, message: "commentEditWindowOver" });
  });
});

describe("editComment in a locked thread", () => {
  it("is refused to the author once the thread is locked; staff may still edit their own", async () => {
    const mod = (await findSessionUser((await makeUser({ username: "mod_lee", role: "moderator", createdAt: new Date(clock - 30 * DAY) })).id))!;
    const id = await publish(sora);
    const commentId = await comment(minji, id);
    const modComment = await comment(mod, id);
    await getDb().update(posts).set({ locked: true }).where(eq(posts.id, id));
    expect(await editComment(minji, commentId, body("Sneaky rewrite"), later())).toMatchObject({ ok: false, message: "postLocked" });
    expect((await listThread(id))[0]).toMatchObject({ bodyHtml: "<p>A comment by minji</p>" });
    expect(await editComment(mod, modComment, body("Locking: please take this elsewhere"), later())).toMatchObject({ ok: true });
  });
});

describe("links from new accounts", () => {
  const flood = "Read: https://a.example https://b.example https://c.example https://d.example";
  it("hold a new member's link-heavy post, never a new moderator's", async () => {
    const newcomer = await member("newcomer", 60_000);
    const newMod = (await findSessionUser((await makeUser({ username: "new_mod", role: "moderator", createdAt: new Date(clock - 60_000) })).id))!;
    const held = await createPost(newcomer, "free", post("Links", flood), null, later());
    const staff = await createPost(newMod, "free", post("Links", flood), null, later());
    expect(held.ok && await getPost("free", held.id)).toBeNull();
    expect(staff.ok && await getPost("free", staff.id)).toMatchObject({ title: "Links" });
  });
});

describe("deleteComment", () => {
  it("without replies: the comment disappears and the counts drop", async () => {
    const id = await publish(sora);
    const commentId = await comment(minji, id);
    expect(await deleteComment(sora, commentId)).toMatchObject({ ok: false, message: "cannotDeleteComment" });
    expect(await deleteComment(minji, commentId)).toMatchObject({ ok: true, postId: id });
    expect(await listThread(id)).toEqual([]);
    expect((await getPost("free", id))?.commentCount).toBe(0);
    expect(await counterMismatches()).toEqual([]);
  });

  it("with replies: it stays as a tombstone without its text, and the replies stay", async () => {
    const id = await publish(sora);
    const parent = await comment(minji, id);
    const reply = await comment(sora, id, parent);
    await deleteComment(minji, parent);
    const thread = await listThread(id);
    expect(thread.map((c) => [c.id, c.status])).toEqual([
      [parent, "deleted"],
      [reply, "published"],
    ]);
    expect(thread[0]!.bodyHtml).toBe("");
    expect((await getPost("free", id))?.commentCount).toBe(1);
    // When the last reply goes too, the tombstone has nothing left to hold up.
    await deleteComment(sora, reply);
    expect(await listThread(id)).toEqual([]);
    expect(await counterMismatches()).toEqual([]);
  });
});

describe("toggleLike", () => {
  it("recommends once per member, takes it back, and never lets authors recommend themselves", async () => {
    const id = await publish(sora);
    expect(await toggleLike(minji, "post", id)).toMatchObject({ ok: true, liked: true, count: 1 });
    expect(await toggleLike(minji, "post", id)).toMatchObject({ ok: true, liked: false, count: 0 });
    expect(await toggleLike(minji, "post", id)).toMatchObject({ ok: true, liked: true, count: 1 });
    expect(await toggleLike(sora, "post", id)).toMatchObject({ ok: false, message: "cannotLikeOwn" });
    const commentId = await comment(minji, id);
    expect(await toggleLike(sora, "comment", commentId)).toMatchObject({ ok: true, liked: true, count: 1 });
    expect(await toggleLike({ ...sora, status: "suspended" }, "comment", commentId)).toMatchObject({ ok: false, message: "cannotLike" });
    expect(await valueOf(comments.likeCount, eq(comments.id, commentId))).toBe(1);
    expect(await getDb().$count(postLikes)).toBe(1);
  });
});

/** What the recommend action's schema makes of a button's value, or null when it refuses it. */
const parseLikeValue = (value: unknown) => {
  const parsed = likeChoice.safeParse(value);
  return parsed.success ? parsed.data : null;
};

describe("likeChoice", () => {
  it("reads what a recommend button sends", () => {
    expect(parseLikeValue(likeValue("post", 35))).toEqual({ target: "post", id: 35 });
    expect(parseLikeValue(likeValue("comment", 1_000_107))).toEqual({ target: "comment", id: 1_000_107 });
  });

  it.each([null, "", "post", "post:", "post:0", "post:-1", "post:1.5", "user:3", "comment:12abc", " post:1", "post:99999999999999999", "POST:1"])(
    "refuses %j",
    (value) => {
      expect(parseLikeValue(value)).toBeNull();
    },
  );

  it("refuses a file where the text belongs", () => {
    expect(parseLikeValue(new File(["post:1"], "like.txt"))).toBeNull();
  });
});

describe("what a write returns for its action", () => {
  it("names the thread and board as the database has them, for the landing address", async () => {
    const postId = await publish(sora);
    expect(await editPost(sora, postId, post("Renamed"), later())).toEqual({ ok: true, id: postId, boardSlug: "free" });
    const created = await createComment(minji, postId, null, body("Hello"), null, later());
    expect(created).toEqual({ ok: true, id: expect.any(Number), postId, boardSlug: "free" });
    const commentId = created.ok ? created.id : 0;
    expect(await editComment(minji, commentId, body("Hello again"), later())).toEqual({ ok: true, id: commentId, postId, boardSlug: "free" });
    expect(await toggleLike(sora, "comment", commentId)).toMatchObject({ ok: true, postId, boardSlug: "free" });
    expect(await toggleLike(minji, "post", postId)).toMatchObject({ ok: true, postId, boardSlug: "free" });
    expect(await deleteComment(minji, commentId)).toEqual({ ok: true, id: commentId, postId, boardSlug: "free" });
    expect(await createPost(sora, "free", post("Another"), null, later())).toMatchObject({ ok: true, boardSlug: "free" });
  });
});
