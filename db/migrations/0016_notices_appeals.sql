ALTER TABLE `notifications` ADD `actor_count` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `notifications` ADD `detail` text;--> statement-breakpoint
ALTER TABLE `notifications` ADD `emailed_at` integer;--> statement-breakpoint
CREATE INDEX `notifications_unmailed_idx` ON `notifications` (`emailed_at`,`created_at`);