// The moderation log's links to what each entry acted on, and the particulars of moves and role changes.
import { beforeEach, describe, expect, it } from "vitest";
import { findSessionUser, type SessionUser } from "@/lib/accounts/members";
import { listLog, targetLinks } from "@/lib/moderation/log";
import { movePost, removeContent } from "@/lib/moderation/content";
import { changeUserRole } from "@/lib/moderation/roles";
import { makeBoard, makeComment, makePost, makeUser } from "../../factories";
import { resetDatabase } from "../../reset-database";

const account = (role: SessionUser["role"], username: string) => findSessionUser(makeUser({ role, username }).id)!;
let mod: SessionUser;
let admin: SessionUser;

beforeEach(() => {
  resetDatabase();
  mod = account("moderator", "mod");
  admin = account("admin", "root");
});

/** The log's newest entry of an action, with the link a reader gets. */
function linked(action: string, staff: boolean) {
  const entries = listLog(1);
  const entry = entries.find((e) => e.action === action);
  if (!entry) throw new Error(`no ${action} entry`);
  return { entry, href: targetLinks(entries, staff).get(entry.id) };
}

describe("links from the moderation log", () => {
  it("a moved thread links to its new address and names both boards", () => {
    const from = makeBoard({ slug: "from-board", name: "From" });
    makeBoard({ slug: "to-board", name: "To" });
    const post = makePost(from, makeUser());
    expect(movePost(mod, post.id, "to-board").ok).toBe(true);
    const { entry, href } = linked("move", false);
    expect(href).toBe(`/b/to-board/${post.id}`);
    expect(entry.change).toEqual({ from: "from-board", to: "to-board" });
  });

  it("a removed post links for staff only", () => {
    const board = makeBoard({ slug: "rm" });
    const post = makePost(board, makeUser());
    expect(removeContent(mod, { type: "post", id: post.id }, "spam", null).ok).toBe(true);
    expect(linked("remove", false).href).toBeUndefined();
    expect(linked("remove", true).href).toBe(`/b/rm/${post.id}`);
  });

  it("a removed comment links for staff only, to the comment on its page", () => {
    const board = makeBoard({ slug: "cm" });
    const post = makePost(board, makeUser());
    const comment = makeComment(post, makeUser());
    expect(removeContent(mod, { type: "comment", id: comment.id }, "spam", null).ok).toBe(true);
    expect(linked("remove", false).href).toBeUndefined();
    expect(linked("remove", true).href).toBe(`/b/cm/${post.id}#comment-${comment.id}`);
  });

  it("a role change links to the member and says from which role to which", () => {
    const member = account("member", "sora");
    expect(changeUserRole(admin, member.id, "moderator").ok).toBe(true);
    const { entry, href } = linked("role_change", false);
    expect(href).toBe("/u/sora");
    expect(entry.change).toEqual({ from: "member", to: "moderator" });
    expect(entry.note).toBeNull();
  });
});
