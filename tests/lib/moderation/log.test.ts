// The moderation log's links to what each entry acted on, and the particulars of moves and role changes.
import { beforeEach, describe, expect, it } from "vitest";
import { findSessionUser, type SessionUser } from "@/lib/accounts/members";
import { listLog, targetLinks } from "@/lib/moderation/log";
import { movePost, removeContent } from "@/lib/moderation/content";
import { changeUserRole } from "@/lib/moderation/roles";
import { makeBoard, makeComment, makePost, makeUser } from "../../factories";
import { resetDatabase } from "../../reset-database";

const account = async (role: SessionUser["role"], username: string) => (await findSessionUser((await makeUser({ role, username })).id))!;
let mod: SessionUser;
let admin: SessionUser;

beforeEach(async () => {
  await resetDatabase();
  mod = await account("moderator", "mod");
  admin = await account("admin", "root");
});

/** The log's newest entry of an action, with the link a reader gets. */
async function linked(action: string, staff: boolean) {
  const entries = await listLog(1);
  const entry = entries.find((e) => e.action === action);
  if (!entry) throw new Error(`no ${action} entry`);
  return { entry, href: (await targetLinks(entries, staff)).get(entry.id) };
}

describe("links from the moderation log", () => {
  it("a moved thread links to its new address and names both boards", async () => {
    const from = await makeBoard({ slug: "from-board", name: "From" });
    await makeBoard({ slug: "to-board", name: "To" });
    const post = await makePost(from, await makeUser());
    expect((await movePost(mod, post.id, "to-board")).ok).toBe(true);
    const { entry, href } = await linked("move", false);
    expect(href).toBe(`/b/to-board/${post.id}`);
    expect(entry.change).toEqual({ from: "from-board", to: "to-board" });
  });

  it("a removed post links for staff only", async () => {
    const board = await makeBoard({ slug: "rm" });
    const post = await makePost(board, await makeUser());
    expect((await removeContent(mod, { type: "post", id: post.id }, "spam", null)).ok).toBe(true);
    expect((await linked("remove", false)).href).toBeUndefined();
    expect((await linked("remove", true)).href).toBe(`/b/rm/${post.id}`);
  });

  it("a removed comment links for staff only, to the comment on its page", async () => {
    const board = await makeBoard({ slug: "cm" });
    const post = await makePost(board, await makeUser());
    const comment = await makeComment(post, await makeUser());
    expect((await removeContent(mod, { type: "comment", id: comment.id }, "spam", null)).ok).toBe(true);
    expect((await linked("remove", false)).href).toBeUndefined();
    expect((await linked("remove", true)).href).toBe(`/b/cm/${post.id}#comment-${comment.id}`);
  });

  it("a role change links to the member and says from which role to which", async () => {
    const member = await account("member", "sora");
    expect((await changeUserRole(admin, member.id, "moderator")).ok).toBe(true);
    const { entry, href } = await linked("role_change", false);
    expect(href).toBe("/u/sora");
    expect(entry.change).toEqual({ from: "member", to: "moderator" });
    expect(entry.note).toBeNull();
  });
});
