// The database schema: users and their sign-in accounts, boards, posts and comments.
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { ACCOUNT_TOKEN_PURPOSES, APPEAL_STATUSES, BANNED_WORD_MODES, BOARD_LIST_STYLES, DATE_STYLES, THEMES, NOTIFY_MODES, NOTIFY_PREF_KINDS, MAIL_KINDS, MAIL_STATUSES, CONTENT_STATUSES, type LogChange, NOTIFICATION_KINDS, REMOVAL_REASONS, TARGET_TYPES, USER_ROLES, USER_STATUSES } from "./enums";

export * from "./enums";

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

// Column names id, name, email, emailVerified and image are the ones Auth.js's Drizzle adapter expects.
export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    username: text("username").notNull(),
    /** NFKC-normalised, lower-cased username: the key that makes usernames unique. */
    usernameKey: text("username_key").notNull(),
    name: text("name").notNull(),
    email: text("email"),
    emailVerified: integer("email_verified", { mode: "timestamp_ms" }),
    image: text("image"),
    passwordHash: text("password_hash"),
    role: text("role", { enum: USER_ROLES }).notNull().default("member"),
    status: text("status", { enum: USER_STATUSES }).notNull().default("active"),
    statusUntil: integer("status_until", { mode: "timestamp_ms" }),
    statusReason: text("status_reason"),
    /** Raised to revoke every session token issued before. */
    sessionVersion: integer("session_version").notNull().default(1),
    locale: text("locale"),
    postCount: integer("post_count").notNull().default(0),
    commentCount: integer("comment_count").notNull().default(0),
    /** The member's own settings (lib/accounts/settings.ts): null means the default (the browser's zone, absolute dates, the system's theme). */
    timeZone: text("time_zone"),
    dateStyle: text("date_style", { enum: DATE_STYLES }),
    theme: text("theme", { enum: THEMES }),
    /** Markdown as typed, and the sanitised HTML rendered from it once, at save. */
    bio: text("bio").notNull().default(""),
    bioHtml: text("bio_html").notNull().default(""),
    signature: text("signature").notNull().default(""),
    signatureHtml: text("signature_html").notNull().default(""),
    /** Set when the member deleted their account (lib/accounts/deletion.ts): the row stays, emptied, for their writing. */
    deletedAt: integer("deleted_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("users_username_key_uq").on(t.usernameKey),
    uniqueIndex("users_email_uq").on(t.email),
  ],
);

export const accounts = sqliteTable(
  "accounts",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] }), index("accounts_user_idx").on(t.userId)],
);

export const boards = sqliteTable(
  "boards",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    position: integer("position").notNull().default(0),
    /** Who may start threads: every member, or moderators only (a Notice board). */
    postingRole: text("posting_role", { enum: ["member", "moderator"] }).notNull().default("member"),
    archived: integer("archived", { mode: "boolean" }).notNull().default(false),
    /** Hold every post of a member in their first 3 days for a moderator's approval. */
    approveNewMembers: integer("approve_new_members", { mode: "boolean" }).notNull().default(false),
    /** How the board lists its threads: cards, or gnuboard's compact table (also shown under each thread). */
    listStyle: text("list_style", { enum: BOARD_LIST_STYLES }).notNull().default("cards"),
    postCount: integer("post_count").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("boards_slug_uq").on(t.slug), index("boards_position_idx").on(t.position)],
);

/**
 * A board's name and description in another interface language. The board's own name and description are in the
 * site's default language (lib/i18n/config.ts) and stand in for any language without a row here.
 */
export const boardTranslations = sqliteTable(
  "board_translations",
  {
    boardId: integer("board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.boardId, t.locale] })],
);

export const posts = sqliteTable(
  "posts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    boardId: integer("board_id")
      .notNull()
      .references(() => boards.id),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    title: text("title").notNull(),
    bodySource: text("body_source").notNull(),
    bodyHtml: text("body_html").notNull(),
    status: text("status", { enum: CONTENT_STATUSES }).notNull().default("published"),
    pinned: integer("pinned", { mode: "boolean" }).notNull().default(false),
    locked: integer("locked", { mode: "boolean" }).notNull().default(false),
    viewCount: integer("view_count").notNull().default(0),
    commentCount: integer("comment_count").notNull().default(0),
    likeCount: integer("like_count").notNull().default(0),
    createdAt: createdAt(),
    editedAt: integer("edited_at", { mode: "timestamp_ms" }),
    lastActivityAt: integer("last_activity_at", { mode: "timestamp_ms" }).notNull(),
    /** A random key the write form carries, so a double submit creates one post, not two. */
    submissionKey: text("submission_key"),
    /** Why content is held for review: spam checks that tripped, or "reports" when members flagged it. */
    holdReasons: text("hold_reasons", { mode: "json" }).$type<string[]>(),
    removalReason: text("removal_reason", { enum: REMOVAL_REASONS }),
    removalNote: text("removal_note"),
    /** The moderation log entry that removed it, so "remove as spammer" can be undone as one. */
    removalLogId: integer("removal_log_id"),
  },
  (t) => [
    uniqueIndex("posts_submission_uq").on(t.authorId, t.submissionKey),
    // The board list: pinned first, newest activity first. Covers the keys so deep pages skip rows cheaply.
    index("posts_board_list_idx").on(t.boardId, t.status, t.pinned, t.lastActivityAt, t.id),
    // The board list in its other orders (?sort=latest, views, recommended), pinned still first.
    index("posts_board_latest_idx").on(t.boardId, t.status, t.pinned, t.id),
    index("posts_board_views_idx").on(t.boardId, t.status, t.pinned, t.viewCount, t.id),
    index("posts_board_likes_idx").on(t.boardId, t.status, t.pinned, t.likeCount, t.id),
    // Previous and next post in a board, and the board's newest post.
    index("posts_board_id_idx").on(t.boardId, t.status, t.id),
    // The latest posts across boards.
    index("posts_latest_idx").on(t.status, t.createdAt),
    // A user's posts on their profile.
    index("posts_author_idx").on(t.authorId, t.createdAt),
  ],
);

export const comments = sqliteTable(
  "comments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    postId: integer("post_id")
      .notNull()
      .references(() => posts.id),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    parentId: integer("parent_id"),
    /** 0 for a comment on the post; replies add one per level, capped at MAX_COMMENT_DEPTH. */
    depth: integer("depth").notNull().default(0),
    /** Ancestor ids, zero-padded and joined, ending with this comment's id: sorting by it gives thread order. */
    path: text("path").notNull(),
    bodySource: text("body_source").notNull(),
    bodyHtml: text("body_html").notNull(),
    status: text("status", { enum: CONTENT_STATUSES }).notNull().default("published"),
    likeCount: integer("like_count").notNull().default(0),
    createdAt: createdAt(),
    editedAt: integer("edited_at", { mode: "timestamp_ms" }),
    submissionKey: text("submission_key"),
    /** Why content is held for review: spam checks that tripped, or "reports" when members flagged it. */
    holdReasons: text("hold_reasons", { mode: "json" }).$type<string[]>(),
    removalReason: text("removal_reason", { enum: REMOVAL_REASONS }),
    removalNote: text("removal_note"),
    /** The moderation log entry that removed it, so "remove as spammer" can be undone as one. */
    removalLogId: integer("removal_log_id"),
  },
  (t) => [
    uniqueIndex("comments_submission_uq").on(t.authorId, t.submissionKey),
    index("comments_thread_idx").on(t.postId, t.path),
    index("comments_parent_idx").on(t.parentId),
    index("comments_author_idx").on(t.authorId, t.createdAt),
    // Held comments, for the review queue. Partial, so the planner can never pick it for "status = 'published'",
    // which nearly every comment matches.
    index("comments_held_idx").on(t.createdAt).where(sql`${t.status} = 'held'`),
  ],
);

/** Earlier versions of a post; the current version lives in posts. */
export const postRevisions = sqliteTable(
  "post_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    postId: integer("post_id")
      .notNull()
      .references(() => posts.id),
    title: text("title").notNull(),
    bodySource: text("body_source").notNull(),
    /** When this version was written: the post's creation or its earlier edit. */
    writtenAt: integer("written_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("post_revisions_post_idx").on(t.postId, t.id)],
);

export const commentRevisions = sqliteTable(
  "comment_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    commentId: integer("comment_id")
      .notNull()
      .references(() => comments.id),
    bodySource: text("body_source").notNull(),
    writtenAt: integer("written_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("comment_revisions_comment_idx").on(t.commentId, t.id)],
);

export const postLikes = sqliteTable(
  "post_likes",
  {
    postId: integer("post_id")
      .notNull()
      .references(() => posts.id),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId] })],
);

export const commentLikes = sqliteTable(
  "comment_likes",
  {
    commentId: integer("comment_id")
      .notNull()
      .references(() => comments.id),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.userId] })],
);

/**
 * Tells a member what happened to them: a reply, recommendations (one row per writing, updated as more come), a
 * mention, a moderator's decision on their writing, an answer to their appeal.
 */
export const notifications = sqliteTable(
  "notifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    /** Who did it; null for a moderator's decision, which speaks for the site. */
    actorId: text("actor_id").references(() => users.id),
    /** The thread; null for an appeal's answer. */
    postId: integer("post_id").references(() => posts.id),
    commentId: integer("comment_id").references(() => comments.id),
    /** For recommendations: how many people recommended the writing so far. */
    actorCount: integer("actor_count").notNull().default(1),
    /** For decisions and appeal answers: { action, reason } or { outcome, answer }. */
    detail: text("detail", { mode: "json" }).$type<Record<string, string>>(),
    createdAt: createdAt(),
    readAt: integer("read_at", { mode: "timestamp_ms" }),
    /** When it went out by email (at once or in a digest); null while it has not. */
    emailedAt: integer("emailed_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.readAt, t.id), index("notifications_unmailed_idx").on(t.emailedAt, t.createdAt)],
);

/** A member's choice per kind of notice; no row means on the site only. */
export const notificationPrefs = sqliteTable(
  "notification_prefs",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: NOTIFY_PREF_KINDS }).notNull(),
    mode: text("mode", { enum: NOTIFY_MODES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/** A sanctioned member asks moderators to look again; one open appeal per sanction (its moderation log entry). */
export const appeals = sqliteTable(
  "appeals",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    /** The moderation log entry of the sanction appealed against. */
    sanctionLogId: integer("sanction_log_id").notNull(),
    body: text("body").notNull(),
    status: text("status", { enum: APPEAL_STATUSES }).notNull().default("open"),
    answer: text("answer"),
    answeredBy: text("answered_by").references(() => users.id),
    answeredAt: integer("answered_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("appeals_open_uq").on(t.sanctionLogId).where(sql`${t.status} = 'open'`),
    index("appeals_user_idx").on(t.userId, t.createdAt),
    index("appeals_status_idx").on(t.status, t.createdAt),
  ],
);

/** A member's flag on a post or comment; one per member per item. */
export const reports = sqliteTable(
  "reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    targetType: text("target_type", { enum: TARGET_TYPES }).notNull(),
    targetId: integer("target_id").notNull(),
    reporterId: text("reporter_id")
      .notNull()
      .references(() => users.id),
    reason: text("reason", { enum: REMOVAL_REASONS }).notNull(),
    note: text("note"),
    createdAt: createdAt(),
    resolvedAt: integer("resolved_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    uniqueIndex("reports_once_uq").on(t.targetType, t.targetId, t.reporterId),
    index("reports_open_idx").on(t.resolvedAt, t.createdAt),
    index("reports_reporter_idx").on(t.reporterId, t.createdAt),
  ],
);

/** Every moderator action: who, what, on what, when, why. Public, without removed text. */
export const moderationLog = sqliteTable(
  "moderation_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actorId: text("actor_id")
      .notNull()
      .references(() => users.id),
    action: text("action").notNull(),
    targetType: text("target_type", { enum: ["post", "comment", "user", "board", "word"] }).notNull(),
    targetId: text("target_id").notNull(),
    /** A short public label of the target: a post title, a username. Never removed text. */
    targetLabel: text("target_label").notNull().default(""),
    reason: text("reason"),
    note: text("note"),
    /** Public, unlike the note: the boards a post moved between, the roles of a role change. */
    change: text("change", { mode: "json" }).$type<LogChange>(),
    createdAt: createdAt(),
  },
  (t) => [index("moderation_log_time_idx").on(t.createdAt)],
);

/** Old board URLs of moved posts: they redirect to the post's board now. */
export const postMoves = sqliteTable(
  "post_moves",
  {
    postId: integer("post_id")
      .notNull()
      .references(() => posts.id),
    fromBoardId: integer("from_board_id")
      .notNull()
      .references(() => boards.id),
  },
  (t) => [primaryKey({ columns: [t.postId, t.fromBoardId] })],
);

/** Words admins ban: "block" refuses the writing, "review" holds it for a moderator. */
export const bannedWords = sqliteTable(
  "banned_words",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    word: text("word").notNull(),
    mode: text("mode", { enum: BANNED_WORD_MODES }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("banned_words_word_uq").on(t.word)],
);

/** Counters for sign-in throttling, in the layout rate-limiter-flexible's SQLite store expects. */
export const rateLimits = sqliteTable("rate_limits", {
  key: text("key").primaryKey(),
  points: integer("points").notNull().default(0),
  expire: integer("expire"),
});

/** Site-wide values that are not content: the one-time setup token, for example. */
export const siteSettings = sqliteTable("site_settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

/**
 * Outgoing mail, queued in the transaction of the write that causes it and sent by lib/mail/sender.ts. Without
 * SMTP_URL it stays queued here for admins to read at /admin/mail.
 */
export const mailOutbox = sqliteTable(
  "mail_outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: MAIL_KINDS }).notNull(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    status: text("status", { enum: MAIL_STATUSES }).notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    lastError: text("last_error"),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("mail_outbox_due_idx").on(t.status, t.nextAttemptAt), index("mail_outbox_created_idx").on(t.createdAt)],
);

/**
 * Images members uploaded (lib/media/): one row per upload, for quotas and for knowing who sent what. The files are
 * named by `hash` (the SHA-256 of the re-encoded display image, shortened), so the same picture sent twice is stored once.
 */
export const uploads = sqliteTable(
  "uploads",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    hash: text("hash").notNull(),
    /** What the member's file was called, for the Markdown's alternative text. */
    originalName: text("original_name").notNull(),
    /** Bytes the member sent, and the stored display image's size in bytes and pixels. */
    originalBytes: integer("original_bytes").notNull(),
    bytes: integer("bytes").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("uploads_user_idx").on(t.userId, t.createdAt), index("uploads_hash_idx").on(t.hash)],
);

/** Which posts and comments show an upload (their body links /media/<hash>): an image is public while one of them is. */
export const uploadUses = sqliteTable(
  "upload_uses",
  {
    hash: text("hash").notNull(),
    postId: integer("post_id").references(() => posts.id),
    commentId: integer("comment_id").references(() => comments.id),
  },
  (t) => [
    index("upload_uses_hash_idx").on(t.hash),
    index("upload_uses_post_idx").on(t.postId),
    index("upload_uses_comment_idx").on(t.commentId),
  ],
);

/** One-time links mailed to members (password reset, email verification): only the token's SHA-256 is stored. */
export const accountTokens = sqliteTable(
  "account_tokens",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: ACCOUNT_TOKEN_PURPOSES }).notNull(),
    tokenHash: text("token_hash").notNull(),
    /** For email verification: the address the link confirms (a new address applies only once confirmed). */
    email: text("email"),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("account_tokens_hash_uq").on(t.tokenHash), index("account_tokens_user_idx").on(t.userId, t.purpose)],
);

export type User = typeof users.$inferSelect;
export type Board = typeof boards.$inferSelect;
export type Post = typeof posts.$inferSelect;
export type Comment = typeof comments.$inferSelect;
