// Search on PostgreSQL (db/migrations-pg/0001_search.sql and 0002_search_pairs.sql, lib/search/search-pg-sql.ts),
// against a real throwaway cluster: the cases of search.test.ts that concern what SQL finds (words, phrases, Korean fragments, filters,
// visibility, edits, bad and hostile queries), with rows written by plain SQL. Ranking, paging and highlighting are the
// same JavaScript for both engines (search.test.ts covers them); here matches come newest first, and highlighting is
// checked on rows read from PostgreSQL.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { migratePostgres } from "@/db/migrate-pg";
import { usernameKey } from "@/lib/accounts/usernames";
import { escapeHtml, highlight, htmlToText, parseQuery, snippet, type ParsedQuery, type SearchTerm } from "@/lib/search/query";
import {
  pgAuthorByUsernameKeyQuery,
  pgAuthorsByNameQuery,
  pgBoardIdQuery,
  pgMatchQuery,
  pgNewestByQuery,
  pgNewestMatches,
  pgNextWindow,
  type PgCandidateRow,
  type PgKind,
  type PgQuery,
} from "@/lib/search/search-pg-sql";
import { startCluster, type Cluster } from "@/scripts/postgres/cluster";

const MAX_MATCHES_PER_KIND = 500;

let cluster: Cluster;
let pool: pg.Pool;

beforeAll(async () => {
  cluster = await startCluster();
  pool = new pg.Pool({ connectionString: cluster.url, max: 2 });
  await migratePostgres(pool);
}, 120_000);

afterAll(async () => {
  await pool?.end();
  await cluster?.stop();
});

beforeEach(async () => {
  await pool.query("TRUNCATE users, boards, posts, comments RESTART IDENTITY CASCADE");
});

const run = async <T extends pg.QueryResultRow>(query: PgQuery) => (await pool.query<T>(query.text, query.values)).rows;
const sql = (text: string, ...values: unknown[]) => pool.query(text, values);
const daysAgo = (n: number) => new Date(Date.now() - n * 24 * 60 * 60 * 1000);

// Rows, written the way the app writes them (body_html is what Markdown renders; plain paragraphs suffice here).
let serial = 0;
async function makeUser(fields: { username?: string; name?: string } = {}) {
  const username = fields.username ?? `user${++serial}`;
  const id = randomUUID();
  await sql("INSERT INTO users (id, username, username_key, name) VALUES ($1, $2, $3, $4)", id, username, usernameKey(username), fields.name ?? username);
  return { id, username };
}
async function makeBoard(fields: { slug?: string; name?: string; archived?: boolean } = {}) {
  const slug = fields.slug ?? `board${++serial}`;
  const { rows } = await sql("INSERT INTO boards (slug, name, archived) VALUES ($1, $2, $3) RETURNING id", slug, fields.name ?? slug, fields.archived ?? false);
  return { id: rows[0].id as number, slug };
}
async function makePost(board: { id: number }, author: { id: string }, fields: { title?: string; body?: string; status?: string; createdAt?: Date } = {}) {
  const body = fields.body ?? "Body";
  const at = fields.createdAt ?? new Date();
  const { rows } = await sql(
    `INSERT INTO posts (board_id, author_id, title, body_source, body_html, status, created_at, last_activity_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
    board.id, author.id, fields.title ?? "Title", body, `<p>${escapeHtml(body)}</p>`, fields.status ?? "published", at,
  );
  return { id: rows[0].id as number };
}
async function makeComment(post: { id: number }, author: { id: string }, fields: { body?: string; status?: string } = {}) {
  const body = fields.body ?? "Comment";
  const { rows } = await sql(
    `INSERT INTO comments (post_id, author_id, path, body_source, body_html, status) VALUES ($1, $2, '', $3, $4, $5) RETURNING id`,
    post.id, author.id, body, `<p>${escapeHtml(body)}</p>`, fields.status ?? "published",
  );
  return { id: rows[0].id as number };
}

type Request = { query: string; board?: string; author?: string };
type Found = { ok: true; keys: string[]; more: boolean; terms: SearchTerm[]; dropped: number } | { ok: false; problem: string };

/** search() of lib/search/search.ts, with its SQL from search-pg-sql.ts and results newest first. */
async function searchPg(request: Request): Promise<Found> {
  const authorOnly = request.query.trim() === "" && Boolean(request.author?.trim());
  const parsed: ParsedQuery = authorOnly ? { ok: true, terms: [], dropped: 0 } : parseQuery(request.query);
  if (!parsed.ok) return parsed;
  let boardId: number | null = null;
  let authorId: string | null = null;
  if (request.board) {
    boardId = (await run<{ id: number }>(pgBoardIdQuery(request.board)))[0]?.id ?? null;
    if (boardId === null) return { ok: false, problem: "unknownBoard" };
  }
  if (request.author?.trim()) {
    const typed = request.author.trim();
    authorId = (await run<{ id: string }>(pgAuthorByUsernameKeyQuery(usernameKey(typed.replace(/^@/, "")))))[0]?.id ?? null;
    if (!authorId) {
      const byName = await run<{ id: string }>(pgAuthorsByNameQuery(typed));
      if (byName.length !== 1) return { ok: false, problem: byName.length === 0 ? "unknownAuthor" : "ambiguousAuthor" };
      authorId = byName[0]!.id;
    }
  }
  const options = { limit: MAX_MATCHES_PER_KIND, withText: true };
  const found: { kind: PgKind; id: number; createdAt: number }[] = [];
  let more = false;
  for (const kind of ["post", "comment"] as const) {
    const rows = authorOnly ? await run<{ id: number; createdAt: number }>(pgNewestByQuery(kind, authorId!, options)) : await windowed(kind, parsed.terms, { boardId, authorId });
    more ||= rows.length >= MAX_MATCHES_PER_KIND;
    found.push(...rows.map((r) => ({ kind, id: r.id, createdAt: r.createdAt })));
  }
  found.sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
  return { ok: true, keys: found.map((f) => `${f.kind}:${f.id}`), more, terms: parsed.terms, dropped: parsed.dropped };
}

/** The newest matches, window by window as pgNextWindow() sizes them. */
const windowed = (kind: PgKind, terms: SearchTerm[], scope: { boardId: number | null; authorId: string | null }) =>
  pgNewestMatches((query) => run<PgCandidateRow>(query), kind, terms, scope, { limit: MAX_MATCHES_PER_KIND, withText: true });

async function keys(request: Request | string): Promise<string[]> {
  const outcome = await searchPg(typeof request === "string" ? { query: request } : request);
  if (!outcome.ok) throw new Error(`expected results, got ${outcome.problem}`);
  return outcome.keys;
}
const postKey = (post: { id: number }) => `post:${post.id}`;
const commentKey = (comment: { id: number }) => `comment:${comment.id}`;

/** Many newer posts at once, by SQL. */
async function manyPosts(board: { id: number }, author: { id: string }, count: number, body: string) {
  await sql(
    `INSERT INTO posts (board_id, author_id, title, body_source, body_html, last_activity_at)
     SELECT $1, $2, 'Post', $3, '', now() FROM generate_series(1, $4)`,
    board.id, author.id, body, count,
  );
}

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

  it("matches a quoted Korean phrase only with its words in that order, across a line break", async () => {
    const board = await makeBoard();
    const post = await makePost(board, await makeUser(), { body: "오늘 아침\n산책은 상쾌했다" });
    await makePost(board, await makeUser(), { body: "산책 아침 체조" });
    expect(await keys('"아침 산책"')).toEqual([postKey(post)]);
  });

  it("does not join a fragment across a post's title and body", async () => {
    await makePost(await makeBoard(), await makeUser(), { title: "김치", body: "찌개" });
    expect(await keys("치찌")).toEqual([]);
  });

  it("finds an English word glued to a Korean particle, and the particle", async () => {
    const post = await makePost(await makeBoard(), await makeUser(), { body: "요즘 Notion이랑 iPhone으로 정리해요" });
    expect(await keys("notion")).toEqual([postKey(post)]);
    expect(await keys("iphone")).toEqual([postKey(post)]);
    expect(await keys("이랑")).toEqual([postKey(post)]);
    expect(await keys("iPhone으로")).toEqual([postKey(post)]);
  });

  it("finds a fragment whose only Korean is one syllable before other letters", async () => {
    const board = await makeBoard();
    const post = await makePost(board, await makeUser(), { body: "플랜김a 세트" });
    await makePost(board, await makeUser(), { body: "김 a" });
    expect(await keys("김a")).toEqual([postKey(post)]);
  });

  it("asks for more than one syllable instead of searching for it", async () => {
    expect(await searchPg({ query: "김" })).toEqual({ ok: false, problem: "tooShort" });
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
    expect(await keys("Café")).toEqual([postKey(post)]);
    expect(await keys("cat")).toEqual([]);
    expect(await keys("coffeehouse")).not.toContain(postKey(post));
  });

  it("reads addresses and hyphenated words as plain words, as SQLite does", async () => {
    const post = await makePost(await makeBoard(), await makeUser(), { body: "Mail kim@example.com or see https://rapport.example/docs, e-mail" });
    expect(await keys("example")).toEqual([postKey(post)]);
    expect(await keys("docs")).toEqual([postKey(post)]);
    expect(await keys("e-mail")).toEqual([postKey(post)]);
    expect(await keys('"mail kim"')).toEqual([postKey(post)]);
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
    const all = await searchPg({ query: "river" });
    expect(all.ok && all.more).toBe(true);
  });

  it("takes a display name as well as a username, and asks for the username when two members share the name", async () => {
    const board = await makeBoard();
    const minji = await makeUser({ username: "minji", name: "김민지" });
    const mine = await makePost(board, minji, { body: "garden tomato" });
    await makePost(board, await makeUser({ username: "other" }), { body: "garden tomato" });
    expect(await keys({ query: "tomato", author: "김민지" })).toEqual([postKey(mine)]);
    await makeUser({ username: "minji2", name: "김민지" });
    expect(await searchPg({ query: "tomato", author: "김민지" })).toEqual({ ok: false, problem: "ambiguousAuthor" });
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
    expect(await keys({ query: "  ", author: "kim" })).toEqual([commentKey(reply), postKey(newer), postKey(older)]);
    expect(await searchPg({ query: "", author: "nobody" })).toEqual({ ok: false, problem: "unknownAuthor" });
  });

  it("says so when the board or the author does not exist", async () => {
    await makePost(await makeBoard({ slug: "free" }), await makeUser(), { body: "tomato" });
    expect(await searchPg({ query: "tomato", board: "nope" })).toEqual({ ok: false, problem: "unknownBoard" });
    expect(await searchPg({ query: "tomato", author: "nobody" })).toEqual({ ok: false, problem: "unknownAuthor" });
  });
});

describe("results", () => {
  it("carry what ranking needs, and highlight as on SQLite", async () => {
    const board = await makeBoard();
    const createdAt = daysAgo(3);
    const post = await makePost(board, await makeUser(), { title: "Kimchi stew", body: "Add kimchi; more Kimchi is better. 오늘은 김치찌개를 끓였다", createdAt });
    const terms = (parseQuery("kimchi 찌개") as { terms: SearchTerm[] }).terms;
    const [row] = await run<{ id: number; createdAt: number; activeAt: number; title: string; body: string }>(
      pgMatchQuery("post", terms, { boardId: null, authorId: null }, { limit: 10, withText: true }),
    );
    expect(row).toEqual({ id: post.id, createdAt: createdAt.getTime(), activeAt: createdAt.getTime(), title: "Kimchi stew", body: expect.stringContaining("Add kimchi") });
    const [stored] = (await sql("SELECT title, body_html FROM posts WHERE id = $1", post.id)).rows;
    expect(highlight(stored.title, terms)).toBe("<mark>Kimchi</mark> stew");
    expect(snippet(htmlToText(stored.body_html), terms)).toBe("Add <mark>kimchi</mark>; more <mark>Kimchi</mark> is better. 오늘은 김치<mark>찌개</mark>를 끓였다");
  });

  it("come back without text when ranking does not need it", async () => {
    await makePost(await makeBoard(), await makeUser(), { title: "Kimchi", body: "kimchi" });
    const terms = (parseQuery("kimchi") as { terms: SearchTerm[] }).terms;
    const [row] = await run(pgMatchQuery("post", terms, { boardId: null, authorId: null }, { limit: 10, withText: false }));
    expect(row).toMatchObject({ title: "", body: "" });
  });
});

describe("visibility", () => {
  it("never finds held, removed or deleted posts and comments", async () => {
    const board = await makeBoard();
    const author = await makeUser();
    const visible = await makePost(board, author, { body: "festival 축제" });
    for (const status of ["held", "removed", "deleted"]) {
      await makePost(board, author, { body: "festival 축제", status });
      await makeComment(visible, author, { body: "festival 축제", status });
    }
    expect(await keys("festival")).toEqual([postKey(visible)]);
    expect(await keys("축제")).toEqual([postKey(visible)]);
  });

  it("drops a post and its comments when the post stops being published, and brings them back on restore", async () => {
    const board = await makeBoard();
    const post = await makePost(board, await makeUser(), { body: "guitar" });
    const comment = await makeComment(post, await makeUser(), { body: "guitar 기타" });
    for (const status of ["held", "removed", "deleted"]) {
      await sql("UPDATE posts SET status = $1 WHERE id = $2", status, post.id);
      expect(await keys("guitar")).toEqual([]);
      expect(await keys("기타")).toEqual([]);
      await sql("UPDATE posts SET status = 'published' WHERE id = $1", post.id);
      expect((await keys("guitar")).sort()).toEqual([commentKey(comment), postKey(post)].sort());
    }
  });

  it("never finds anything from an archived board", async () => {
    const open = await makeBoard();
    const archived = await makeBoard({ archived: true });
    const visible = await makePost(open, await makeUser(), { body: "noodle" });
    await makeComment(await makePost(archived, await makeUser(), { body: "noodle 국수" }), await makeUser(), { body: "noodle 국수" });
    expect(await keys("noodle")).toEqual([postKey(visible)]);
    expect(await keys("국수")).toEqual([]);
    const later = await makeComment(visible, await makeUser(), { body: "noodle" });
    await sql("UPDATE boards SET archived = true WHERE id = $1", open.id);
    expect(await keys("noodle")).toEqual([]);
    await sql("UPDATE boards SET archived = false WHERE id = $1", open.id);
    expect((await keys("noodle")).sort()).toEqual([commentKey(later), postKey(visible)].sort());
  });

  it("finds older posts behind many newer matches in an archived board", async () => {
    const open = await makeBoard();
    const archived = await makeBoard();
    const visible = await makePost(open, await makeUser(), { body: "old noodle", createdAt: daysAgo(30) });
    await manyPosts(archived, await makeUser(), MAX_MATCHES_PER_KIND + 10, "new noodle");
    await sql("UPDATE boards SET archived = true WHERE id = $1", archived.id);
    expect(await keys("noodle")).toEqual([postKey(visible)]);
  });

  it("follows a post moved to another board", async () => {
    const from = await makeBoard({ slug: "from" });
    const to = await makeBoard({ slug: "to" });
    const post = await makePost(from, await makeUser(), { body: "piano" });
    const comment = await makeComment(post, await makeUser(), { body: "piano" });
    await sql("UPDATE posts SET board_id = $1 WHERE id = $2", to.id, post.id);
    expect(await keys({ query: "piano", board: "from" })).toEqual([]);
    expect((await keys({ query: "piano", board: "to" })).sort()).toEqual([commentKey(comment), postKey(post)].sort());
  });
});

describe("edits", () => {
  it("forgets the old words of an edited post or comment and finds the new ones", async () => {
    const post = await makePost(await makeBoard(), await makeUser(), { title: "Old title", body: "old body about 사과" });
    await sql("UPDATE posts SET title = 'Fresh title', body_source = 'new body about 토마토' WHERE id = $1", post.id);
    expect(await keys("old")).toEqual([]);
    expect(await keys("사과")).toEqual([]);
    expect(await keys("fresh")).toEqual([postKey(post)]);
    expect(await keys("토마토")).toEqual([postKey(post)]);
    const comment = await makeComment(post, await makeUser(), { body: "winter coat" });
    await sql("UPDATE comments SET body_source = 'summer hat 여름' WHERE id = $1", comment.id);
    expect(await keys("winter")).toEqual([]);
    expect(await keys("summer")).toEqual([commentKey(comment)]);
    expect(await keys("여름")).toEqual([commentKey(comment)]);
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
    ["", "empty"],
    [noise, "tooLong"],
  ])("answers %j with a message", async (query, problem) => {
    expect(await searchPg({ query })).toEqual({ ok: false, problem });
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
    ["coffee & garden | !tea <-> 'x'", 0],
    ["coffee's garden:*", 0],
    ["%_ coffee \\", 1],
    [noise.slice(0, 190), 0],
  ])("searches %j as plain words without an error", async (query, count) => {
    expect(await keys(query)).toHaveLength(count);
  });

  it("treats NUL and other control characters as spaces instead of failing", async () => {
    const post = await makePost(await makeBoard(), await makeUser(), { title: "alpha beta", body: "alpha and beta together" });
    expect(await keys("alpha\u0000beta")).toEqual([postKey(post)]);
    expect(await keys("\u0007beta\u007f")).toEqual([postKey(post)]);
  });
});

describe("windows", () => {
  it("start with the newest 2,000 ids, and read every id when there are no more than that", () => {
    expect(pgNextWindow(100_000, null, 0, 500)).toBe(2_000);
    expect(pgNextWindow(1_500, null, 0, 500)).toBeNull();
    expect(pgNextWindow(null, null, 0, 500)).toBeNull();
  });

  it("widen in proportion to the matches found, with a margin, at least doubling", () => {
    // 4 of 500 in 2,000 ids: 1.5 x 2,000 x 500 / 4.
    expect(pgNextWindow(1_000_000, 2_000, 4, 500)).toBe(375_000);
    expect(pgNextWindow(100_000, 2_000, 33, 500)).toBe(45_455);
    // Nearly a page already: still twice as wide, so the walk always ends.
    expect(pgNextWindow(1_000_000, 2_000, 499, 500)).toBe(4_000);
  });

  it("go straight to every id when a window found nothing, or the next would reach the oldest id", () => {
    expect(pgNextWindow(1_000_000, 2_000, 0, 500)).toBeNull();
    expect(pgNextWindow(1_000_000, 2_000, 1, 500)).toBeNull();
    expect(pgNextWindow(1_000_000, 600_000, 400, 500)).toBeNull();
  });

  it("find the same newest matches as reading every id, and a rare match far back", async () => {
    const board = await makeBoard();
    const author = await makeUser();
    await makePost(board, author, { body: "narwhal 일각고래" });
    await sql(
      `INSERT INTO posts (board_id, author_id, title, body_source, body_html, last_activity_at)
       SELECT $1, $2, 'Post', CASE WHEN i % 3 = 0 THEN 'walrus 바다코끼리' || CASE WHEN i % 2 = 0 THEN E'\n' ELSE '  ' END || '물범' ELSE 'seal 물개' END,
         '', now() FROM generate_series(1, 6000) AS i`,
      board.id, author.id,
    );
    for (const query of ["walrus", "코끼리", "seal 물개", '"코끼리 물범"']) {
      const terms = (parseQuery(query) as { terms: SearchTerm[] }).terms;
      const everything = await run<{ id: number }>(pgMatchQuery("post", terms, { boardId: null, authorId: null }, { limit: MAX_MATCHES_PER_KIND, withText: false }));
      expect(everything).toHaveLength(MAX_MATCHES_PER_KIND);
      expect((await windowed("post", terms, { boardId: null, authorId: null })).map((r) => r.id)).toEqual(everything.map((r) => r.id));
    }
    expect(await keys("narwhal")).toEqual(["post:1"]);
    expect(await keys("각고")).toEqual(["post:1"]);
    expect(await keys("일각고래")).toEqual(["post:1"]);
  });
});

describe("indexes", () => {
  const plan = async (query: PgQuery) => {
    const client = await pool.connect();
    try {
      // On a handful of rows a sequential scan is cheapest; forbid it to see which index the query can use.
      await client.query("SET enable_seqscan = off");
      const { rows } = await client.query(`EXPLAIN ${query.text}`, query.values);
      return rows.map((r: { "QUERY PLAN": string }) => r["QUERY PLAN"]).join("\n");
    } finally {
      await client.query("RESET enable_seqscan");
      client.release();
    }
  };
  const terms = (text: string) => (parseQuery(text) as { terms: SearchTerm[] }).terms;
  const everywhere = { boardId: null, authorId: null };
  const options = { limit: 500, withText: true };

  it("answer words and Korean fragments from the migration's indexes", async () => {
    // Enough varied rows that a selective term is cheapest through its index, as on a real forum.
    const board = await makeBoard();
    const author = await makeUser();
    await sql(
      `INSERT INTO posts (board_id, author_id, title, body_source, body_html, last_activity_at)
       SELECT $1, $2, 'Post ' || i, md5(i::text) || ' 글' || chr(44032 + i % 11172) || chr(44032 + (i * 7) % 11172), '', now()
       FROM generate_series(1, 5000) AS i`,
      board.id, author.id,
    );
    const post = await makePost(board, author, { body: "coffee 찌개" });
    await makeComment(post, author, { body: "coffee 찌개" });
    await sql(
      `INSERT INTO comments (post_id, author_id, path, body_source, body_html)
       SELECT $1, $2, '', md5(i::text) || ' 글' || chr(44032 + i % 11172) || chr(44032 + (i * 7) % 11172), '' FROM generate_series(1, 5000) AS i`,
      post.id, author.id,
    );
    // VACUUM moves the rows from the GIN indexes' pending lists into the indexes proper, as autovacuum would.
    await sql("VACUUM ANALYZE posts");
    await sql("VACUUM ANALYZE comments");
    for (const kind of ["post", "comment"] as const) {
      const index = `search_${kind}s_idx`;
      expect(await plan(pgMatchQuery(kind, terms("coffee"), everywhere, options))).toContain(index);
      expect(await plan(pgMatchQuery(kind, terms("찌개"), everywhere, options))).toContain(index);
      // Words and a fragment together: one scan of the one index, which intersects them, not one term's rows
      // fetched and filtered by the other.
      const mixed = await plan(pgMatchQuery(kind, terms("coffee 찌개"), everywhere, options));
      const conditions = mixed.split("\n").filter((line) => line.includes("Index Cond") && line.includes("search_words"));
      expect(conditions).toHaveLength(1);
      expect(conditions[0]).toContain("search_words @@");
      expect(conditions[0]).toContain("@> '{찌개}'");
      expect(mixed).not.toMatch(/Filter: .*(search_words|rapport_bigrams)/);
    }
  });

  it("ask the index for a phrase's word pairs, so only rows holding every pair have their positions checked", async () => {
    /** What one SQL function of the migration makes of a text, as text. */
    const asText = async (fn: "rapport_phrase_query" | "rapport_search_words", text: string) =>
      (await run<{ v: string }>({ text: `SELECT public.${fn}($1)::text AS v`, values: [text] }))[0]!.v;
    // Two words are one pair, exact on its own: no positions to check.
    expect(await asText("rapport_phrase_query", "Morning, walk")).toBe("'morning walk'");
    // ASCII punctuation, quotes and backslashes included, is read as a space; a lexeme never carries syntax.
    expect(await asText("rapport_phrase_query", "a\\b it's")).toBe("'a b' & 'b it' & 'it s' & 'a' <-> 'b' <-> 'it' <-> 's'");
    expect(await asText("rapport_phrase_query", "coffee")).toBe("'coffee'");
    const words = await asText("rapport_search_words", "the morning walk 아침 산책");
    expect(words).toContain("'morning walk'");
    expect(words).toContain("'아침 산책'");
    // "walk the" is no pair: the words are not next to each other in that order.
    expect(words).not.toContain("'walk the'");
  });
});
