// Search over visible posts and comments: one page of ranked results for a query, and rebuilding the index.
//
// The index (db/migrations/0003_search.sql) holds only visible text, kept in step by triggers, in two contentless
// FTS5 indexes per kind. The unicode61 one matches whole words of any script and case ("Coffee" finds "coffee", not
// "coffeehouse") and quoted phrases; the trigram one holds only text with Hangul, kana or Han, where a word is
// found inside longer words ("찌개" in "김치찌개"). A query with such a term searches the trigram index, and any
// Latin words in it are confirmed as whole words against the unicode61 index row by row. Trigrams need three
// characters, so a two-character term is expanded into the trigrams that start with it (the text is indexed with a
// trailing space, so every occurrence starts one); a single character is refused as too short. The unicode61 index
// reads text with a space wherever Hangul meets another script (db/search-functions.ts, migration 0009), so an
// English word glued to a Korean particle ("Notion이랑", "iPhone으로") is found by the bare word.
//
// Board and author filters are scope tokens inside the index, so FTS5 intersects them with the text; archived
// boards are excluded the same way at query time, which keeps archiving a board instant. A query reads only the
// newest MAX_MATCHES_PER_KIND matches of each kind (the rowid is the post or comment id, so newest comes first and
// cheapest) and ranks those here, BM25-style with title matches weighing more, divided by an age decay; `sort=new`
// orders them by date. FTS5's own bm25() is not used: it counts every match of every phrase across the whole index,
// scope tokens included, which costs tens of milliseconds for a common word on a large forum.
//
// On PostgreSQL the same search runs on its own indexes (db/migrations-pg/0001_search.sql and 0002_search_pairs.sql:
// full-text search for words and word pairs, and bigrams for Korean fragments, in one GIN index per table) through lib/search/search-pg-sql.ts; parsing, ranking, paging and
// highlighting are this file's, for both engines. Each engine is a SearchEngine below.
import "server-only";
import type Database from "better-sqlite3";
import { eq, inArray } from "drizzle-orm";
import { getDb, getPgClient, getReadSqlite, usesPostgres, withWriter } from "@/db";
import { boards, comments, posts, users } from "@/db/schema";
import { SEARCH_INDEX_TABLES, searchIndexStatements } from "@/db/search-index";
import { PAGE_SIZE } from "../pagination";
import { commentHref } from "../content/comment-pages";
import { postHref } from "../routes";
import {
  countTerms,
  foldText,
  gramsExpression,
  highlight,
  htmlToText,
  parseQuery,
  shortGramTerms,
  snippet,
  termMatchers,
  wordsExpression,
  type ParsedQuery,
  type QueryProblem,
  type Scope,
  type SearchTerm,
} from "./query";
import { usernameKey } from "../accounts/usernames";
import {
  PG_SEARCH_BOARDS_QUERY,
  pgAuthorByUsernameKeyQuery,
  pgAuthorsByNameQuery,
  pgBoardIdQuery,
  pgNewestByQuery,
  pgNewestMatches,
  type PgCandidateRow,
  type PgQuery,
} from "./search-pg-sql";

export const SEARCH_SORTS = ["relevance", "new"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Each kind contributes at most its newest this-many matches: that bounds the work of a query matching everything. */
export const MAX_MATCHES_PER_KIND = 500;
/** A match this many days old needs twice the text relevance of one from today. */
export const RECENCY_HALF_WEIGHT_DAYS = 90;
/** A two-character term stands for at most this many trigrams (more than a common word has; the rest are ignored). */
export const MAX_TERM_EXPANSIONS = 100;
/**
 * A query mixing Korean and Latin words confirms the Latin ones row by row (about 30 µs a row on a large forum)
 * among at most this many newest trigram matches; older matches of such a query can be missed.
 */
export const MAX_CONFIRMED_ROWS = 2_000;
/** A title occurrence counts as this many body occurrences. */
const TITLE_WEIGHT = 5;
/** Ranking reads at most this much of each body: enough to count occurrences, bounded for very long posts. */
const RANKED_TEXT_CHARS = 4_000;
const BM25_K1 = 1.2;
const BM25_B = 0.75;
const DAY_MS = 24 * 60 * 60 * 1000;

export type SearchRequest = { query: string; board?: string | null; author?: string | null; sort?: SearchSort; page?: number };

export type SearchResult = {
  kind: "post" | "comment";
  /** The post's id, or the comment's. */
  id: number;
  href: string;
  /** The post title as HTML: escaped text, with matches in <mark>. */
  titleHtml: string;
  /** Up to SNIPPET_LENGTH characters of the body around the first match, escaped, matches in <mark>. */
  snippetHtml: string;
  board: { slug: string; name: string };
  author: { username: string; name: string };
  createdAt: Date;
};

export type SearchProblem = QueryProblem | "unknownBoard" | "unknownAuthor" | "ambiguousAuthor";

export type SearchOutcome =
  | {
      ok: true;
      terms: SearchTerm[];
      /** Terms past MAX_TERMS that were not searched. */
      dropped: number;
      results: SearchResult[];
      total: number;
      /** True when a kind had more matches than MAX_MATCHES_PER_KIND: there are more than `total`. */
      more: boolean;
      page: number;
      pageCount: number;
    }
  | { ok: false; problem: SearchProblem };

type Kind = "post" | "comment";
const TABLES = {
  post: { words: "search_post_words", grams: "search_post_grams", vocabulary: "search_post_gram_terms", columns: "title body" },
  comment: { words: "search_comment_words", grams: "search_comment_grams", vocabulary: "search_comment_gram_terms", columns: "body" },
} as const;

// The SQL differs only by table, so a handful of statements serve every query; prepared once per connection, on the
// reader connection (db/index.ts), which sees only committed writing.
const prepared = new WeakMap<Database.Database, Map<string, Database.Statement>>();
function statement(sql: string): Database.Statement {
  const sqlite = getReadSqlite();
  let cache = prepared.get(sqlite);
  if (!cache) prepared.set(sqlite, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) cache.set(sql, (stmt = sqlite.prepare(sql)));
  return stmt;
}

type Candidate = { kind: Kind; id: number; createdAt: number; activeAt: number; title: string; body: string };

/** What each engine answers; everything else (parsing, ranking, paging, highlighting) is shared. */
type SearchEngine = {
  boards(): Promise<{ slug: string; name: string }[]>;
  /** An open board's id by its slug, or null. */
  boardId(slug: string): Promise<number | null>;
  authorByUsernameKey(key: string): Promise<string | undefined>;
  /** Up to two members with this display name, case-insensitively. */
  authorsByName(name: string): Promise<string[]>;
  /** Boards whose writing a search leaves out; SQLite's index scopes need them listed, PostgreSQL joins boards. */
  archivedBoardIds(): Promise<number[]>;
  /** The newest visible matches of one kind, at most MAX_MATCHES_PER_KIND, with their text when ranking. */
  matches(kind: Kind, terms: SearchTerm[], scope: Scope, withText: boolean): Promise<Candidate[]>;
  /** The newest visible writing of one kind by the scope's author (in the scope's board, when it has one). */
  newestBy(kind: Kind, scope: Scope, withText: boolean): Promise<Candidate[]>;
};

const sqliteEngine: SearchEngine = {
  boards: async () => statement("SELECT slug, name FROM boards WHERE archived = 0 ORDER BY position, id").all() as { slug: string; name: string }[],
  boardId: async (slug) => (statement("SELECT id FROM boards WHERE slug = ? AND archived = 0").pluck().get(slug) as number | undefined) ?? null,
  authorByUsernameKey: async (key) => statement("SELECT id FROM users WHERE username_key = ?").pluck().get(key) as string | undefined,
  authorsByName: async (name) => statement("SELECT id FROM users WHERE name = ? COLLATE NOCASE LIMIT 2").pluck().all(name) as string[],
  archivedBoardIds: async () => statement("SELECT id FROM boards WHERE archived = 1").pluck().all() as number[],
  matches: async (kind, terms, scope, withText) => candidates(kind, matchIds(kind, terms, scope), scope, withText),
  newestBy: async (kind, scope, withText) => candidates(kind, newestBy(kind, scope.authorId!), scope, withText),
};

const pgRows = async <T>(query: PgQuery): Promise<T[]> => (await getPgClient().query(query.text, query.values)).rows as T[];
const pgCandidates = (kind: Kind, rows: PgCandidateRow[]): Candidate[] =>
  rows.map((row) => ({ ...row, kind, createdAt: Number(row.createdAt), activeAt: Number(row.activeAt) }));

const postgresEngine: SearchEngine = {
  boards: () => pgRows({ text: PG_SEARCH_BOARDS_QUERY, values: [] }),
  boardId: async (slug) => (await pgRows<{ id: number }>(pgBoardIdQuery(slug)))[0]?.id ?? null,
  authorByUsernameKey: async (key) => (await pgRows<{ id: string }>(pgAuthorByUsernameKeyQuery(key)))[0]?.id,
  authorsByName: async (name) => (await pgRows<{ id: string }>(pgAuthorsByNameQuery(name))).map((row) => row.id),
  archivedBoardIds: async () => [],
  matches: async (kind, terms, scope, withText) =>
    pgCandidates(kind, await pgNewestMatches(pgRows, kind, terms, scope, { limit: MAX_MATCHES_PER_KIND, withText })),
  newestBy: async (kind, scope, withText) =>
    pgCandidates(kind, await pgRows(pgNewestByQuery(kind, scope.authorId!, { limit: MAX_MATCHES_PER_KIND, withText }, scope.boardId))),
};

const engine = (): SearchEngine => (usesPostgres() ? postgresEngine : sqliteEngine);

/** The open boards a search can be narrowed to, in display order. */
export function listSearchBoards(): Promise<{ slug: string; name: string }[]> {
  return engine().boards();
}

/**
 * One page of results, or the reason there are none. Reader input never reaches SQL, and reaches MATCH only quoted.
 * An author with no words lists that member's writing, newest first.
 */
export async function search(request: SearchRequest, now = Date.now()): Promise<SearchOutcome> {
  const authorOnly = request.query.trim() === "" && Boolean(request.author?.trim());
  const parsed: ParsedQuery = authorOnly ? { ok: true, terms: [], dropped: 0 } : parseQuery(request.query);
  if (!parsed.ok) return parsed;
  const scope = await resolveScope(request);
  if ("problem" in scope) return { ok: false, problem: scope.problem };
  const sort = authorOnly ? "new" : (request.sort ?? "relevance");
  const page = Math.max(1, Math.floor(request.page ?? 1));
  let more = false;
  const found: Candidate[] = [];
  for (const kind of ["post", "comment"] as const) {
    const withText = sort === "relevance";
    const rows = authorOnly ? await engine().newestBy(kind, scope, withText) : await engine().matches(kind, parsed.terms, scope, withText);
    more ||= rows.length >= MAX_MATCHES_PER_KIND;
    found.push(...rows);
  }
  const ordered = sort === "new" ? found.sort(byDate) : rank(found, parsed.terms, now);
  const pageRows = ordered.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  return {
    ok: true,
    terms: parsed.terms,
    dropped: parsed.dropped,
    results: await loadResults(pageRows, parsed.terms),
    total: found.length,
    more,
    page,
    pageCount: Math.max(1, Math.ceil(found.length / PAGE_SIZE)),
  };
}

/** SQLite: a member's newest posts or comments, for an author filter with no words; candidates() keeps the visible ones. */
function newestBy(kind: Kind, authorId: string): number[] {
  const table = kind === "post" ? "posts" : "comments";
  return statement(`SELECT id FROM ${table} WHERE author_id = ? AND status = 'published' ORDER BY id DESC LIMIT ?`)
    .pluck()
    .all(authorId, MAX_MATCHES_PER_KIND) as number[];
}

async function resolveScope(request: SearchRequest): Promise<Scope | { problem: SearchProblem }> {
  let boardId: number | null = null;
  let authorId: string | null = null;
  if (request.board) {
    boardId = await engine().boardId(request.board);
    if (boardId === null) return { problem: "unknownBoard" };
  }
  if (request.author?.trim()) {
    const author = await findAuthor(request.author.trim());
    if (typeof author !== "string") return author;
    authorId = author;
  }
  return { boardId, authorId, archivedBoardIds: await engine().archivedBoardIds() };
}

/**
 * The member an author filter names: by username (an "@" in front is fine), else by display name, which is not unique:
 * a name two members share asks for the username instead of guessing.
 */
async function findAuthor(typed: string): Promise<string | { problem: SearchProblem }> {
  const byUsername = await engine().authorByUsernameKey(usernameKey(typed.replace(/^@/, "")));
  if (byUsername) return byUsername;
  const byName = await engine().authorsByName(typed.normalize("NFC"));
  if (byName.length === 1) return byName[0]!;
  return { problem: byName.length === 0 ? "unknownAuthor" : "ambiguousAuthor" };
}

/** SQLite: the ids of the newest matches of one kind, newest first. */
function matchIds(kind: Kind, terms: SearchTerm[], scope: Scope): number[] {
  const table = TABLES[kind];
  const words = terms.filter((t) => t.index === "words");
  if (words.length === terms.length) {
    return statement(`SELECT rowid FROM ${table.words} WHERE ${table.words} MATCH ? ORDER BY rowid DESC LIMIT ?`)
      .pluck()
      .all(wordsExpression(terms, table.columns, scope), MAX_MATCHES_PER_KIND) as number[];
  }
  const expansions = new Map<string, string[]>();
  for (const term of shortGramTerms(terms)) {
    const trigrams = expandTerm(table.vocabulary, term);
    if (trigrams.length === 0) return [];
    expansions.set(term, trigrams);
  }
  const grams = gramsExpression(terms, expansions, table.columns, scope);
  const newest = `SELECT rowid AS id FROM ${table.grams} WHERE ${table.grams} MATCH ? ORDER BY rowid DESC`;
  if (words.length === 0) return statement(`${newest} LIMIT ?`).pluck().all(grams, MAX_MATCHES_PER_KIND) as number[];
  const confirm = wordsExpression(words, table.columns, { boardId: null, authorId: null, archivedBoardIds: [] });
  return statement(
    `SELECT id FROM (${newest} LIMIT ?) AS g ` +
      `WHERE EXISTS (SELECT 1 FROM ${table.words} WHERE ${table.words} MATCH ? AND rowid = g.id) LIMIT ?`,
  )
    .pluck()
    .all(grams, MAX_CONFIRMED_ROWS, confirm, MAX_MATCHES_PER_KIND) as number[];
}

/** The trigrams of an index that begin with a two-character term: together they find every place it occurs. */
function expandTerm(vocabulary: string, term: string): string[] {
  const prefix = foldText(term);
  const chars = Array.from(prefix);
  const upper = chars.slice(0, -1).join("") + String.fromCodePoint(chars.at(-1)!.codePointAt(0)! + 1);
  return statement(`SELECT term FROM ${vocabulary} WHERE term >= ? AND term < ? LIMIT ${MAX_TERM_EXPANSIONS}`)
    .pluck()
    .all(prefix, upper) as string[];
}

/**
 * The matched rows, confirming what the index already guarantees (visible, in an open board, by the exact author),
 * with their dates and, for ranking, their text. The ids drive the join (CROSS JOIN fixes the order): left to
 * itself the planner would walk every published row instead.
 */
function candidates(kind: Kind, ids: number[], scope: Scope, withText: boolean): Candidate[] {
  if (ids.length === 0) return [];
  const text = (column: string) => (withText ? `substr(${column}, 1, ${RANKED_TEXT_CHARS})` : "''");
  const sql =
    kind === "post"
      ? `SELECT p.id, p.created_at AS createdAt, p.last_activity_at AS activeAt, ${withText ? "p.title" : "''"} AS title, ${text("p.body_source")} AS body
         FROM json_each(@ids) j CROSS JOIN posts p ON p.id = j.value CROSS JOIN boards b ON b.id = p.board_id
         WHERE p.status = 'published' AND b.archived = 0
           AND (@board IS NULL OR p.board_id = @board) AND (@author IS NULL OR p.author_id = @author)`
      : `SELECT c.id, c.created_at AS createdAt, c.created_at AS activeAt, '' AS title, ${text("c.body_source")} AS body
         FROM json_each(@ids) j CROSS JOIN comments c ON c.id = j.value
           CROSS JOIN posts p ON p.id = c.post_id CROSS JOIN boards b ON b.id = p.board_id
         WHERE c.status = 'published' AND p.status = 'published' AND b.archived = 0
           AND (@board IS NULL OR p.board_id = @board) AND (@author IS NULL OR c.author_id = @author)`;
  const rows = statement(sql)
    .all({ ids: JSON.stringify(ids), board: scope.boardId, author: scope.authorId }) as Omit<Candidate, "kind">[];
  return rows.map((row) => ({ ...row, kind }));
}

const byDate = (a: Candidate, b: Candidate) => b.createdAt - a.createdAt || b.id - a.id;

/**
 * BM25 over the candidates (each kind against its own average length; a title occurrence counts TITLE_WEIGHT
 * times), divided by 1 + age / RECENCY_HALF_WEIGHT_DAYS so that recent threads come first among equals.
 */
function rank(found: Candidate[], terms: SearchTerm[], now: number): Candidate[] {
  const matchers = termMatchers(terms);
  const average = new Map<Kind, number>();
  for (const kind of ["post", "comment"] as const) {
    const ofKind = found.filter((c) => c.kind === kind);
    average.set(kind, ofKind.reduce((sum, c) => sum + c.title.length + c.body.length, 0) / Math.max(1, ofKind.length) || 1);
  }
  const score = (c: Candidate) => {
    const inTitle = countTerms(c.title, matchers);
    const inBody = countTerms(c.body, matchers);
    const norm = 1 - BM25_B + (BM25_B * (c.title.length + c.body.length)) / average.get(c.kind)!;
    const text = inBody.reduce((sum, n, i) => {
      const tf = n + TITLE_WEIGHT * inTitle[i]!;
      return sum + (tf * (BM25_K1 + 1)) / (tf + BM25_K1 * norm);
    }, 0);
    return text / (1 + Math.max(0, now - c.activeAt) / (DAY_MS * RECENCY_HALF_WEIGHT_DAYS));
  };
  return found
    .map((c) => ({ c, s: score(c) }))
    .sort((a, b) => b.s - a.s || byDate(a.c, b.c))
    .map(({ c }) => c);
}

type ResultRow = { id: number; postId: number; title: string; bodyHtml: string; createdAt: Date; boardSlug: string; boardName: string; username: string; name: string };
const resultColumns = { postId: posts.id, title: posts.title, boardSlug: boards.slug, boardName: boards.name, username: users.username, name: users.name };

/** Titles, boards, authors and snippets for one page of matches, in the page's order. */
async function loadResults(rows: Candidate[], terms: SearchTerm[]): Promise<SearchResult[]> {
  const db = getDb();
  const idsOf = (kind: Kind) => rows.filter((r) => r.kind === kind).map((r) => r.id);
  const postIds = idsOf("post");
  const commentIds = idsOf("comment");
  const postRows: ResultRow[] = postIds.length
    ? await db
        .select({ ...resultColumns, id: posts.id, bodyHtml: posts.bodyHtml, createdAt: posts.createdAt })
        .from(posts)
        .innerJoin(boards, eq(boards.id, posts.boardId))
        .innerJoin(users, eq(users.id, posts.authorId))
        .where(inArray(posts.id, postIds))
    : [];
  const commentRows: ResultRow[] = commentIds.length
    ? await db
        .select({ ...resultColumns, id: comments.id, bodyHtml: comments.bodyHtml, createdAt: comments.createdAt })
        .from(comments)
        .innerJoin(posts, eq(posts.id, comments.postId))
        .innerJoin(boards, eq(boards.id, posts.boardId))
        .innerJoin(users, eq(users.id, comments.authorId))
        .where(inArray(comments.id, commentIds))
    : [];
  const toResult = async (kind: Kind, r: ResultRow): Promise<[string, SearchResult]> => [
    `${kind}:${r.id}`,
    {
      kind,
      id: r.id,
      href: kind === "post" ? postHref(r.boardSlug, r.id) : await commentHref(r.boardSlug, r.postId, r.id),
      titleHtml: highlight(r.title, terms),
      snippetHtml: snippet(htmlToText(r.bodyHtml), terms),
      board: { slug: r.boardSlug, name: r.boardName },
      author: { username: r.username, name: r.name },
      createdAt: r.createdAt,
    },
  ];
  const found = new Map(await Promise.all([...postRows.map((r) => toResult("post", r)), ...commentRows.map((r) => toResult("comment", r))]));
  return rows.map((r) => found.get(`${r.kind}:${r.id}`)).filter((r): r is SearchResult => r !== undefined);
}

/**
 * Empties and refills every search index from the posts and comments tables (the same statements the migration
 * backfills with), then merges each index into one segment. For an index damaged or built by an older migration.
 */
export async function rebuildSearchIndex(): Promise<{ posts: number; comments: number; ms: number }> {
  if (usesPostgres()) {
    // PostgreSQL's search columns are generated from the rows themselves; only the indexes over them can go stale.
    const started = performance.now();
    await pgRows({ text: "REINDEX TABLE posts", values: [] });
    await pgRows({ text: "REINDEX TABLE comments", values: [] });
    const count = async (table: string) =>
      Number((await pgRows<{ n: string }>({ text: `SELECT count(*) AS n FROM ${table} WHERE status = 'published'`, values: [] }))[0]!.n);
    return { posts: await count("posts"), comments: await count("comments"), ms: Math.round(performance.now() - started) };
  }
  return withWriter((sqlite) => {
    const started = performance.now();
    sqlite.transaction(() => {
      for (const table of SEARCH_INDEX_TABLES) sqlite.prepare(`INSERT INTO ${table}(${table}) VALUES ('delete-all')`).run();
      for (const statement of searchIndexStatements()) sqlite.prepare(statement).run();
    })();
    for (const table of SEARCH_INDEX_TABLES) sqlite.prepare(`INSERT INTO ${table}(${table}) VALUES ('optimize')`).run();
    const count = (table: string) => sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    return { posts: count(TABLES.post.words), comments: count(TABLES.comment.words), ms: Math.round(performance.now() - started) };
  });
}
