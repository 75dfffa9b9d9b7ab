// The demo content's files load, pass their schemas, and seed what they describe; a broken file is refused by name.
// SQLite only: seedDemoIfEmpty() (scripts/seed/demo.ts) writes through a better-sqlite3 handle.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb, getSqlite } from "@/db";
import { DEMO_CONTENT_DIR, loadDemoContent, type DemoComment } from "@/scripts/seed/demo-content";
import { seedDemoIfEmpty } from "@/scripts/seed/demo";
import { boardNamesIn } from "@/lib/content/board-names";
import { listBoards } from "@/lib/content/boards";
import { resetDatabase } from "../../reset-database";

const countComments = (list: DemoComment[] | undefined): number =>
  (list ?? []).reduce((n, comment) => n + 1 + countComments(comment.replies), 0);
const rows = (table: string) => getSqlite().prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe("the demo content", () => {
  beforeEach(async () => {
    await resetDatabase();
    vi.stubEnv("RAPPORT_DEMO_CONTENT", "on");
  });
  afterEach(() => vi.unstubAllEnvs());

  it("loads from scripts/seed/demo/ and seeds exactly what the files hold", () => {
    const content = loadDemoContent();
    const comments = content.posts.reduce((n, post) => n + countComments(post.comments), 0);
    // What `npm start` prints on a fresh database: "created demo content (34 posts, 106 comments)".
    expect({ boards: content.boards.length, members: content.members.length, posts: content.posts.length, comments }).toEqual({
      boards: 4,
      members: 10,
      posts: 34,
      comments: 106,
    });

    expect(seedDemoIfEmpty(getSqlite())).toEqual({ posts: 34, comments: 106 });
    expect({ boards: rows("boards"), users: rows("users"), posts: rows("posts"), comments: rows("comments") }).toEqual({
      boards: 4,
      users: 10,
      posts: 34,
      comments: 106,
    });
  });

  it("gives the boards Korean names, and each description one language", async () => {
    seedDemoIfEmpty(getSqlite());
    const ko = await boardNamesIn("ko");
    expect((await listBoards()).map((b) => ko(b).name)).toEqual(["공지사항", "건강", "자유게시판", "질문답변"]);
    expect((await listBoards()).map((b) => b.name)).toEqual(["Notice", "Health", "Free talk", "Q&A"]);
    for (const board of await listBoards()) {
      expect(board.description).not.toMatch(/[가-힣]/);
      expect(ko(board).description).toMatch(/[가-힣]/);
    }
  });

  it("leaves a database with boards alone, without reading the files", () => {
    seedDemoIfEmpty(getSqlite());
    const load = vi.fn(loadDemoContent);
    expect(seedDemoIfEmpty(getSqlite(), Date.now(), load)).toBeNull();
    expect(load).not.toHaveBeenCalled();
  });

  it("writes nothing when RAPPORT_DEMO_CONTENT is off", () => {
    vi.stubEnv("RAPPORT_DEMO_CONTENT", "off");
    expect(seedDemoIfEmpty(getSqlite())).toBeNull();
    expect(rows("boards")).toBe(0);
  });
});

describe("a broken demo content file", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-demo-"));
    fs.cpSync(DEMO_CONTENT_DIR, dir, { recursive: true });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const firstPost = () => path.join(dir, "posts", fs.readdirSync(path.join(dir, "posts")).sort()[0]!);
  const edit = (file: string, change: (text: string) => string) => fs.writeFileSync(file, change(fs.readFileSync(file, "utf8")));

  it("is refused with the file and the field when a member has no username", () => {
    edit(path.join(dir, "members.json"), (text) => text.replace(`"username": "minji_kim", `, ""));
    expect(() => loadDemoContent(dir)).toThrow(/members\.json: \[1\]\.username: .*expected string/);
  });

  it("is refused with the file and the field when a reply's author is misspelt", () => {
    const file = firstPost();
    edit(file, (text) => text.replace(`"author": "dev-ollie", "body": "Found it, thanks!"`, `"autor": "dev-ollie", "body": "Found it, thanks!"`));
    expect(() => loadDemoContent(dir)).toThrow(
      new RegExp(`${path.basename(file)}: comments\\[1\\]\\.replies\\[0\\]\\.replies\\[0\\]\\.author: `),
    );
  });

  it("is refused when a post names a board that boards.json lacks", () => {
    const file = firstPost();
    edit(file, (text) => text.replace(`"board": "notice"`, `"board": "notices"`));
    expect(() => loadDemoContent(dir)).toThrow(`${path.basename(file)}: board: no board "notices" in boards.json`);
  });

  it("is refused when it is not JSON at all", () => {
    fs.writeFileSync(path.join(dir, "boards.json"), "[{ slug: notice }]");
    expect(() => loadDemoContent(dir)).toThrow(/boards\.json: not valid JSON/);
  });
});
