// The fixed value lists the schema's text columns take. A module of its own, free of Drizzle, so that client
// components (a role picker, a removal-reason list) can use them without shipping the schema to the browser.
// db/schema.ts re-exports all of it.

export const USER_ROLES = ["member", "moderator", "admin"] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const USER_STATUSES = ["active", "suspended", "banned"] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** Visible: published. Held: waiting for a moderator. Removed: by a moderator. Deleted: by the author. */
export const CONTENT_STATUSES = ["published", "held", "removed", "deleted"] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];

export const REMOVAL_REASONS = ["spam", "abuse", "off_topic", "personal_info", "other"] as const;
export type RemovalReason = (typeof REMOVAL_REASONS)[number];

export const NOTIFICATION_KINDS = ["reply_to_post", "reply_to_comment", "like", "mention", "moderation", "appeal_answer"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What a member chooses per kind of notice: on the site only, or also by email at once or in a daily digest. */
export const NOTIFY_MODES = ["site", "immediate", "digest"] as const;
export type NotifyMode = (typeof NOTIFY_MODES)[number];

/** The groups a member sets a preference for: both reply kinds share "reply". */
export const NOTIFY_PREF_KINDS = ["reply", "like", "mention", "moderation", "appeal_answer"] as const;
export type NotifyPrefKind = (typeof NOTIFY_PREF_KINDS)[number];

/** Open: waiting for a moderator. Upheld: the sanction stays. Lifted: the moderator lifted it. */
export const APPEAL_STATUSES = ["open", "upheld", "lifted"] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

export const TARGET_TYPES = ["post", "comment"] as const;
export type TargetType = (typeof TARGET_TYPES)[number];

/** How a board lists its threads: cards (the default) or gnuboard's compact table. */
export const BOARD_LIST_STYLES = ["cards", "table"] as const;
export type BoardListStyle = (typeof BOARD_LIST_STYLES)[number];

/** "block" refuses the writing, "review" holds it for a moderator. */
export const BANNED_WORD_MODES = ["block", "review"] as const;

/** What a mail is about: the templates in lib/mail/templates.ts. */
export const MAIL_KINDS = ["password_reset", "email_verification", "email_change_notice", "notification", "notification_digest"] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/** Queued: waiting to be sent (or, without SMTP_URL, to be read at /admin/mail). Failed: out of retries. */
export const MAIL_STATUSES = ["queued", "sent", "failed"] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/** What a one-time account link does: set a new password, or confirm an email address. */
export const ACCOUNT_TOKEN_PURPOSES = ["password_reset", "email_verification"] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

/** What a logged move or role change went from and to: board slugs for a move, roles for a role change. */
export type LogChange = { from: string; to: string };

/** How a member sees dates: "absolute" (1 Dec 2026, 15:01) or "relative" (3 hours ago, the exact time on hover). */
export const DATE_STYLES = ["absolute", "relative"] as const;
export type DateStyle = (typeof DATE_STYLES)[number];

/** The colour theme: "system" follows the device (prefers-color-scheme). */
export const THEMES = ["light", "dark", "system"] as const;
export type Theme = (typeof THEMES)[number];
