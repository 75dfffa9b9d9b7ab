-- Full-text search over visible posts and comments; the design is explained at the top of lib/search.ts.
-- Two contentless indexes per kind, keyed by the post or comment id:
--   *_words (unicode61): whole words in any case and script, and the scope tokens that board and author filters match;
--   *_grams (trigram): substrings, only for text with Hangul, kana or Han characters, where words run together.
-- Only visible rows are indexed (published, and for a comment its post published too); triggers add and remove rows
-- as text and status change. Archived boards stay indexed and are excluded when searching, so archiving is instant.
CREATE VIRTUAL TABLE `search_post_words` USING fts5(title, body, scope, tokenize = 'unicode61 remove_diacritics 2', content = '', contentless_delete = 1);
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_comment_words` USING fts5(body, scope, tokenize = 'unicode61 remove_diacritics 2', content = '', contentless_delete = 1);
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_post_grams` USING fts5(title, body, scope, tokenize = 'trigram remove_diacritics 1', content = '', contentless_delete = 1);
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_comment_grams` USING fts5(body, scope, tokenize = 'trigram remove_diacritics 1', content = '', contentless_delete = 1);
--> statement-breakpoint
-- The trigrams each index holds: a two-character query is answered by the trigrams that start with it.
CREATE VIRTUAL TABLE `search_post_gram_terms` USING fts5vocab(search_post_grams, 'row');
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_comment_gram_terms` USING fts5vocab(search_comment_grams, 'row');
--> statement-breakpoint
-- What each visible post puts in the indexes. Gram text has line breaks flattened so a quoted phrase matches across
-- them, and a space at each end so every two-character substring starts a trigram. Scope is " b<board> u<author> ",
-- the author as the first 8 characters of the user id (search confirms the full id against the posts row).
CREATE VIEW `search_post_documents` AS
SELECT
  p.id AS id,
  p.title AS title,
  p.body_source AS body,
  ' ' || replace(replace(replace(replace(replace(p.title, char(13), ''), char(10), ' '), char(9), ' '), '  ', ' '), '  ', ' ') || ' ' AS gram_title,
  ' ' || replace(replace(replace(replace(replace(p.body_source, char(13), ''), char(10), ' '), char(9), ' '), '  ', ' '), '  ', ' ') || ' ' AS gram_body,
  ' b' || p.board_id || ' u' || substr(p.author_id, 1, 8) || ' ' AS scope,
  (p.title || ' ' || p.body_source) GLOB '*[가-힣ᄀ-ᇿㄱ-ㆎ㐀-䶿一-鿿ぁ-ヿ]*' AS has_grams
FROM posts p
WHERE p.status = 'published';
--> statement-breakpoint
CREATE VIEW `search_comment_documents` AS
SELECT
  c.id AS id,
  c.post_id AS post_id,
  c.body_source AS body,
  ' ' || replace(replace(replace(replace(replace(c.body_source, char(13), ''), char(10), ' '), char(9), ' '), '  ', ' '), '  ', ' ') || ' ' AS gram_body,
  ' b' || p.board_id || ' u' || substr(c.author_id, 1, 8) || ' ' AS scope,
  c.body_source GLOB '*[가-힣ᄀ-ᇿㄱ-ㆎ㐀-䶿一-鿿ぁ-ヿ]*' AS has_grams
FROM comments c
JOIN posts p ON p.id = c.post_id
WHERE c.status = 'published' AND p.status = 'published';
--> statement-breakpoint
CREATE TRIGGER `search_posts_insert` AFTER INSERT ON `posts` BEGIN
  INSERT INTO search_post_words(rowid, title, body, scope)
    SELECT id, title, body, scope FROM search_post_documents WHERE id = new.id;
  INSERT INTO search_post_grams(rowid, title, body, scope)
    SELECT id, gram_title, gram_body, scope FROM search_post_documents WHERE id = new.id AND has_grams;
END;
--> statement-breakpoint
-- Fires only for the columns search reads: view counts and comment counters do not touch the index.
CREATE TRIGGER `search_posts_update` AFTER UPDATE OF title, body_source, status, board_id, author_id ON `posts`
WHEN old.title IS NOT new.title OR old.body_source IS NOT new.body_source OR old.status IS NOT new.status
  OR old.board_id IS NOT new.board_id OR old.author_id IS NOT new.author_id
BEGIN
  DELETE FROM search_post_words WHERE rowid = old.id;
  DELETE FROM search_post_grams WHERE rowid = old.id;
  INSERT INTO search_post_words(rowid, title, body, scope)
    SELECT id, title, body, scope FROM search_post_documents WHERE id = new.id;
  INSERT INTO search_post_grams(rowid, title, body, scope)
    SELECT id, gram_title, gram_body, scope FROM search_post_documents WHERE id = new.id AND has_grams;
END;
--> statement-breakpoint
-- A thread's comments are visible only while its post is, and carry its board in their scope.
CREATE TRIGGER `search_posts_thread` AFTER UPDATE OF status, board_id ON `posts`
WHEN (old.status = 'published') IS NOT (new.status = 'published') OR old.board_id IS NOT new.board_id
BEGIN
  DELETE FROM search_comment_words WHERE rowid IN (SELECT id FROM comments WHERE post_id = old.id);
  DELETE FROM search_comment_grams WHERE rowid IN (SELECT id FROM comments WHERE post_id = old.id);
  INSERT INTO search_comment_words(rowid, body, scope)
    SELECT id, body, scope FROM search_comment_documents WHERE post_id = new.id;
  INSERT INTO search_comment_grams(rowid, body, scope)
    SELECT id, gram_body, scope FROM search_comment_documents WHERE post_id = new.id AND has_grams;
END;
--> statement-breakpoint
CREATE TRIGGER `search_posts_delete` AFTER DELETE ON `posts` BEGIN
  DELETE FROM search_post_words WHERE rowid = old.id;
  DELETE FROM search_post_grams WHERE rowid = old.id;
  DELETE FROM search_comment_words WHERE rowid IN (SELECT id FROM comments WHERE post_id = old.id);
  DELETE FROM search_comment_grams WHERE rowid IN (SELECT id FROM comments WHERE post_id = old.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_comments_insert` AFTER INSERT ON `comments` BEGIN
  INSERT INTO search_comment_words(rowid, body, scope)
    SELECT id, body, scope FROM search_comment_documents WHERE id = new.id;
  INSERT INTO search_comment_grams(rowid, body, scope)
    SELECT id, gram_body, scope FROM search_comment_documents WHERE id = new.id AND has_grams;
END;
--> statement-breakpoint
CREATE TRIGGER `search_comments_update` AFTER UPDATE OF body_source, status, post_id, author_id ON `comments`
WHEN old.body_source IS NOT new.body_source OR old.status IS NOT new.status
  OR old.post_id IS NOT new.post_id OR old.author_id IS NOT new.author_id
BEGIN
  DELETE FROM search_comment_words WHERE rowid = old.id;
  DELETE FROM search_comment_grams WHERE rowid = old.id;
  INSERT INTO search_comment_words(rowid, body, scope)
    SELECT id, body, scope FROM search_comment_documents WHERE id = new.id;
  INSERT INTO search_comment_grams(rowid, body, scope)
    SELECT id, gram_body, scope FROM search_comment_documents WHERE id = new.id AND has_grams;
END;
--> statement-breakpoint
CREATE TRIGGER `search_comments_delete` AFTER DELETE ON `comments` BEGIN
  DELETE FROM search_comment_words WHERE rowid = old.id;
  DELETE FROM search_comment_grams WHERE rowid = old.id;
END;
--> statement-breakpoint
-- Backfill what is already written (scripts/search-rebuild.ts repeats these after emptying the tables).
INSERT INTO search_post_words(rowid, title, body, scope) SELECT id, title, body, scope FROM search_post_documents;
--> statement-breakpoint
INSERT INTO search_post_grams(rowid, title, body, scope) SELECT id, gram_title, gram_body, scope FROM search_post_documents WHERE has_grams;
--> statement-breakpoint
INSERT INTO search_comment_words(rowid, body, scope) SELECT id, body, scope FROM search_comment_documents;
--> statement-breakpoint
INSERT INTO search_comment_grams(rowid, body, scope) SELECT id, gram_body, scope FROM search_comment_documents WHERE has_grams;
