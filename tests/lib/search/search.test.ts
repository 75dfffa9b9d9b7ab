import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb, getSqlite } from "@/db";
import { boards, comments, posts } from "@/db/schema";
import { PAGE_SIZE } from "@/lib/pagination";
import { commentHref } from "@/lib/content/comment-pages";
import { postHref } from "@/lib/routes";
import { MAX_MATCHES_PER_KIND, rebuildSearchIndex, search, type SearchOutcome, type SearchRequest } from "@/lib/search/search";
import { safeReturnPath } from "@/lib/forms";
import { generate } from "@/scripts/seed/generate";
import { makeBoard, makeComment, makePost, makeUser, makeMany } from "../../factories";
import { resetDatabase } from "../../reset-database";
import { usesPostgres } from "@/db/engine";

const daysAgo = (n: number) => new Date(Date.now() - n * 24 * 60 * 60 * 1000);
/** Many newer posts at once, in one insert (the board's post count is left as it was). */
async function manyPosts(board: { id: number }, author: { id: string }, count: number, body: string) {
  const now = new Date();
  const rows = Array.from({ length: count }, () => ({ boardId: board.id, authorId: author.id, title: "Post", bodySource: body, bodyHtml: "", lastActivityAt: now }));
  await getDb().insert(posts).values(rows);
}
const setPost = (id: number, values: Partial<typeof posts.$inferInsert>) => getDb().update(posts).set(values).where(eq(posts.id, id));
const setComment = (id: number, values: Partial<typeof comments.$inferInsert>) => getDb().update(comments).set(values).where(eq(comments.id, id));
const setArchived = (id: number, archived: boolean) => getDb().update(boards).set({ archived }).where(eq(boards.id, id));

async function found(request: SearchRequest | string): Promise<SearchOutcome & { ok: true }> {
  const outcome = await search(typeof request === "string" ? { query: request } : request);
  if (!outcome.ok) throw new Error(`expected results, got ${outcome.problem}`);
  return outcome;
}
/** "post:12", "comment:34": what a search returned, in order. */
const keys = async (request: SearchRequest | string) => (await found(request)).results.map((r) => `${r.kind}:${r.id}`);
const postKey = (post: { id: number }) => `post:${post.id}`;
const commentKey = (comment: { id: number }) => `comment:${comment.id}`;

beforeEach(async () => {
  await resetDatabase();
});

describe("Korean text", () => {
  it("finds a two- or three-syllable fragment inside a longer word", async () => {
    const board = await makeBoard();
    const post = await makePost(board, await makeUser(), { title: "저녁 메뉴", body: "오늘은 김치찌개를 끓였다" });
    await makePost(board, await makeUser(), { title: "점심", body: "된장국을 먹었다" });
    expect(await keys("찌개")).toEqual([postKey(post)]);
    expect(await keys("치찌개")).toEqual([postKey(post)]);
    expect(await keys("김치찌개를")).toEqual([postKey(post)]);
    expect(await keys("찌개국")).toEqual([]);
  });

  it("finds a two-syllable fragment at the very start or end of a text", async () => {
    const board = await makeBoard();
    const last = await makePost(board, await makeUser(), { title: "제목", body: "맛있는 김치" });
    const first = await makePost(board, await makeUser(), { title: "김치 이야기", body: "본문" });
    expect((await keys("김치")).sort()).toEqual([postKey(first), postKey(last)].sort());
  });

  it("matches a quoted Korean phrase only with its words in that order", async () => {
    const board = await makeBoard();
    const post = await makePost(board, await makeUser(), { body: "오늘 아침 산책은 상쾌했다" });
    await makePost(board, await makeUser(), { body: "산책 아침 체조" });
    expect(await keys('"아침 산책"')).toEqual([postKey(post)]);
  });

  it("asks for more than one syllable instead of searching for it", async () => {
    await makePost(await makeBoard(), await makeUser(), { body: "김치찌개" });
    expect(await search({ query: "김" })).toEqual({ ok: false, problem: "tooShort" });
    expect(await search({ query: " a " })).toEqual({ ok: false, problem: "tooShort" });
  });
});

describe("English text", () => {
  it("matches whole words in any case and with or without accents", async () => {
    const board = await makeBoard();
    const post = await makePost(board, await makeUser(), { title: "Morning COFFEE", body: "A café near the river." });
    await makePost(board, await makeUser(), { title: "The coffeehouse", body: "Categories of tea" });
    expect(await keys("coffee")).toEqual([postKey(post)]);
    expect(await keys("Coffee")).toEqual([postKey(post)]);
    expect(await keys("CAFE")).toEqual([postKey(post)]);
    expect(await keys("cat")).toEqual([]);
    expect(await keys("coffeehouse")).not.toContain(postKey(post));
  });

  it("needs every word, and a quoted phrase in order", async () => {
    const board = await makeBoard();
    const walk = await makePost(board, await makeUser(), { body: "A long morning walk by the river" });
    const reversed = await makePost(board, await makeUser(), { body: "I walk every morning" });
    expect((await keys("morning walk")).sort()).toEqual([postKey(walk), postKey(reversed)].sort());
    expect(await keys('"morning walk"')).toEqual([postKey(walk)]);
    expect(await keys("morning walk tea")).toEqual([]);
  });

  it("mixes Korean fragments and English words, still matching the English as whole words", async () => {
    const board = await makeBoard();
    const both = await makePost(board, await makeUser(), { body: "Coffee 한 잔과 김치찌개" });
    await makePost(board, await makeUser(), { body: "coffeehouse 에서 김치찌개" });
    await makePost(board, await makeUser(), { body: "coffee only" });
    expect(await keys("coffee 찌개")).toEqual([postKey(both)]);
  });
});

describe("filters", () => {
  it("narrows to one board and to one author by username", async () => {
    const free = await makeBoard({ slug: "free" });
    const health = await makeBoard({ slug: "health" });
    const kim = await makeUser({ username: "KimMinji" });
    const lee = await makeUser({ username: "lee" });
    const kimFree = await makePost(free, kim, { body: "garden tomato" });
    const kimHealth = await makePost(health, kim, { body: "garden tomato" });
    const leeFree = await makePost(free, lee, { body: "garden tomato" });
    const leeComment = await makeComment(kimHealth, lee, { body: "my tomato too" });
    expect((await keys({ query: "tomato", board: "free" })).sort()).toEqual([postKey(kimFree), postKey(leeFree)].sort());
    expect((await keys({ query: "tomato", author: "kimminji" })).sort()).toEqual([postKey(kimFree), postKey(kimHealth)].sort());
    expect((await keys({ query: "tomato", author: "lee" })).sort()).toEqual([postKey(leeFree), commentKey(leeComment)].sort());
    expect(await keys({ query: "tomato", board: "health", author: "@lee" })).toEqual([commentKey(leeComment)]);
    expect(await keys({ query: "토마토", board: "health" })).toEqual([]);
  });

  it("finds an author's older posts behind many newer matches by others", async () => {
    const board = await makeBoard();
    const kim = await makeUser({ username: "kim" });
    const old = await makePost(board, kim, { body: "river walk", createdAt: daysAgo(30) });
    await manyPosts(board, await makeUser(), MAX_MATCHES_PER_KIND + 10, "river walk");
    expect(await keys({ query: "river", author: "kim" })).toEqual([postKey(old)]);
    expect((await found({ query: "river" })).more).toBe(true);
  });

  it("takes a display name as well as a username, and asks for the username when two members share the name", async () => {
    const board = await makeBoard();
    const minji = await makeUser({ username: "minji", name: "김민지" });
    const mine = await makePost(board, minji, { body: "garden tomato" });
    await makePost(board, await makeUser({ username: "other" }), { body: "garden tomato" });
    expect(await keys({ query: "tomato", author: "김민지" })).toEqual([postKey(mine)]);
    expect(await keys({ query: "tomato", author: "minji" })).toEqual([postKey(mine)]);
    await makeUser({ username: "minji2", name: "김민지" });
    expect(await search({ query: "tomato", author: "김민지" })).toEqual({ ok: false, problem: "ambiguousAuthor" });
    // The username still names one member, whatever names others chose.
    expect(await keys({ query: "tomato", author: "@minji" })).toEqual([postKey(mine)]);
  });

  it("lists an author's visible writing newest first when the filter has no words", async () => {
    const free = await makeBoard({ slug: "free" });
    const attic = await makeBoard({ slug: "attic", archived: true });
    const kim = await makeUser({ username: "kim" });
    const older = await makePost(free, kim, { body: "first", createdAt: daysAgo(3) });
    const reply = await makeComment(older, kim, { body: "a comment" });
    const newer = await makePost(free, kim, { body: "second", createdAt: daysAgo(1) });
    await makePost(free, kim, { body: "held", status: "held" });
    await makePost(attic, kim, { body: "archived" });
    await makePost(free, await makeUser(), { body: "someone else" });
    const listed = await found({ query: "  ", author: "kim" });
    expect(listed.results.map((r) => `${r.kind}:${r.id}`)).toEqual([commentKey(reply), postKey(newer), postKey(older)]);
    expect(listed.results[1]!.snippetHtml).toBe("second");
    expect(await search({ query: "", author: "nobody" })).toEqual({ ok: false, problem: "unknownAuthor" });
    expect(await search({ query: "" })).toMatchObject({ ok: false });
  });

  it("says so when the board or the author does not exist", async () => {
    await makePost(await makeBoard({ slug: "free" }), await makeUser(), { body: "tomato" });
    expect(await search({ query: "tomato", board: "nope" })).toEqual({ ok: false, problem: "unknownBoard" });
    expect(await search({ query: "tomato", author: "nobody" })).toEqual({ ok: false, problem: "unknownAuthor" });
  });
});

describe("results", () => {
  it("shows title, board, author, date and a snippet with the matches marked", async () => {
    const board = await makeBoard({ slug: "kitchen", name: "Kitchen" });
    const author = await makeUser({ username: "cook", name: "Park Cook" });
    const createdAt = daysAgo(3);
    const post = await makePost(board, author, {
          title: "Kimchi stew",
          body: `${"Some words before. ".repeat(10)}Add kimchi and simmer; more Kimchi is better.`,
          createdAt,
        });
    const [result] = (await found("kimchi")).results;
    expect(result).toMatchObject({
      kind: "post",
      id: post.id,
      href: postHref("kitchen", post.id),
      titleHtml: "<mark>Kimchi</mark> stew",
      board: { slug: "kitchen", name: "Kitchen" },
      author: { username: "cook", name: "Park Cook" },
      createdAt,
    });
    expect(result!.snippetHtml).toMatch(/^…/);
    expect(result!.snippetHtml).toContain("Add <mark>kimchi</mark> and simmer; more <mark>Kimchi</mark> is better.");
  });

  it("marks Korean fragments inside words", async () => {
    await makePost(await makeBoard(), await makeUser(), { title: "저녁", body: "오늘은 김치찌개를 끓였다" });
    expect((await found("찌개")).results[0]!.snippetHtml).toBe("오늘은 김치<mark>찌개</mark>를 끓였다");
  });

  it("escapes HTML in titles and bodies, so the only markup is <mark>", async () => {
    await makePost(await makeBoard(), await makeUser(), {
            title: `<script>alert("coffee")</script>`,
            body: "Try `<b onclick=x>coffee</b>` & <i>tea</i> 'quoted'",
          });
    const [result] = (await found("coffee")).results;
    expect(result!.titleHtml).toBe("&lt;script&gt;alert(&quot;<mark>coffee</mark>&quot;)&lt;/script&gt;");
    expect(result!.snippetHtml).toContain("&lt;b onclick=x&gt;<mark>coffee</mark>&lt;/b&gt; &amp;");
    expect(result!.snippetHtml.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
  });

  it("links a comment to its place in the thread", async () => {
    const board = await makeBoard({ slug: "free" });
    const post = await makePost(board, await makeUser(), { title: "Weekend plans", body: "Any ideas?" });
    const comment = await makeComment(post, await makeUser(), { body: "A bicycle ride along the river" });
    const [result] = (await found("bicycle")).results;
    expect(result).toMatchObject({
      kind: "comment",
      id: comment.id,
      href: await commentHref("free", post.id, comment.id),
      titleHtml: "Weekend plans",
      snippetHtml: "A <mark>bicycle</mark> ride along the river",
    });
    expect(result!.href).toBe(`/b/free/${post.id}#comment-${comment.id}`);
  });

  it("ranks title matches above body matches, and recent threads above old ones", async () => {
    const board = await makeBoard();
    const author = await makeUser();
    const body = await makePost(board, author, { title: "Weekend", body: "a piano lesson", createdAt: daysAgo(1) });
    const title = await makePost(board, author, { title: "Piano lessons", body: "piano for beginners", createdAt: daysAgo(2) });
    const old = await makePost(board, author, { title: "Piano lessons", body: "piano for beginners", createdAt: daysAgo(400) });
    expect(await keys("piano")).toEqual([postKey(title), postKey(body), postKey(old)]);
    expect(await keys({ query: "piano", sort: "new" })).toEqual([postKey(body), postKey(title), postKey(old)]);
  });

  it("pages by 20 and counts every result", async () => {
    const board = await makeBoard();
    const author = await makeUser();
    const made = await makeMany(PAGE_SIZE + 5, (i) => makePost(board, author, { body: "umbrella", createdAt: daysAgo(i) }));
    const first = await found({ query: "umbrella", sort: "new" });
    const second = await found({ query: "umbrella", sort: "new", page: 2 });
    expect([first.total, first.pageCount, first.more]).toEqual([PAGE_SIZE + 5, 2, false]);
    expect([first.results.length, second.results.length]).toEqual([PAGE_SIZE, 5]);
    expect([...first.results, ...second.results].map((r) => r.id)).toEqual(made.map((p) => p.id));
    expect((await found({ query: "umbrella", page: 3 })).results).toEqual([]);
  });
});

describe("visibility", () => {
  it("never finds held, removed or deleted posts and comments", async () => {
    const board = await makeBoard();
    const author = await makeUser();
    const visible = await makePost(board, author, { body: "festival" });
    for (const status of ["held", "removed", "deleted"] as const) {
      await makePost(board, author, { body: "festival", status });
      await makeComment(visible, author, { body: "festival", status });
    }
    expect(await keys("festival")).toEqual([postKey(visible)]);
  });

  it("drops a post and its comments when the post stops being published, and brings them back on restore", async () => {
    const board = await makeBoard();
    const post = await makePost(board, await makeUser(), { body: "guitar" });
    const comment = await makeComment(post, await makeUser(), { body: "guitar too" });
    for (const status of ["held", "removed", "deleted"] as const) {
      await setPost(post.id, { status });
      expect(await keys("guitar")).toEqual([]);
      await setPost(post.id, { status: "published" });
      expect((await keys("guitar")).sort()).toEqual([commentKey(comment), postKey(post)].sort());
    }
  });

  it("drops a comment when it stops being published, and brings it back on restore", async () => {
    const post = await makePost(await makeBoard(), await makeUser(), { body: "nothing here" });
    const comment = await makeComment(post, await makeUser(), { body: "김치찌개 recipe" });
    await setComment(comment.id, { status: "removed" });
    expect(await keys("recipe")).toEqual([]);
    expect(await keys("찌개")).toEqual([]);
    await setComment(comment.id, { status: "published" });
    expect(await keys("recipe")).toEqual([commentKey(comment)]);
    expect(await keys("찌개")).toEqual([commentKey(comment)]);
  });

  it("never finds anything from an archived board", async () => {
    const open = await makeBoard();
    const archived = await makeBoard({ archived: true });
    const visible = await makePost(open, await makeUser(), { body: "noodle" });
    await makeComment(await makePost(archived, await makeUser(), { body: "noodle 국수" }), await makeUser(), { body: "noodle 국수" });
    expect(await keys("noodle")).toEqual([postKey(visible)]);
    expect(await keys("국수")).toEqual([]);

    const later = await makeComment(visible, await makeUser(), { body: "noodle" });
    await setArchived(open.id, true);
    expect(await keys("noodle")).toEqual([]);
    await setArchived(open.id, false);
    expect((await keys("noodle")).sort()).toEqual([commentKey(later), postKey(visible)].sort());
  });

  it("finds older posts behind many newer matches in an archived board", async () => {
    const open = await makeBoard();
    const archived = await makeBoard();
    const visible = await makePost(open, await makeUser(), { body: "old noodle", createdAt: daysAgo(30) });
    await manyPosts(archived, await makeUser(), MAX_MATCHES_PER_KIND + 10, "new noodle");
    await setArchived(archived.id, true);
    expect(await keys("noodle")).toEqual([postKey(visible)]);
  });

  it("follows a post moved to another board", async () => {
    const from = await makeBoard({ slug: "from" });
    const to = await makeBoard({ slug: "to" });
    const post = await makePost(from, await makeUser(), { body: "piano" });
    const comment = await makeComment(post, await makeUser(), { body: "piano" });
    await setPost(post.id, { boardId: to.id });
    expect(await keys({ query: "piano", board: "from" })).toEqual([]);
    expect((await keys({ query: "piano", board: "to" })).sort()).toEqual([commentKey(comment), postKey(post)].sort());
  });
});

describe("edits", () => {
  it("forgets the old words of an edited post and finds the new ones", async () => {
    const post = await makePost(await makeBoard(), await makeUser(), { title: "Old title", body: "old body about 사과" });
    await setPost(post.id, { title: "Fresh title", bodySource: "new body about 토마토" });
    expect(await keys("old")).toEqual([]);
    expect(await keys("사과")).toEqual([]);
    expect(await keys("fresh")).toEqual([postKey(post)]);
    expect(await keys("토마토")).toEqual([postKey(post)]);
  });

  it("forgets the old words of an edited comment and finds the new ones", async () => {
    const post = await makePost(await makeBoard(), await makeUser(), { body: "nothing" });
    const comment = await makeComment(post, await makeUser(), { body: "winter coat" });
    await setComment(comment.id, { bodySource: "summer hat 여름" });
    expect(await keys("winter")).toEqual([]);
    expect(await keys("summer")).toEqual([commentKey(comment)]);
    expect(await keys("여름")).toEqual([commentKey(comment)]);
  });
});

// SQLite only: the FTS5 index tables, their triggers and the bulk generator's SQLite handle.
describe.skipIf(usesPostgres())("the SQLite search index", () => {
  /** Whether the index holds a row: what the triggers keep in step, apart from the checks search makes on top. */
  const indexedRow = (table: string, id: number) => getSqlite().prepare(`SELECT count(*) FROM ${table} WHERE rowid = ?`).pluck().get(id) === 1;

  it("drops the rows of a post that stops being published, and of its comments, and puts them back on restore", async () => {
    const post = await makePost(await makeBoard(), await makeUser(), { body: "guitar" });
    const comment = await makeComment(post, await makeUser(), { body: "guitar too" });
    for (const status of ["held", "removed", "deleted"] as const) {
      await setPost(post.id, { status });
      expect([indexedRow("search_post_words", post.id), indexedRow("search_comment_words", comment.id)]).toEqual([false, false]);
      await setPost(post.id, { status: "published" });
      expect([indexedRow("search_post_words", post.id), indexedRow("search_comment_words", comment.id)]).toEqual([true, true]);
    }
  });

  it("drops the word and gram rows of a comment that stops being published", async () => {
    const post = await makePost(await makeBoard(), await makeUser(), { body: "nothing here" });
    const comment = await makeComment(post, await makeUser(), { body: "김치찌개 recipe" });
    await setComment(comment.id, { status: "removed" });
    expect([indexedRow("search_comment_words", comment.id), indexedRow("search_comment_grams", comment.id)]).toEqual([false, false]);
  });

  it("is rebuilt from the tables by rebuildSearchIndex", async () => {
    const post = await makePost(await makeBoard(), await makeUser(), { body: "camera 사진기" });
    getSqlite().exec("INSERT INTO search_post_words(search_post_words) VALUES ('delete-all')");
    getSqlite().exec("INSERT INTO search_post_grams(search_post_grams) VALUES ('delete-all')");
    expect(await keys("camera")).toEqual([]);
    expect(await rebuildSearchIndex()).toMatchObject({ posts: 1, comments: 0 });
    expect(await keys("camera")).toEqual([postKey(post)]);
    expect(await keys("사진")).toEqual([postKey(post)]);
  });

  it("indexes a bulk load in one pass, then goes back to indexing row by row", async () => {
    const sqlite = getSqlite();
    const indexed = (table: string) => sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    const visible = (kind: "posts" | "comments") =>
      sqlite.prepare(`SELECT count(*) FROM search_${kind === "posts" ? "post" : "comment"}_documents`).pluck().get() as number;
    generate(sqlite, { posts: 40, comments: 300, board: "bulk", seed: 7 });
    expect(indexed("search_post_words")).toBe(visible("posts"));
    expect(indexed("search_comment_words")).toBe(visible("comments"));
    expect(visible("comments")).toBeGreaterThanOrEqual(300);
    // Korean bodies are in the gram index too (the generator writes about 30% of them in Korean).
    expect(indexed("search_comment_grams")).toBeGreaterThan(0);
    const triggers = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%_insert'").pluck().all();
    expect(triggers.sort()).toEqual(["search_comments_insert", "search_posts_insert"]);
    const later = await makePost(await makeBoard(), await makeUser(), { body: "typewriter" });
    expect(await keys("typewriter")).toEqual([postKey(later)]);
  });
});

describe("bad queries", () => {
  beforeEach(async () => {
    await makePost(await makeBoard(), await makeUser(), { title: "coffee garden", body: "near and not or 김치찌개" });
  });

  const noise = Array.from({ length: 1000 }, (_, i) => `"*()-:^{}[]+~NEAR AND OR NOT 김 x\\'`[i % 31]).join("");

  it.each([
    ['"', "tooShort"],
    ["*", "tooShort"],
    ["(", "tooShort"],
    ["-", "tooShort"],
    [":", "tooShort"],
    ["^", "tooShort"],
    ["", "empty"],
    ["   ", "empty"],
    [noise, "tooLong"],
  ])("answers %j with a message", async (query, problem) => {
    expect(await search({ query })).toEqual({ ok: false, problem });
  });

  it.each([
    ['"coffee garden', 1],
    ['coffee "garden', 1],
    ['"김치찌개', 1],
    ["NEAR", 1],
    ["NEAR(coffee garden)", 0],
    ["coffee AND", 1],
    ["AND OR NOT", 1],
    ["-coffee", 1],
    ["coffee*", 1],
    ["title:coffee", 0],
    ["^coffee", 1],
    ["{title}:coffee", 0],
    ["(김치 OR 찌개)", 1],
    ['"""coffee"""', 1],
    [noise.slice(0, 190), 0],
  ])("searches %j as plain words without an error", async (query, count) => {
    expect((await found(query)).results).toHaveLength(count);
  });

  it("searches only the first eight words and says how many it left out", async () => {
    const outcome = await found("coffee garden a b c d e f g h");
    expect(outcome.terms).toHaveLength(8);
    expect(outcome.dropped).toBe(2);
  });
});

describe("hostile queries", () => {
  it("treats NUL and other control characters as spaces instead of failing", async () => {
    const author = await makeUser();
    const board = await makeBoard();
    const post = await makePost(board, author, { title: "alpha beta", body: "alpha and beta together" });
    expect(await keys("alpha\u0000beta")).toEqual([postKey(post)]);
    expect(await keys("alpha\u0001\u001f")).toEqual([postKey(post)]);
    expect(await keys("\u0007beta\u007f")).toEqual([postKey(post)]);
    expect(await search({ query: "\u0000" })).toEqual({ ok: false, problem: "empty" });
  });
});

describe("callbackUrl", () => {
  it("keeps a Hangul path, percent-encoded, and drops newlines; never leaves the site", () => {
    expect(safeReturnPath("/u/한솔이")).toBe("/u/%ED%95%9C%EC%86%94%EC%9D%B4");
    expect(safeReturnPath("/u/a\nb")).toBe("/u/ab");
    expect(safeReturnPath("/\t/evil.example")).toBe("/");
    expect(safeReturnPath("/\\evil.example")).toBe("/");
    expect(safeReturnPath("https://evil.example/")).toBe("/");
    expect(safeReturnPath("/b/free?page=2#c-3")).toBe("/b/free?page=2#c-3");
  });
});
