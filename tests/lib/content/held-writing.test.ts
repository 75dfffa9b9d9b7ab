// Held writing stays its author's: they may still edit or delete it while it waits for a moderator; others may not.
import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { first, getDb } from "@/db";
import { comments, posts } from "@/db/schema";
import { findSessionUser, type SessionUser } from "@/lib/accounts/members";
import { deleteComment, editComment } from "@/lib/content/commenting";
import { deletePost, editPost } from "@/lib/content/posting";
import { makeBoard, makeComment, makePost, makeUser } from "../../factories";
import { valueOf } from "../../queries";
import { resetDatabase } from "../../reset-database";

const DAY = 86_400_000;
const member = async (name: string) => (await findSessionUser((await makeUser({ username: name, createdAt: new Date(Date.now() - 30 * DAY) })).id))!;
const status = (table: typeof posts | typeof comments, id: number) => valueOf(table.status, eq(table.id, id));

let sora: SessionUser;
let minji: SessionUser;
let postId: number;
let commentId: number;

beforeEach(async () => {
  await resetDatabase();
  sora = await member("sora");
  minji = await member("minji");
  const board = await makeBoard({ slug: "free" });
  const thread = await makePost(board, minji);
  postId = (await makePost(board, sora, { status: "held" })).id;
  commentId = (await makeComment(thread, sora, { status: "held" })).id;
  await getDb().update(comments).set({ holdReasons: ["banned-word"] }).where(eq(comments.id, commentId));
});

describe("held writing", () => {
  it("can be edited by its author and stays held", async () => {
    expect((await editComment(sora, commentId, { body: "Fixed wording" })).ok).toBe(true);
    expect(await first(getDb().select({ bodySource: comments.bodySource, status: comments.status }).from(comments).where(eq(comments.id, commentId)))).toEqual({ bodySource: "Fixed wording", status: "held" });
    expect((await editPost(sora, postId, { title: "Better title", body: "Fixed body" })).ok).toBe(true);
    expect(await status(posts, postId)).toBe("held");
  });

  it("can be deleted by its author", async () => {
    expect((await deleteComment(sora, commentId)).ok).toBe(true);
    expect(await status(comments, commentId)).toBe("deleted");
    expect((await deletePost(sora, postId)).ok).toBe(true);
    expect(await status(posts, postId)).toBe("deleted");
  });

  it("cannot be edited or deleted by anyone else", async () => {
    expect(await editComment(minji, commentId, { body: "Not mine" })).toMatchObject({ ok: false });
    expect(await deleteComment(minji, commentId)).toMatchObject({ ok: false, message: "cannotDeleteComment" });
    expect(await deletePost(minji, postId)).toMatchObject({ ok: false, message: "cannotDeletePost" });
    expect(await status(comments, commentId)).toBe("held");
  });
});
