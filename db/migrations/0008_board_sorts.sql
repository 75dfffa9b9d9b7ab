CREATE INDEX `posts_board_latest_idx` ON `posts` (`board_id`,`status`,`pinned`,`id`);--> statement-breakpoint
CREATE INDEX `posts_board_views_idx` ON `posts` (`board_id`,`status`,`pinned`,`view_count`,`id`);--> statement-breakpoint
CREATE INDEX `posts_board_likes_idx` ON `posts` (`board_id`,`status`,`pinned`,`like_count`,`id`);