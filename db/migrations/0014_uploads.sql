CREATE TABLE `upload_uses` (
	`hash` text NOT NULL,
	`post_id` integer,
	`comment_id` integer,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`comment_id`) REFERENCES `comments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `upload_uses_hash_idx` ON `upload_uses` (`hash`);--> statement-breakpoint
CREATE INDEX `upload_uses_post_idx` ON `upload_uses` (`post_id`);--> statement-breakpoint
CREATE INDEX `upload_uses_comment_idx` ON `upload_uses` (`comment_id`);--> statement-breakpoint
CREATE TABLE `uploads` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`hash` text NOT NULL,
	`original_name` text NOT NULL,
	`original_bytes` integer NOT NULL,
	`bytes` integer NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `uploads_user_idx` ON `uploads` (`user_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `uploads_hash_idx` ON `uploads` (`hash`);