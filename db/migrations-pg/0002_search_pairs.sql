-- Search on PostgreSQL, faster phrases and mixed queries (0001_search.sql has the design this refines).
--   Phrases: search_words now also holds each pair of adjacent words as one lexeme ('morning walk'), without
--          positions. A phrase query asks the index for its pairs (rapport_phrase_query), so only rows that hold
--          every pair have their positions checked, and a two-word phrase, one pair, needs no check at all: "morning walk" over 100,000 posts read 35,000 candidate
--          rows for 500 matches (270-430 ms), and now reads the 1,400 rows that hold the pair (30 ms). A pair lexeme
--          holds a space, which no single word can, so pairs and words never collide.
--   Mixed queries: one GIN index per table over both the words and the grams, instead of one index each. GIN
--          intersects the two inside one index scan; with two indexes the planner fetched every row of the rarer
--          term and filtered by the other ("커피 coffee" over 1,000,000 comments: 72,000 rows, 0.6 s; now about 55 ms). A
--          multicolumn GIN index serves a condition on either column alone as well as its own index did.
--   Statistics on the grams expressions, so the planner knows how common a pair of syllables is (an expression
--          index that is partial gets none of its own). Needs PostgreSQL 14 or newer.
-- The generated column is replaced (PostgreSQL before 17 cannot change a generation expression): this rewrites
-- posts and comments once: a few minutes for 100,000 posts and 1,000,000 comments on a small machine.
CREATE FUNCTION public.rapport_word_pairs(v tsvector) RETURNS tsvector LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(pg_catalog.array_to_tsvector(pg_catalog.array_agg(DISTINCT x.pair)), ''::tsvector)
  FROM (
    SELECT w.lexeme || ' ' || pg_catalog.lead(w.lexeme) OVER (ORDER BY w.pos) AS pair,
           pg_catalog.lead(w.pos) OVER (ORDER BY w.pos) - w.pos AS gap
    FROM (SELECT u.lexeme, p AS pos FROM pg_catalog.unnest(v) AS u, pg_catalog.unnest(u.positions) AS p) AS w
  ) AS x
  WHERE x.gap = 1
$$;
--> statement-breakpoint
CREATE FUNCTION public.rapport_search_words(t text) RETURNS tsvector LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT v || public.rapport_word_pairs(v) FROM public.rapport_words(t) AS v
$$;
--> statement-breakpoint
-- The query for a term of one or more words: its pairs, each quoted as a lexeme (quotes and backslashes doubled,
-- as tsquery input wants), and for three words or more the positional phrase that confirms them. One word has no
-- pairs: the word alone. Two words are one pair, which holds exactly where the two stand side by side in that
-- order: the pair alone, so the rows the index finds need no check of word positions.
CREATE FUNCTION public.rapport_phrase_query(t text) RETURNS tsquery LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE
    WHEN pairs = ''::tsvector THEN phrase
    WHEN pg_catalog.numnode(phrase) = 3 THEN q.pairs_query
    ELSE q.pairs_query && phrase
  END
  FROM public.rapport_word_pairs(public.rapport_words(t)) AS pairs,
    public.rapport_words_query(t) AS phrase,
    LATERAL (
      SELECT pg_catalog.string_agg('''' || pg_catalog.replace(pg_catalog.replace(l, '\', '\\'), '''', '''''') || '''', ' & ')::tsquery AS pairs_query
      FROM pg_catalog.unnest(pg_catalog.tsvector_to_array(pairs)) AS l
    ) AS q
$$;
--> statement-breakpoint
DROP INDEX search_posts_grams_idx;
--> statement-breakpoint
DROP INDEX search_comments_grams_idx;
--> statement-breakpoint
ALTER TABLE posts DROP COLUMN search_words;
--> statement-breakpoint
ALTER TABLE posts ADD COLUMN search_words tsvector GENERATED ALWAYS AS (public.rapport_search_words(title || ' ' || body_source)) STORED;
--> statement-breakpoint
ALTER TABLE comments DROP COLUMN search_words;
--> statement-breakpoint
ALTER TABLE comments ADD COLUMN search_words tsvector GENERATED ALWAYS AS (public.rapport_search_words(body_source)) STORED;
--> statement-breakpoint
CREATE INDEX search_posts_idx ON posts USING gin (search_words, public.rapport_bigrams(title || ' ' || body_source)) WHERE status = 'published';
--> statement-breakpoint
CREATE INDEX search_comments_idx ON comments USING gin (search_words, public.rapport_bigrams(body_source)) WHERE status = 'published';
--> statement-breakpoint
CREATE STATISTICS search_posts_grams_stats ON (public.rapport_bigrams(title || ' ' || body_source)) FROM posts;
--> statement-breakpoint
CREATE STATISTICS search_comments_grams_stats ON (public.rapport_bigrams(body_source)) FROM comments;
--> statement-breakpoint
ANALYZE posts;
--> statement-breakpoint
ANALYZE comments;
