// Search on PostgreSQL: the query text and parameters for what lib/search/search.ts asks of SQLite's FTS5 indexes,
// built from the same parsed query (./query.ts). The builders are pure; pgNewestMatches() walks the id windows
// through a callback that runs each query on the caller's connection. The caller ranks, pages and highlights the rows
// exactly as for SQLite (rank(), loadResults(), snippet()).
//
// The index (db/migrations-pg/0001_search.sql, refined by 0002_search_pairs.sql) is one GIN index per table, on posts
// and comments, over the generated search_words column (words, and each pair of adjacent words for phrases) and the
// grams expression, whose text below is the migration's, character for character, so the planner can use it
// (tests/lib/search/search-pg.test.ts checks the plans). Unlike FTS5's scope tokens, board,
// author, visibility and archived boards are ordinary conditions here, so the newest MAX_MATCHES_PER_KIND rows
// returned are the newest that pass every filter, with nothing to confirm after. Reader input only ever travels as
// parameters ($1, $2...): never into the query text.
import type { Scope, SearchTerm } from "./query";

export type PgQuery = { text: string; values: unknown[] };
export type PgKind = "post" | "comment";

/** What each kind's grams index is built on (the migration's expression), and the columns strpos confirms in. */
export const PG_SEARCH_DOCUMENTS = {
  post: { alias: "p", document: "p.title || ' ' || p.body_source", columns: ["p.title", "p.body_source"] },
  comment: { alias: "c", document: "c.body_source", columns: ["c.body_source"] },
} as const;

/** The scripts the grams index holds (lib/search/query.ts's GRAM_SCRIPT, and the migration's rapport_bigrams()). */
const GRAM_CHAR = /[\uAC00-\uD7A3\u1100-\u11FF\u3131-\u318E\u3400-\u4DBF\u4E00-\u9FFF\u3041-\u30FF]/u;

/** Ranking reads at most this much of each body, as on SQLite. */
const RANKED_TEXT_CHARS = 4_000;

/** `minId`: read only ids of at least this (see pgNextWindow()). */
export type PgMatchOptions = { limit: number; withText: boolean; minId?: number | null };

/** The first window a search reads: the newest this-many ids of a kind. */
export const PG_FIRST_WINDOW = 2_000;
/** A next window is sized to hold this many times the matches still wanted, at the rate the last one found them. */
const WINDOW_MARGIN = 1.5;

/**
 * How many of the newest ids the next window reads, after a window of `width` ids found `found` matches where
 * `limit` were wanted; null reads every id. `maxId` is the kind's newest id (null: no rows).
 *
 * GIN indexes return matches in no order, so "the newest 500 matches" of a common word would fetch and sort every
 * match (tens of thousands of rows on a large forum, a second or more). A search therefore reads the newest ids first
 * and widens until a window returns `limit` rows: those are the newest matches overall, since the window holds the
 * newest ids. A common word stops in the first window (a BitmapAnd of its index and the primary key's range, tens of
 * milliseconds). Otherwise the next window is sized from the rate at which this one found matches, with a margin, so
 * that it likely fills the page in one more query: "morning walk" as a phrase, 4 matches in the newest 2,000 of
 * 1,000,000 comments, reads the newest 375,000 next instead of every id. A window that found nothing goes straight
 * to every id: for a rare term one index lookup, where widening windows would test their rows one by one ("펭귄":
 * 260 -> 115 ms).
 */
export function pgNextWindow(maxId: number | null, width: number | null, found: number, limit: number): number | null {
  let next: number;
  if (width === null) next = PG_FIRST_WINDOW;
  else if (found === 0) return null;
  else next = Math.max(2 * width, Math.ceil((WINDOW_MARGIN * width * limit) / found));
  return maxId !== null && next < maxId ? next : null;
}

/** The newest id of a kind, for pgNextWindow(). */
export const pgMaxIdQuery = (kind: PgKind): PgQuery => ({ text: `SELECT max(id) AS id FROM ${kind === "post" ? "posts" : "comments"}`, values: [] });

/** Collects parameters and hands back their placeholders. */
function parameters() {
  const values: unknown[] = [];
  return { values, add: (value: unknown) => (values.push(value), `$${values.length}`) };
}

/**
 * The columns a match returns: what search.ts's candidates() reads (id, createdAt and activeAt in epoch ms, and for
 * ranking the title and the start of the body).
 */
function candidateColumns(kind: PgKind, withText: boolean): string {
  const ms = (column: string) => `(extract(epoch FROM ${column}) * 1000)::float8 AS "${column.endsWith("last_activity_at") ? "activeAt" : "createdAt"}"`;
  if (kind === "post") {
    return [
      "p.id",
      ms("p.created_at"),
      ms("p.last_activity_at"),
      withText ? `p.title AS title` : `'' AS title`,
      withText ? `substr(p.body_source, 1, ${RANKED_TEXT_CHARS}) AS body` : `'' AS body`,
    ].join(", ");
  }
  return [
    "c.id",
    ms("c.created_at"),
    `(extract(epoch FROM c.created_at) * 1000)::float8 AS "activeAt"`,
    `'' AS title`,
    withText ? `substr(c.body_source, 1, ${RANKED_TEXT_CHARS}) AS body` : `'' AS body`,
  ].join(", ");
}

/** Visible (published, and a comment's post too), in an open board, and in the scope's board and author. */
function visibleFrom(kind: PgKind, scope: Pick<Scope, "boardId" | "authorId">, add: (value: unknown) => string): { from: string; where: string[] } {
  const where = kind === "post" ? ["p.status = 'published'", "NOT b.archived"] : ["c.status = 'published'", "p.status = 'published'", "NOT b.archived"];
  const from =
    kind === "post"
      ? "posts p JOIN boards b ON b.id = p.board_id"
      : "comments c JOIN posts p ON p.id = c.post_id JOIN boards b ON b.id = p.board_id";
  if (scope.boardId !== null) where.push(`p.board_id = ${add(scope.boardId)}`);
  if (scope.authorId !== null) where.push(`${kind === "post" ? "p" : "c"}.author_id = ${add(scope.authorId)}`);
  return { from, where };
}

/**
 * The newest visible rows of one kind matching every term, newest first, at most `limit`, as candidate rows.
 * "words" terms match whole words or phrases (in the title or the body of a post; the index is asked for a phrase's
 * adjacent pairs, and for three words or more the word positions are then checked on the rows holding them); "grams"
 * terms match anywhere inside words, each within one column. Terms must be non-empty (parseQuery guarantees it).
 */
export function pgMatchQuery(kind: PgKind, terms: SearchTerm[], scope: Pick<Scope, "boardId" | "authorId">, options: PgMatchOptions): PgQuery {
  const { values, add } = parameters();
  const { alias, document, columns } = PG_SEARCH_DOCUMENTS[kind];
  const { from, where } = visibleFrom(kind, scope, add);
  if (terms.length === 0) throw new Error("pgMatchQuery needs at least one term");
  const words = terms.filter((t) => t.index === "words");
  const grams = terms.filter((t) => t.index === "grams");
  if (words.length) {
    const query = words.map((t) => `public.rapport_phrase_query(${add(t.text)})`).join(" && ");
    where.push(`${alias}.search_words @@ (${query})`);
  }
  const windowed = options.minId !== undefined && options.minId !== null;
  for (const term of grams) {
    let placeholder: string | null = null;
    const text = () => (placeholder ??= add(term.text));
    const chars = Array.from(term.text);
    // Folding (case, accents, runs of spaces) changes only other characters: a term of Hangul, kana or Han alone is
    // found in the text as written.
    const allGram = chars.every((c) => GRAM_CHAR.test(c));
    // A phrase of such words ("아침 산책"): the same, with any run of spaces or line breaks between them (the words
    // hold no character a regular expression treats specially).
    const gramPhrase = !allGram && term.text.split(" ").every((word) => word !== "" && Array.from(word).every((c) => GRAM_CHAR.test(c)));
    const inColumns = (test: (column: string) => string) => {
      const each = columns.map(test);
      return each.length > 1 ? `(${each.join(" OR ")})` : each[0]!;
    };
    // Within a window such a term is looked for row by row: the planner reads the bigram index's estimate for a word's
    // pairs as a handful of rows (they are far from independent), skips narrowing by the window, and fetched 72,000
    // comments for "김치찌개" where the window held 1,500 matches (1 s); a plain strpos over the window's rows is cheap.
    if (allGram && windowed) {
      where.push(inColumns((c) => `strpos(${c}, ${text()}) > 0`));
      continue;
    }
    const phrasePattern = () => add(term.text.split(" ").join("\\s+"));
    if (gramPhrase && windowed) {
      const pattern = phrasePattern();
      where.push(inColumns((c) => `${c} ~ ${pattern}`));
      continue;
    }
    where.push(`public.rapport_bigrams(${document}) @> public.rapport_bigrams(${text()})`);
    if (gramPhrase) {
      const pattern = phrasePattern();
      where.push(inColumns((c) => `${c} ~ ${pattern}`));
      continue;
    }
    // Two such characters are one pair, which the index holds exactly where they occur: nothing to confirm.
    if (allGram && chars.length === 2) continue;
    where.push(
      inColumns((c) =>
        allGram ? `strpos(${c}, ${text()}) > 0` : `strpos(public.rapport_gram_text(${c}), public.rapport_gram_text(${text()})) > 0`,
      ),
    );
  }
  if (windowed) where.push(`${alias}.id >= ${add(Math.trunc(options.minId!))}`);
  // Reading every id, the planner may walk the primary key backwards and test each row, expecting a page of matches
  // soon (it cannot tell a rare word from a common one): 1.3 s through a million comments for a word none has. "+ 0"
  // keeps it on the indexes; the windows before this one have already served the common words.
  const order = windowed ? `${alias}.id` : `${alias}.id + 0`;
  const text = `SELECT ${candidateColumns(kind, options.withText)} FROM ${from} WHERE ${where.join(" AND ")} ORDER BY ${order} DESC LIMIT ${add(options.limit)}`;
  return { text, values };
}

/** A candidate row as pgMatchQuery() and pgNewestByQuery() return it (times in epoch ms). */
export type PgCandidateRow = { id: number; createdAt: number; activeAt: number; title: string; body: string };

/**
 * The newest matches of one kind, window by window (pgNextWindow), through `run`, which sends a query on the
 * caller's connection and returns its rows. The one place the windows are walked, for search and its tests.
 */
export async function pgNewestMatches(
  run: (query: PgQuery) => Promise<PgCandidateRow[]>,
  kind: PgKind,
  terms: SearchTerm[],
  scope: Pick<Scope, "boardId" | "authorId">,
  options: Omit<PgMatchOptions, "minId">,
): Promise<PgCandidateRow[]> {
  const [newest] = (await run(pgMaxIdQuery(kind))) as unknown as { id: number | null }[];
  const maxId = newest?.id ?? null;
  let width = pgNextWindow(maxId, null, 0, options.limit);
  for (;;) {
    const rows = await run(pgMatchQuery(kind, terms, scope, { ...options, minId: width === null ? null : maxId! - width + 1 }));
    if (width === null || rows.length >= options.limit) return rows;
    width = pgNextWindow(maxId, width, rows.length, options.limit);
  }
}

/** A member's newest visible posts or comments (in one board, when `boardId` is set), for an author filter with no words. */
export function pgNewestByQuery(kind: PgKind, authorId: string, options: PgMatchOptions, boardId: number | null = null): PgQuery {
  const { values, add } = parameters();
  const { alias } = PG_SEARCH_DOCUMENTS[kind];
  const { from, where } = visibleFrom(kind, { boardId, authorId }, add);
  return {
    text: `SELECT ${candidateColumns(kind, options.withText)} FROM ${from} WHERE ${where.join(" AND ")} ORDER BY ${alias}.id DESC LIMIT ${add(options.limit)}`,
    values,
  };
}

/** An open board's id by its slug (no row: unknownBoard). */
export const pgBoardIdQuery = (slug: string): PgQuery => ({ text: "SELECT id FROM boards WHERE slug = $1 AND NOT archived", values: [slug] });

/** The member whose username key (lib/accounts/usernames.ts usernameKey()) this is. */
export const pgAuthorByUsernameKeyQuery = (key: string): PgQuery => ({ text: "SELECT id FROM users WHERE username_key = $1", values: [key] });

/** Up to two members with this display name, case-insensitively (SQLite's COLLATE NOCASE). */
export const pgAuthorsByNameQuery = (name: string): PgQuery => ({
  text: "SELECT id FROM users WHERE lower(name) = lower($1) LIMIT 2",
  values: [name.normalize("NFC")],
});

/** The open boards a search can be narrowed to, in display order. */
export const PG_SEARCH_BOARDS_QUERY = "SELECT slug, name FROM boards WHERE NOT archived ORDER BY position, id";
