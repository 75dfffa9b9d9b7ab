-- Search on PostgreSQL: the same behaviour as the SQLite FTS5 indexes (db/migrations/0003_search.sql, 0009), with
-- a generated column and indexes on posts and comments instead of separate index tables and triggers, so there is
-- nothing to keep in step: an edit, a status change or a move is in the index when its transaction commits.
-- lib/search/search-pg-sql.ts builds the queries; its expressions must stay exactly the ones indexed here, or the
-- planner cannot use the indexes.
--   words: search_words, a stored generated tsvector column (not in db/schema-pg.ts: Drizzle never reads or writes it),
--          stored so that checking a phrase or a second word on a candidate row reads it instead of parsing the text
--          again (20 times faster for a phrase on 100,000 posts). 'rapport_words' is the simple configuration with
--          accents removed by unaccent, over the text with ASCII punctuation turned into spaces (so URLs and addresses are plain words, as unicode61 reads them) and a space
--          around every Hangul run (so "Notion이랑" is "notion" and "이랑", as split_scripts() does on SQLite);
--   grams: the distinct two-character substrings of Hangul, kana or Han runs (case and accents folded, whitespace
--          runs as one space), in a GIN array index: a fragment of two or more characters is found inside longer
--          words ("찌개" in "김치찌개를"), confirmed with strpos on the folded text.
-- Only published rows are indexed (partial indexes); a comment's post, and archived boards, are checked at query time.
-- The words and grams functions need a UTF-8 LC_CTYPE (C.UTF-8, en_US.UTF-8...): under plain "C", lower() and the
-- parser leave non-ASCII letters alone.
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION public.rapport_words (COPY = pg_catalog.simple);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION public.rapport_words
  ALTER MAPPING FOR asciiword, word, numword, asciihword, hword, numhword, hword_asciipart, hword_part, hword_numpart
  WITH public.unaccent, pg_catalog.simple;
--> statement-breakpoint
CREATE FUNCTION public.rapport_words_text(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT pg_catalog.regexp_replace(
    pg_catalog.regexp_replace(t, '[!-/:-@\x5b-\x60{-~]+', ' ', 'g'),
    '([\u1100-\u11ff\u3131-\u318e\ua960-\ua97f\uac00-\ud7a3\ud7b0-\ud7ff]+)', ' \1 ', 'g')
$$;
--> statement-breakpoint
CREATE FUNCTION public.rapport_words(t text) RETURNS tsvector LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT pg_catalog.to_tsvector('public.rapport_words'::regconfig, public.rapport_words_text(t))
$$;
--> statement-breakpoint
CREATE FUNCTION public.rapport_words_query(t text) RETURNS tsquery LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT pg_catalog.phraseto_tsquery('public.rapport_words'::regconfig, public.rapport_words_text(t))
$$;
--> statement-breakpoint
CREATE FUNCTION public.rapport_gram_text(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT pg_catalog.regexp_replace(pg_catalog.lower(public.unaccent('public.unaccent'::regdictionary, t)), '\s+', ' ', 'g')
$$;
--> statement-breakpoint
-- Each run of Hangul, kana or Han with the character before it, cut into its two-character substrings: every pair
-- holding such a character except a run's last with the character after it. Whatever a fragment yields, a text
-- containing that fragment yields too, so the index finds every text the strpos check then confirms. Texts without
-- those scripts skip the work (one regular-expression scan each: a per-character loop took minutes per 100,000 posts).
CREATE FUNCTION public.rapport_bigrams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE WHEN t !~ '[\uac00-\ud7a3\u1100-\u11ff\u3131-\u318e\u3400-\u4dbf\u4e00-\u9fff\u3041-\u30ff]' THEN '{}'::text[] ELSE (
    SELECT coalesce(pg_catalog.array_agg(DISTINCT pg_catalog.substr(m[1], i, 2)), '{}')
    FROM pg_catalog.regexp_matches(public.rapport_gram_text(t), '(.?[\uac00-\ud7a3\u1100-\u11ff\u3131-\u318e\u3400-\u4dbf\u4e00-\u9fff\u3041-\u30ff]+)', 'g') AS m,
      pg_catalog.generate_series(1, pg_catalog.length(m[1]) - 1) AS i
  ) END
$$;
--> statement-breakpoint
ALTER TABLE posts ADD COLUMN search_words tsvector GENERATED ALWAYS AS (public.rapport_words(title || ' ' || body_source)) STORED;
--> statement-breakpoint
CREATE INDEX search_posts_words_idx ON posts USING gin (search_words) WHERE status = 'published';
--> statement-breakpoint
CREATE INDEX search_posts_grams_idx ON posts USING gin (public.rapport_bigrams(title || ' ' || body_source)) WHERE status = 'published';
--> statement-breakpoint
ALTER TABLE comments ADD COLUMN search_words tsvector GENERATED ALWAYS AS (public.rapport_words(body_source)) STORED;
--> statement-breakpoint
CREATE INDEX search_comments_words_idx ON comments USING gin (search_words) WHERE status = 'published';
--> statement-breakpoint
CREATE INDEX search_comments_grams_idx ON comments USING gin (public.rapport_bigrams(body_source)) WHERE status = 'published';
