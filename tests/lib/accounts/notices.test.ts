// Notices beyond replies: mentions, grouped recommendations, moderators' decisions, preferences and the digest.
import { beforeEach, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { comments, mailOutbox, notifications, posts, users } from "@/db/schema";
import { findSessionUser, type SessionUser } from "@/lib/accounts/members";
import { gatherDigests, gatherDigestsIfDue, DIGEST_INTERVAL_MS } from "@/lib/accounts/digest";
import { notifyPrefs, saveNotifyPrefs } from "@/lib/accounts/notification-prefs";
import { listNotifications, noticeText } from "@/lib/accounts/notifications";
import { translatorFor } from "@/lib/accounts/notice-mail";
import { DELETED_MEMBER_NAME, deletedUsername } from "@/lib/accounts/deleted-members";
import { createComment, editComment } from "@/lib/content/commenting";
import { toggleLike } from "@/lib/content/likes";
import { createPost, editPost } from "@/lib/content/posting";
import { removeContent, restoreContent } from "@/lib/moderation/content";
import { notifyPrefsInput } from "@/lib/validation/appeals";
import { makeBoard, makeUser } from "../../factories";
import { valueOf } from "../../queries";
import { resetDatabase } from "../../reset-database";

const DAY = 86_400_000;
let clock = Date.now();
const later = (ms = 10 * 60_000) => (clock += ms);

async function member(name: string, { role = "member", email = true }: { role?: "member" | "moderator"; email?: boolean } = {}): Promise<SessionUser> {
  const row = await makeUser({ username: name, role, createdAt: new Date(clock - 30 * DAY) });
  if (email) await getDb().update(users).set({ email: `${name}@example.com`, emailVerified: new Date(clock) }).where(eq(users.id, row.id));
  return (await findSessionUser(row.id))!;
}

async function publish(user: SessionUser, body: string) {
  const result = await createPost(user, "free", { title: `A post by ${user.username}`, body }, null, later());
  if (!result.ok) throw new Error(result.message);
  return result.id;
}

async function comment(user: SessionUser, postId: number, body: string) {
  const result = await createComment(user, postId, null, { body }, null, later());
  if (!result.ok) throw new Error(result.message);
  return result.id;
}

const kinds = async (user: SessionUser) => (await listNotifications(user.id, 1)).map((n) => n.kind);
const outbox = () =>
  getDb().select({ kind: mailOutbox.kind, to: mailOutbox.to, subject: mailOutbox.subject, text: mailOutbox.text }).from(mailOutbox).orderBy(asc(mailOutbox.id));
const en = translatorFor("en");

let sora: SessionUser;
let minji: SessionUser;
let jun: SessionUser;
let mod: SessionUser;

beforeEach(async () => {
  await resetDatabase();
  clock = Date.now();
  await makeBoard({ slug: "free" });
  sora = await member("sora");
  minji = await member("minji");
  jun = await member("jun");
  mod = await member("modkim", { role: "moderator" });
});

describe("notices from a member who has since deleted their account", () => {
  it("name them in the reader's language, not by the stored placeholder", async () => {
    const postId = await publish(sora, "A question.");
    await comment(minji, postId, "An answer.");
    await getDb().update(users).set({ username: deletedUsername(minji.id), name: DELETED_MEMBER_NAME }).where(eq(users.id, minji.id));
    const [notice] = await listNotifications(sora.id, 1);
    expect(noticeText(en, notice!)).toContain("[deleted member]");
    expect(noticeText(translatorFor("ko"), notice!)).toContain("[탈퇴한 회원]");
    expect(noticeText(translatorFor("ko"), notice!)).not.toContain("[deleted member]");
  });
});

describe("mention notices", () => {
  it("notify each existing member mentioned once per write, never the author, never a name nobody has", async () => {
    const postId = await publish(sora, "Hello @minji and @MINJI, @jun, @sora and @nobody_here");
    expect(await kinds(minji)).toEqual(["mention"]);
    expect(await kinds(jun)).toEqual(["mention"]);
    expect(await kinds(sora)).toEqual([]);
    expect((await listNotifications(minji.id, 1))[0]).toMatchObject({ postId, commentId: null, actorName: "User sora" });
  });

  it("ignore mentions inside code", async () => {
    await publish(sora, "Try `@minji` or\n\n```\n@jun\n```");
    expect(await kinds(minji)).toEqual([]);
    expect(await kinds(jun)).toEqual([]);
  });

  it("on an edit, notify only names the edit adds", async () => {
    const postId = await publish(sora, "Thanks @minji");
    const edited = await editPost(sora, postId, { title: "A post by sora", body: "Thanks @minji, and @jun too" }, later());
    expect(edited.ok).toBe(true);
    expect(await kinds(minji)).toEqual(["mention"]);
    expect(await kinds(jun)).toEqual(["mention"]);
    await editPost(sora, postId, { title: "A post by sora", body: "Thanks @minji, and @jun too!" }, later());
    expect(await kinds(minji)).toEqual(["mention"]);
    expect(await kinds(jun)).toEqual(["mention"]);
  });

  it("do not tell a member about writing they cannot read: held writing mentions nobody", async () => {
    // A new account's many links trip the spam gate: the comment is held for review.
    const newcomer = (await findSessionUser((await makeUser({ username: "newbie", createdAt: new Date(clock) })).id))!;
    const postId = await publish(sora, "A thread");
    const links = Array.from({ length: 6 }, (_, i) => `https://example${i}.com`).join(" ");
    const held = await createComment(newcomer, postId, null, { body: `@minji look ${links}` }, null, later());
    expect(held.ok).toBe(true);
    expect(await valueOf(comments.status, eq(comments.id, held.ok ? held.id : 0))).toBe("held");
    expect(await kinds(minji)).toEqual([]);
    // Released by a moderator, it reaches readers, and its mention is told then.
    if (!held.ok) throw new Error("not written");
    expect((await restoreContent(mod, { type: "comment", id: held.id }, later())).ok).toBe(true);
    expect(await kinds(minji)).toEqual(["mention"]);
    expect(await kinds(newcomer)).toEqual(["moderation"]);
  });

  it("a reply that mentions the member it answers gives them one notice, the reply", async () => {
    const postId = await publish(minji, "A thread");
    await comment(sora, postId, "@minji I agree");
    expect(await kinds(minji)).toEqual(["reply_to_post"]);
  });

  it("a comment's edit that adds a mention notifies once", async () => {
    const postId = await publish(sora, "A thread");
    const id = await comment(jun, postId, "Nice");
    await editComment(jun, id, { body: "Nice, @minji" }, later());
    await editComment(jun, id, { body: "Nice, @minji!" }, later());
    expect(await kinds(minji)).toEqual(["mention"]);
    expect((await listNotifications(minji.id, 1))[0]).toMatchObject({ commentId: id });
  });
});

describe("recommendation notices", () => {
  it("are one row per writing that grows with each recommendation", async () => {
    const postId = await publish(sora, "Recommend me");
    for (const who of [minji, jun, mod]) expect((await toggleLike(who, "post", postId)).ok).toBe(true);
    const rows = await listNotifications(sora.id, 1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: "like", actorCount: 3, actorName: "User modkim", readAt: null });
    expect(noticeText(en, rows[0]!)).toBe("User modkim and 2 others recommended your post “A post by sora”");
    expect(noticeText(translatorFor("ko"), rows[0]!)).toBe("User modkim님 외 2명이 회원님의 글 “A post by sora”을(를) 추천했습니다");
  });

  it("keep a separate row per comment, and come back unread after being read", async () => {
    const postId = await publish(jun, "A thread");
    const c1 = await comment(sora, postId, "first");
    const c2 = await comment(sora, postId, "second");
    await toggleLike(minji, "comment", c1);
    await toggleLike(minji, "comment", c2);
    expect((await listNotifications(sora.id, 1)).filter((n) => n.kind === "like")).toHaveLength(2);
    await getDb().update(notifications).set({ readAt: new Date(clock) }).where(eq(notifications.userId, sora.id));
    await toggleLike(jun, "comment", c1);
    const row = (await listNotifications(sora.id, 1)).find((n) => n.kind === "like" && n.commentId === c1)!;
    expect(row).toMatchObject({ actorCount: 2, readAt: null });
    expect(noticeText(en, row)).toBe("User jun and one other recommended your comment on “A post by jun”");
  });

  it("taking a recommendation back adds no notice", async () => {
    const postId = await publish(sora, "x");
    await toggleLike(minji, "post", postId);
    await toggleLike(minji, "post", postId);
    expect(await listNotifications(sora.id, 1)).toHaveLength(1);
  });
});

describe("decision notices", () => {
  it("tell the author of a removal with its public reason, never the moderator's note, and of a restore", async () => {
    const postId = await publish(sora, "x");
    expect((await removeContent(mod, { type: "post", id: postId }, "off_topic", "private note for moderators", later())).ok).toBe(true);
    const [removed] = await listNotifications(sora.id, 1);
    expect(removed).toMatchObject({ kind: "moderation", postId, actorName: null });
    const text = noticeText(en, removed!);
    expect(text).toBe(`A moderator removed your post in “A post by sora”. Reason: ${en("moderation.reasons.off_topic")}.`);
    expect(text).not.toContain("private");
    await restoreContent(mod, { type: "post", id: postId }, later());
    expect(noticeText(en, (await listNotifications(sora.id, 1))[0]!)).toBe("A moderator restored your post in “A post by sora”.");
  });

  it("tell the author when held writing is released", async () => {
    const postId = await publish(sora, "x");
    await getDb().update(posts).set({ status: "held", holdReasons: ["banned-word"] }).where(eq(posts.id, postId));
    await restoreContent(mod, { type: "post", id: postId }, later());
    expect(noticeText(en, (await listNotifications(sora.id, 1))[0]!)).toBe("A moderator reviewed and published your post in “A post by sora”.");
  });
});

describe("notice preferences", () => {
  it("default to on the site only, and save per kind", async () => {
    expect(await notifyPrefs(sora.id)).toEqual({ reply: "site", like: "site", mention: "site", moderation: "site", appeal_answer: "site" });
    await saveNotifyPrefs(sora.id, { reply: "immediate", like: "digest", mention: "site", moderation: "site", appeal_answer: "immediate" });
    expect(await notifyPrefs(sora.id)).toMatchObject({ reply: "immediate", like: "digest", mention: "site" });
  });

  it("accept one known mode for every kind, and refuse anything else", () => {
    const all = { reply: "site", like: "digest", mention: "immediate", moderation: "site", appeal_answer: "site" };
    expect(notifyPrefsInput.safeParse(all).success).toBe(true);
    expect(notifyPrefsInput.safeParse({ ...all, like: "hourly" }).success).toBe(false);
    const { mention: _, ...missing } = all;
    expect(notifyPrefsInput.safeParse(missing).success).toBe(false);
  });

  it("mail an 'immediate' notice at once, in the member's language, with a link on the site's origin", async () => {
    await saveNotifyPrefs(minji.id, { reply: "site", like: "site", mention: "immediate", moderation: "site", appeal_answer: "site" });
    await getDb().update(users).set({ locale: "ko" }).where(eq(users.id, minji.id));
    const postId = await publish(sora, "Hi @minji");
    const mails = await outbox();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: "notification", to: "minji@example.com", subject: "Rapport 새 알림" });
    expect(mails[0]!.text).toContain("User sora님이 “A post by sora”에서 회원님을 언급했습니다");
    expect(mails[0]!.text).toContain(`http://localhost:3000/b/free/${postId}`);
  });

  it("keep members without a confirmed address on the site only", async () => {
    const unconfirmed = await member("noaddr", { email: false });
    await saveNotifyPrefs(unconfirmed.id, { reply: "immediate", like: "immediate", mention: "immediate", moderation: "immediate", appeal_answer: "immediate" });
    await publish(sora, "Hi @noaddr");
    expect(await kinds(unconfirmed)).toEqual(["mention"]);
    expect(await outbox()).toEqual([]);
  });
});

describe("the daily digest", () => {
  it("gathers each digest member's unsent notices of digest kinds into one mail, once", async () => {
    await saveNotifyPrefs(minji.id, { reply: "digest", like: "digest", mention: "site", moderation: "site", appeal_answer: "site" });
    const postId = await publish(minji, "mine");
    await comment(sora, postId, "a reply");
    await toggleLike(jun, "post", postId);
    await publish(sora, "Hi @minji");
    expect(await outbox()).toEqual([]);
    expect(await gatherDigests(later())).toBe(1);
    const [mail] = await outbox();
    expect(mail).toMatchObject({ kind: "notification_digest", to: "minji@example.com" });
    expect(mail!.text).toContain("User sora commented on your post “A post by minji”");
    expect(mail!.text).toContain("User jun recommended your post “A post by minji”");
    expect(mail!.text).not.toContain("mentioned");
    expect(mail!.text).toContain("http://localhost:3000/notifications");
    // Sent once: the next run finds nothing new.
    expect(await gatherDigests(later())).toBe(0);
    expect(await outbox()).toHaveLength(1);
  });

  it("skips members who chose no digest or have no confirmed address", async () => {
    const unconfirmed = await member("noaddr", { email: false });
    await saveNotifyPrefs(unconfirmed.id, { reply: "digest", like: "digest", mention: "digest", moderation: "digest", appeal_answer: "digest" });
    await publish(sora, "Hi @noaddr and @minji");
    expect(await gatherDigests(later())).toBe(0);
  });

  it("runs at most once a day", async () => {
    await saveNotifyPrefs(minji.id, { reply: "site", like: "site", mention: "digest", moderation: "site", appeal_answer: "site" });
    await publish(sora, "Hi @minji");
    expect(await gatherDigestsIfDue(clock)).toBe(1);
    await publish(sora, "Hi again @minji");
    expect(await gatherDigestsIfDue(later(60 * 60_000))).toBeNull();
    expect(await gatherDigestsIfDue(later(DIGEST_INTERVAL_MS))).toBe(1);
  });
});
