// A fresh database for one run: migrated, filled with the demo content, plus members older than a day who write.
import crypto from "node:crypto";
import path from "node:path";
import { addMembers } from "../harness/members";
import { mintSessionCookies } from "../harness/session-cookies";
import { openDatabase } from "../../db";
import { seedDemoIfEmpty } from "../seed/demo";
import type { Member } from "./members";

/** Enough that, at the pace two cores allow, every writer finds a member whose pause is over. */
const WRITING_MEMBERS = 300;

export type Board = { slug: string; open: boolean };
export type DemoPost = { id: number; board: string };
export type DemoComment = { id: number; postId: number; board: string };

export type RunData = {
  file: string;
  authSecret: string;
  members: Member[];
  boards: Board[];
  /** The demo content, written by demo users: anything a member may comment on and recommend. */
  posts: DemoPost[];
  comments: DemoComment[];
  /** Each post's views before the run, to check that every counted view is written by the end. */
  viewsBefore: Map<number, number>;
};

export async function prepareDatabase(dir: string): Promise<RunData> {
  const file = path.join(dir, "rapport.db");
  const { db, sqlite } = openDatabase(file);
  try {
    seedDemoIfEmpty(sqlite);
    const boards = (sqlite.prepare("SELECT slug, posting_role AS role FROM boards ORDER BY position").all() as { slug: string; role: string }[])
      .map((b) => ({ slug: b.slug, open: b.role === "member" }));
    const posts = sqlite
      .prepare("SELECT p.id, b.slug AS board, p.view_count AS views FROM posts p JOIN boards b ON b.id = p.board_id WHERE p.status = 'published'")
      .all() as (DemoPost & { views: number })[];
    const comments = sqlite
      .prepare(
        `SELECT c.id, c.post_id AS postId, b.slug AS board FROM comments c JOIN posts p ON p.id = c.post_id
         JOIN boards b ON b.id = p.board_id WHERE c.status = 'published' AND p.status = 'published'`,
      )
      .all() as DemoComment[];
    sqlite.close();
    const ids = addMembers(file, WRITING_MEMBERS);
    const authSecret = crypto.randomBytes(32).toString("base64url");
    const cookies = await mintSessionCookies(ids, authSecret);
    return {
      file,
      authSecret,
      members: ids.map((id, index) => ({ index, id, cookie: cookies[index]! })),
      boards,
      posts: posts.map(({ id, board }) => ({ id, board })),
      comments,
      viewsBefore: new Map(posts.map((p) => [p.id, p.views])),
    };
  } finally {
    if (sqlite.open) sqlite.close();
  }
}
