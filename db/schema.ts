// The tables the app queries, from the engine this process runs on: db/schema-sqlite.ts by default, db/schema-pg.ts
// when DATABASE_URL is set (lib/platform/database-config.ts). Both define the same tables with rows of the same
// TypeScript types (tests/db/schema-parity.test.ts), so the app is written once against the SQLite declarations and
// runs on either; only the Drizzle objects differ, and those carry each engine's column types and SQL.
//
// A schema change is made in both files and generated for both engines (README, "PostgreSQL").
import * as pgSchema from "./schema-pg";
import * as sqliteSchema from "./schema-sqlite";
import { usesPostgres } from "./engine";

export * from "./enums";
export type { User, Board, Post, Comment } from "./schema-sqlite";

type SqliteSchema = typeof sqliteSchema;
const tables = (usesPostgres() ? pgSchema : sqliteSchema) as unknown as SqliteSchema;

export const users = tables.users;
export const accounts = tables.accounts;
export const boards = tables.boards;
export const boardTranslations = tables.boardTranslations;
export const posts = tables.posts;
export const comments = tables.comments;
export const postRevisions = tables.postRevisions;
export const commentRevisions = tables.commentRevisions;
export const postLikes = tables.postLikes;
export const commentLikes = tables.commentLikes;
export const notifications = tables.notifications;
export const notificationPrefs = tables.notificationPrefs;
export const appeals = tables.appeals;
export const reports = tables.reports;
export const moderationLog = tables.moderationLog;
export const postMoves = tables.postMoves;
export const bannedWords = tables.bannedWords;
export const rateLimits = tables.rateLimits;
export const siteSettings = tables.siteSettings;
export const mailOutbox = tables.mailOutbox;
export const uploads = tables.uploads;
export const uploadUses = tables.uploadUses;
export const accountTokens = tables.accountTokens;
