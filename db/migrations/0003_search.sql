-- Full-text search (filled in by the search work): FTS5 tables, triggers, backfill.
SELECT 1;
