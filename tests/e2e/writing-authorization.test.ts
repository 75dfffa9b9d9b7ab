// Every writing action against the running server, called as a browser would, by the anonymous, a suspended
// member and another member (refused) and by the author (allowed). Ids are guessed, as an attacker would.
import { beforeAll, describe, expect, it } from "vitest";
import { callFormAction, createSignedInUser, type TestUser } from "./http";
import { serverRow } from "./server-db";

const POST_ACTIONS = "app/b/[board]/[postId]/actions.ts";
const EDIT_ACTIONS = "app/b/[board]/[postId]/edit/actions.ts";
const WRITE_ACTIONS = "app/b/[board]/write/actions.ts";

let author: TestUser;
let other: TestUser;
let suspended: TestUser;
let postId: number;
let commentId: number;
const key = () => crypto.randomUUID();

/** Who calls, and for those refused before any rule is checked, the refusal they read. */
type Caller = { name: string; cookie: () => string; refusal?: string };
const refusedCallers: Caller[] = [
  { name: "a visitor", cookie: () => "", refusal: "You are signed out." },
  { name: "a suspended member", cookie: () => suspended.cookie, refusal: "Your account is suspended or banned" },
  { name: "another member", cookie: () => other.cookie },
];

beforeAll(async () => {
  author = await createSignedInUser("wa_author");
  other = await createSignedInUser("wa_other");
  suspended = await createSignedInUser("wa_suspended", { status: "suspended" });
  const published = await callFormAction("/b/free/write", WRITE_ACTIONS, "publishPost", { board: "free", title: "Authorization target", body: "Original body", submissionKey: key() }, author.cookie);
  postId = Number(/\/b\/free\/(\d+)/.exec(published.location ?? "")?.[1]);
  expect(postId).toBeGreaterThan(0);
  const commented = await callFormAction(`/b/free/${postId}`, POST_ACTIONS, "addComment", { board: "free", postId: String(postId), body: "Original comment", submissionKey: key() }, author.cookie);
  commentId = Number(/#comment-(\d+)/.exec(commented.location ?? "")?.[1]);
  expect(commentId).toBeGreaterThan(0);
});

const post = () => serverRow<{ title: string; body_source: string; status: string; like_count: number; comment_count: number }>("SELECT * FROM posts WHERE id = ?", postId);
const comment = () => serverRow<{ body_source: string; status: string; like_count: number }>("SELECT * FROM comments WHERE id = ?", commentId);

describe("refused callers change nothing", () => {
  it.each(refusedCallers)("editing the post, as $name", async ({ cookie }) => {
    await callFormAction(`/b/free/${postId}/edit`, EDIT_ACTIONS, "savePost", { board: "free", postId: String(postId), title: "Hijacked", body: "Hijacked" }, cookie());
    expect(await post()).toMatchObject({ title: "Authorization target", body_source: "Original body" });
  });

  it.each(refusedCallers)("deleting the post, as $name", async ({ cookie }) => {
    await callFormAction(`/b/free/${postId}/edit`, EDIT_ACTIONS, "deleteOwnPost", { postId: String(postId), confirm: "yes" }, cookie());
    expect((await post()).status).toBe("published");
  });

  it.each(refusedCallers)("editing the comment, as $name", async ({ cookie }) => {
    await callFormAction(`/b/free/${postId}`, POST_ACTIONS, "saveComment", { board: "free", postId: String(postId), commentId: String(commentId), body: "Hijacked" }, cookie());
    expect((await comment()).body_source).toBe("Original comment");
  });

  it.each(refusedCallers)("deleting the comment, as $name", async ({ cookie }) => {
    await callFormAction(`/b/free/${postId}`, POST_ACTIONS, "deleteOwnComment", { board: "free", postId: String(postId), commentId: String(commentId) }, cookie());
    expect((await comment()).status).toBe("published");
  });

  it.each(refusedCallers.slice(0, 2))("commenting, as $name", async ({ cookie, refusal }) => {
    const before = (await post()).comment_count;
    const response = await callFormAction(`/b/free/${postId}`, POST_ACTIONS, "addComment", { board: "free", postId: String(postId), body: "Sneaky", submissionKey: key() }, cookie());
    expect(response.body).toContain(refusal);
    expect((await post()).comment_count).toBe(before);
  });

  it.each(refusedCallers.slice(0, 2))("publishing a post, as $name", async ({ cookie, refusal }) => {
    const response = await callFormAction("/b/free/write", WRITE_ACTIONS, "publishPost", { board: "free", title: "Sneaky", body: "Sneaky", submissionKey: key() }, cookie());
    expect(response.body).toContain(refusal);
    expect((await serverRow<{ n: number }>("SELECT count(*) AS n FROM posts WHERE title = 'Sneaky'")).n).toBe(0);
  });

  it.each(refusedCallers.slice(0, 2))("recommending, as $name", async ({ cookie }) => {
    await callFormAction(`/b/free/${postId}`, POST_ACTIONS, "toggleRecommend", { board: "free", postId: String(postId), like: `post:${postId}` }, cookie(), {}, { withState: false });
    expect((await post()).like_count).toBe(0);
  });

  it("the author recommending their own post", async () => {
    await callFormAction(`/b/free/${postId}`, POST_ACTIONS, "toggleRecommend", { board: "free", postId: String(postId), like: `post:${postId}` }, author.cookie, {}, { withState: false });
    expect((await post()).like_count).toBe(0);
  });
});

describe("allowed callers", () => {
  it("another member recommends the post and the comment, once each", async () => {
    const like = (target: string, id: number) =>
      callFormAction(`/b/free/${postId}`, POST_ACTIONS, "toggleRecommend", { board: "free", postId: String(postId), like: `${target}:${id}` }, other.cookie, {}, { withState: false });
    await like("post", postId);
    await like("comment", commentId);
    expect((await post()).like_count).toBe(1);
    expect((await comment()).like_count).toBe(1);
    await like("post", postId);
    expect((await post()).like_count).toBe(0);
  });

  it("the author edits and deletes their own comment and post", async () => {
    await callFormAction(`/b/free/${postId}`, POST_ACTIONS, "saveComment", { board: "free", postId: String(postId), commentId: String(commentId), body: "Edited comment" }, author.cookie);
    expect((await comment()).body_source).toBe("Edited comment");
    await callFormAction(`/b/free/${postId}/edit`, EDIT_ACTIONS, "savePost", { board: "free", postId: String(postId), title: "Edited title", body: "Edited body" }, author.cookie);
    expect(await post()).toMatchObject({ title: "Edited title", body_source: "Edited body" });
    await callFormAction(`/b/free/${postId}`, POST_ACTIONS, "deleteOwnComment", { board: "free", postId: String(postId), commentId: String(commentId) }, author.cookie);
    expect((await comment()).status).toBe("deleted");
    const deleted = await callFormAction(`/b/free/${postId}/edit`, EDIT_ACTIONS, "deleteOwnPost", { postId: String(postId), confirm: "yes" }, author.cookie);
    expect(deleted.location).toContain("/b/free");
    expect((await post()).status).toBe("deleted");
  });
});
