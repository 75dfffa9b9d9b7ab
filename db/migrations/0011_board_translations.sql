CREATE TABLE `board_translations` (
	`board_id` integer NOT NULL,
	`locale` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`board_id`, `locale`),
	FOREIGN KEY (`board_id`) REFERENCES `boards`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
-- The demo boards (scripts/seed/demo/boards.json) get their Korean names, and their descriptions, which held both
-- languages at once, one language each. Only boards still exactly as the demo made them are touched.
INSERT INTO `board_translations` (`board_id`, `locale`, `name`, `description`) SELECT `id`, 'ko', '공지사항', 'Rapport 운영진의 공지와 소식을 전해요.' FROM `boards` WHERE `slug` = 'notice' AND `name` = 'Notice' AND `description` = 'Announcements and updates from the Rapport team. Rapport 운영진의 공지와 소식을 전해요.';
--> statement-breakpoint
UPDATE `boards` SET `description` = 'Announcements and updates from the Rapport team.' WHERE `slug` = 'notice' AND `name` = 'Notice' AND `description` = 'Announcements and updates from the Rapport team. Rapport 운영진의 공지와 소식을 전해요.';
--> statement-breakpoint
INSERT INTO `board_translations` (`board_id`, `locale`, `name`, `description`) SELECT `id`, 'ko', '건강', '수면, 운동, 마음 건강을 챙기는 이야기를 나눠요.' FROM `boards` WHERE `slug` = 'health' AND `name` = 'Health' AND `description` = 'Share how you look after your sleep, exercise, and mental health. 수면, 운동, 마음 건강을 챙기는 이야기를 나눠요.';
--> statement-breakpoint
UPDATE `boards` SET `description` = 'Share how you look after your sleep, exercise, and mental health.' WHERE `slug` = 'health' AND `name` = 'Health' AND `description` = 'Share how you look after your sleep, exercise, and mental health. 수면, 운동, 마음 건강을 챙기는 이야기를 나눠요.';
--> statement-breakpoint
INSERT INTO `board_translations` (`board_id`, `locale`, `name`, `description`) SELECT `id`, 'ko', '자유게시판', '무엇이든 자유롭게 이야기해요.' FROM `boards` WHERE `slug` = 'free' AND `name` = 'Free talk' AND `description` = 'Talk about anything. 무엇이든 자유롭게 이야기해요.';
--> statement-breakpoint
UPDATE `boards` SET `description` = 'Talk about anything.' WHERE `slug` = 'free' AND `name` = 'Free talk' AND `description` = 'Talk about anything. 무엇이든 자유롭게 이야기해요.';
--> statement-breakpoint
INSERT INTO `board_translations` (`board_id`, `locale`, `name`, `description`) SELECT `id`, 'ko', '질문답변', '궁금한 것을 묻고 서로 답해 줘요.' FROM `boards` WHERE `slug` = 'qna' AND `name` = 'Q&A' AND `description` = 'Ask questions and help each other with answers. 궁금한 것을 묻고 서로 답해 줘요.';
--> statement-breakpoint
UPDATE `boards` SET `description` = 'Ask questions and help each other with answers.' WHERE `slug` = 'qna' AND `name` = 'Q&A' AND `description` = 'Ask questions and help each other with answers. 궁금한 것을 묻고 서로 답해 줘요.';
