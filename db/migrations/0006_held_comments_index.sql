DROP INDEX `comments_status_idx`;--> statement-breakpoint
CREATE INDEX `comments_held_idx` ON `comments` (`created_at`) WHERE "comments"."status" = 'held';