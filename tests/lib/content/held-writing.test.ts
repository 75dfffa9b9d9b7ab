// Held writing stays its author's: they may still edit or delete it while it waits for a moderator; others may not.
import { beforeEach, describe, expect, it } from "vitest";
import { getSqlite } from "@/db";
import { findSessionUser, type SessionUser } from "@/lib/accounts/members";
import { deleteComment, editComment } from "@/lib/content/commenting";
import { deletePost, editPost } from "@/lib/content/posting";
import { makeBoard, makeComment, makePost, makeUser } from "../../factories";
import { resetDatabase } from "../../reset-database";

const DAY = 86_400_000;
const sqlite = () => getSqlite();
const member = async (name: string) => (await findSessionUser((await makeUser({ username: name, createdAt: new Date(Date.now() - 30 * DAY) })).id))!;
const status = (table: "posts" | "comments", id: number) => sqlite().prepare(`SELECT status FROM ${table} WHERE id = ?`).pluck().get(id);

let sora: SessionUser;
let minji: SessionUser;
let postId: number;
let commentId: number;

beforeEach(async () => {
  resetDatabase();
  sora = await member("sora");
  minji = await member("minji");
  const board = await makeBoard({ slug: "free" });
  const thread = await makePost(board, minji);
  postId = (await makePost(board, sora, { status: "held" })).id;
  commentId = (await makeComment(thread, sora, { status: "held" })).id;
  sqlite().prepare(`UPDATE comments SET hold_reasons = '["banned-word"]' WHERE id = ?`).run(commentId);
});

describe("held writing", () => {
  it("can be edited by its author and stays held", async () => {
    expect((await editComment(sora, commentId, { body: "Fixed wording" })).ok).toBe(true);
    expect(sqlite().prepare("SELECT body_source, status FROM comments WHERE id = ?").get(commentId)).toEqual({ body_source: "Fixed wording", status: "held" });
    expect((await editPost(sora, postId, { title: "Better title", body: "Fixed body" })).ok).toBe(true);
    expect(status("posts", postId)).toBe("held");
  });

  it("can be deleted by its author", async () => {
    expect((await deleteComment(sora, commentId)).ok).toBe(true);
    expect(status("comments", commentId)).toBe("deleted");
    expect((await deletePost(sora, postId)).ok).toBe(true);
    expect(status("posts", postId)).toBe("deleted");
  });

  it("cannot be edited or deleted by anyone else", async () => {
    expect(await editComment(minji, commentId, { body: "Not mine" })).toMatchObject({ ok: false });
    expect(await deleteComment(minji, commentId)).toMatchObject({ ok: false, message: "cannotDeleteComment" });
    expect(await deletePost(minji, postId)).toMatchObject({ ok: false, message: "cannotDeletePost" });
    expect(status("comments", commentId)).toBe("held");
  });
});
