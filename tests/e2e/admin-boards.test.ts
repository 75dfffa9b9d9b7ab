// The admin pages for boards and banned words against the running server: who may open them, and that every
// action changes nothing for the anonymous, members, moderators and the suspended, and works for an admin.
import { beforeAll, describe, expect, it } from "vitest";
import { callFormAction, createSignedInUser, getPage, type TestUser } from "./http";
import { serverRow, serverRows } from "./server-db";

const BOARD_ACTIONS = "app/admin/boards/actions.ts";
const WORD_ACTIONS = "app/admin/words/actions.ts";

type Who = "anonymous" | "member" | "moderator" | "suspended" | "admin";
const refused = ["anonymous", "member", "moderator", "suspended"] as const;
const users = {} as Record<Exclude<Who, "anonymous">, TestUser>;
const cookie = (who: Who) => (who === "anonymous" ? "" : users[who].cookie);

const boardAction = (name: string, fields: Record<string, string>, who: Who) => callFormAction("/admin/boards", BOARD_ACTIONS, name, fields, cookie(who));
const wordAction = (name: string, fields: Record<string, string>, who: Who) => callFormAction("/admin/words", WORD_ACTIONS, name, fields, cookie(who));

type BoardRow = { id: number; slug: string; name: string; description: string; position: number; posting_role: string; archived: boolean; approve_new_members: boolean };
/** A board's row, its flags as booleans whichever engine stores them (SQLite as 0/1). */
const board = async (slug: string) => {
  const row = await serverRow<BoardRow | undefined>("SELECT * FROM boards WHERE slug = ?", slug);
  return row && { ...row, archived: Boolean(row.archived), approve_new_members: Boolean(row.approve_new_members) };
};
const order = async () => (await serverRows<{ slug: string }>("SELECT slug FROM boards ORDER BY position, id")).map((b) => b.slug).join(" ");
const word = (text: string) => serverRow<{ id: number; mode: string } | undefined>("SELECT id, mode FROM banned_words WHERE word = ?", text);
const logCount = async () => (await serverRow<{ n: number }>("SELECT count(*) AS n FROM moderation_log WHERE target_type IN ('board', 'word')")).n;
const lastLog = () => serverRow<{ action: string; target_type: string; target_label: string; actor_id: string }>("SELECT * FROM moderation_log ORDER BY id DESC LIMIT 1");

let target: BoardRow;
let targetWordId: number;

beforeAll(async () => {
  users.member = await createSignedInUser("ab_member");
  users.moderator = await createSignedInUser("ab_mod", { role: "moderator" });
  users.suspended = await createSignedInUser("ab_susp", { status: "suspended" });
  users.admin = await createSignedInUser("ab_admin", { role: "admin" });
  await boardAction("addBoard", { slug: "ab-target", name: "Admin target", description: "Before" }, "admin");
  target = (await board("ab-target"))!;
  expect(target).toMatchObject({ name: "Admin target", posting_role: "member", archived: false });
  await wordAction("addWord", { word: "abtargetword", mode: "block" }, "admin");
  targetWordId = (await word("abtargetword"))!.id;
});

describe("the admin pages", () => {
  const expected: Record<Who, number> = { anonymous: 307, member: 403, moderator: 403, suspended: 403, admin: 200 };
  for (const page of ["/admin/boards", "/admin/words"]) {
    it.each(Object.keys(expected) as Who[])(`${page} for %s`, async (who) => {
      const response = await getPage(page, cookie(who));
      expect(response.status).toBe(expected[who]);
      if (who === "anonymous") expect(response.location).toContain(`/login?callbackUrl=${encodeURIComponent(page)}`);
    });
  }
});

describe("refused callers change nothing and log nothing", () => {
  let logBefore: number;
  let orderBefore: string;
  beforeAll(async () => {
    logBefore = await logCount();
    orderBefore = await order();
  });

  it.each(refused)("creating a board, as %s", async (who) => {
    const response = await boardAction("addBoard", { slug: `ab-hijack-${who}`, name: "Hijack", description: "" }, who);
    if (who === "anonymous") expect(response.location).toContain("/login");
    expect(await board(`ab-hijack-${who}`)).toBeUndefined();
  });

  it.each(refused)("editing a board, as %s", async (who) => {
    await boardAction("saveBoard", { boardId: String(target.id), name: "Hijacked", description: "Hijacked", postingRole: "moderator", approveNewMembers: "on" }, who);
    expect(await board("ab-target")).toEqual(target);
  });

  it.each(refused)("moving a board, as %s", async (who) => {
    await boardAction("reorderBoard", { boardId: String(target.id), direction: "up" }, who);
    expect(await order()).toBe(orderBefore);
  });

  it.each(refused)("archiving a board, as %s", async (who) => {
    await boardAction("archiveBoard", { boardId: String(target.id), archived: "true" }, who);
    expect((await board("ab-target"))?.archived).toBe(false);
  });

  it.each(refused)("adding a banned word, as %s", async (who) => {
    await wordAction("addWord", { word: `abhijack${who}`, mode: "block" }, who);
    expect(await word(`abhijack${who}`)).toBeUndefined();
  });

  it.each(refused)("changing a word's mode, as %s", async (who) => {
    await wordAction("changeWordMode", { wordId: String(targetWordId), mode: "review" }, who);
    expect((await word("abtargetword"))?.mode).toBe("block");
  });

  it.each(refused)("deleting a word, as %s", async (who) => {
    await wordAction("deleteWord", { wordId: String(targetWordId) }, who);
    expect(await word("abtargetword")).toBeDefined();
  });

  it("wrote nothing to the moderation log", async () => {
    expect(await logCount()).toBe(logBefore);
  });
});

describe("an admin", () => {
  /** Runs an admin action and checks it added exactly one log entry, of this action and target type. */
  async function logsOnce(run: () => Promise<unknown>, action: string, targetType: "board" | "word") {
    const before = await logCount();
    await run();
    expect(await logCount()).toBe(before + 1);
    expect(await lastLog()).toMatchObject({ action, target_type: targetType, actor_id: users.admin.id });
  }

  it("is told what is wrong with a new board, and gets back what was typed", async () => {
    const response = await boardAction("addBoard", { slug: "Bad Slug!", name: "Kept name", description: "" }, "admin");
    expect(response.body).toContain("Use a-z, 0-9 and - only");
    expect(response.body).toContain("Kept name");
    const taken = await boardAction("addBoard", { slug: "ab-target", name: "Again", description: "" }, "admin");
    expect(taken.body).toContain("Another board already has this address.");
  });

  it("renames a board and sets its posting rules; the slug stays", async () => {
    await logsOnce(
      () => boardAction("saveBoard", { boardId: String(target.id), name: "Renamed", description: "Before", postingRole: "member", approveNewMembers: "" }, "admin"),
      "board.rename",
      "board",
    );
    await boardAction("saveBoard", { boardId: String(target.id), slug: "ab-moved", name: "Renamed", description: "After", postingRole: "moderator", approveNewMembers: "on" }, "admin");
    expect(await board("ab-target")).toMatchObject({ name: "Renamed", description: "After", posting_role: "moderator", approve_new_members: true });
    expect(await board("ab-moved")).toBeUndefined();
  });

  it("moves a board up the list", async () => {
    const before = (await order()).split(" ");
    const at = before.indexOf("ab-target");
    await logsOnce(() => boardAction("reorderBoard", { boardId: String(target.id), direction: "up" }, "admin"), "board.move_up", "board");
    const after = (await order()).split(" ");
    expect(after.indexOf("ab-target")).toBe(at - 1);
    expect(after[at]).toBe(before[at - 1]);
  });

  it("archives a board, which then disappears from the site, and brings it back", async () => {
    await logsOnce(() => boardAction("archiveBoard", { boardId: String(target.id), archived: "true" }, "admin"), "board.archive", "board");
    expect((await getPage("/b/ab-target")).status).toBe(404);
    await logsOnce(() => boardAction("archiveBoard", { boardId: String(target.id), archived: "false" }, "admin"), "board.unarchive", "board");
    expect((await getPage("/b/ab-target")).status).toBe(200);
  });

  it("adds, changes and deletes banned words, folded and without duplicates", async () => {
    await logsOnce(() => wordAction("addWord", { word: "  ＡＢ Ｓｐａｍ ", mode: "review" }, "admin"), "word.add", "word");
    expect(await word("ab spam")).toMatchObject({ mode: "review" });
    const duplicate = await wordAction("addWord", { word: "AB SPAM", mode: "block" }, "admin");
    expect(duplicate.body).toContain("This word is already on the list.");
    await logsOnce(() => wordAction("changeWordMode", { wordId: String(targetWordId), mode: "review" }, "admin"), "word.mode", "word");
    expect((await word("abtargetword"))?.mode).toBe("review");
    await logsOnce(() => wordAction("deleteWord", { wordId: String(targetWordId) }, "admin"), "word.delete", "word");
    expect(await word("abtargetword")).toBeUndefined();
  });
});
