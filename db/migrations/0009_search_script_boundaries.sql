-- English words glued to Korean particles ("Notion이랑", "iPhone으로") are indexed as words of their own: the words
-- index reads titles and bodies through split_scripts() (db/search-functions.ts), which puts a space wherever Hangul
-- meets another script. The trigram columns keep the text as written. Only texts with Hangul, kana or Han change,
-- so only those are indexed again.
DROP VIEW `search_post_documents`;
--> statement-breakpoint
CREATE VIEW `search_post_documents` AS
SELECT
  p.id AS id,
  split_scripts(p.title) AS title,
  split_scripts(p.body_source) AS body,
  ' ' || replace(replace(replace(replace(replace(p.title, char(13), ''), char(10), ' '), char(9), ' '), '  ', ' '), '  ', ' ') || ' ' AS gram_title,
  ' ' || replace(replace(replace(replace(replace(p.body_source, char(13), ''), char(10), ' '), char(9), ' '), '  ', ' '), '  ', ' ') || ' ' AS gram_body,
  ' b' || p.board_id || ' u' || substr(p.author_id, 1, 8) || ' ' AS scope,
  (p.title || ' ' || p.body_source) GLOB '*[가-힣ᄀ-ᇿㄱ-ㆎ㐀-䶿一-鿿ぁ-ヿ]*' AS has_grams
FROM posts p
WHERE p.status = 'published';
--> statement-breakpoint
DROP VIEW `search_comment_documents`;
--> statement-breakpoint
CREATE VIEW `search_comment_documents` AS
SELECT
  c.id AS id,
  c.post_id AS post_id,
  split_scripts(c.body_source) AS body,
  ' ' || replace(replace(replace(replace(replace(c.body_source, char(13), ''), char(10), ' '), char(9), ' '), '  ', ' '), '  ', ' ') || ' ' AS gram_body,
  ' b' || p.board_id || ' u' || substr(c.author_id, 1, 8) || ' ' AS scope,
  c.body_source GLOB '*[가-힣ᄀ-ᇿㄱ-ㆎ㐀-䶿一-鿿ぁ-ヿ]*' AS has_grams
FROM comments c
JOIN posts p ON p.id = c.post_id
WHERE c.status = 'published' AND p.status = 'published';
--> statement-breakpoint
DELETE FROM search_post_words WHERE rowid IN (SELECT id FROM search_post_documents WHERE has_grams);
--> statement-breakpoint
INSERT INTO search_post_words(rowid, title, body, scope) SELECT id, title, body, scope FROM search_post_documents WHERE has_grams;
--> statement-breakpoint
DELETE FROM search_comment_words WHERE rowid IN (SELECT id FROM search_comment_documents WHERE has_grams);
--> statement-breakpoint
INSERT INTO search_comment_words(rowid, body, scope) SELECT id, body, scope FROM search_comment_documents WHERE has_grams;
