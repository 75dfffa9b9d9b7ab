// Builds users, boards, posts and comments straight into the test database.
import { eq, sql } from "drizzle-orm";
import { getSyncDb as getDb } from "@/db";
import { boards, comments, posts, users, type ContentStatus, type UserRole } from "@/db/schema";
import { renderMarkdown } from "@/lib/markdown/pipeline";
import { commentPath } from "@/lib/content/thread-shape";
import { usernameKey } from "@/lib/accounts/usernames";

let sequence = 0;
const next = () => ++sequence;

export function makeUser(overrides: { username?: string; name?: string; role?: UserRole; createdAt?: Date } = {}) {
  const username = overrides.username ?? `user${next()}`;
  return getDb()
    .insert(users)
    .values({
      username,
      usernameKey: usernameKey(username),
      name: overrides.name ?? `User ${username}`,
      role: overrides.role ?? "member",
      createdAt: overrides.createdAt ?? new Date(),
    })
    .returning()
    .get();
}

export function makeBoard(overrides: { slug?: string; name?: string; position?: number; archived?: boolean } = {}) {
  const n = next();
  return getDb()
    .insert(boards)
    .values({
      slug: overrides.slug ?? `board${n}`,
      name: overrides.name ?? `Board ${n}`,
      description: "A board for tests",
      position: overrides.position ?? n,
      archived: overrides.archived ?? false,
    })
    .returning()
    .get();
}

type PostOverrides = {
  title?: string;
  body?: string;
  status?: ContentStatus;
  pinned?: boolean;
  createdAt?: Date;
  lastActivityAt?: Date;
};

/** A post, with the board's post count kept as the app keeps it. */
export function makePost(board: { id: number }, author: { id: string }, overrides: PostOverrides = {}) {
  const db = getDb();
  const body = overrides.body ?? `Body of post ${next()}`;
  const createdAt = overrides.createdAt ?? new Date(Date.now() + next());
  const status = overrides.status ?? "published";
  const post = db
    .insert(posts)
    .values({
      boardId: board.id,
      authorId: author.id,
      title: overrides.title ?? `Post ${sequence}`,
      bodySource: body,
      bodyHtml: renderMarkdown(body),
      status,
      pinned: overrides.pinned ?? false,
      createdAt,
      lastActivityAt: overrides.lastActivityAt ?? createdAt,
    })
    .returning()
    .get();
  if (status === "published") {
    db.update(boards).set({ postCount: sql`${boards.postCount} + 1` }).where(eq(boards.id, board.id)).run();
  }
  return post;
}

/** A comment or reply, with the post's comment count kept as the app keeps it. */
export function makeComment(
  post: { id: number },
  author: { id: string },
  overrides: { body?: string; parent?: { id: number; path: string; depth: number }; status?: ContentStatus } = {},
) {
  const db = getDb();
  const body = overrides.body ?? `Comment ${next()}`;
  const status = overrides.status ?? "published";
  const row = db
    .insert(comments)
    .values({
      postId: post.id,
      authorId: author.id,
      parentId: overrides.parent?.id ?? null,
      depth: overrides.parent ? overrides.parent.depth + 1 : 0,
      path: "",
      bodySource: body,
      bodyHtml: renderMarkdown(body),
      status,
    })
    .returning()
    .get();
  const path = commentPath(overrides.parent?.path ?? null, row.id);
  db.update(comments).set({ path }).where(eq(comments.id, row.id)).run();
  if (status === "published") {
    db.update(posts).set({ commentCount: sql`${posts.commentCount} + 1` }).where(eq(posts.id, post.id)).run();
  }
  return { ...row, path };
}
