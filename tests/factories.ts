// Builds users, boards, posts and comments straight into the test database, through the app's asynchronous
// Drizzle interface, so the same factories serve every engine.
import { eq, sql } from "drizzle-orm";
import { getDb, returned } from "@/db";
import { boards, comments, posts, users, type ContentStatus, type UserRole } from "@/db/schema";
import { renderMarkdown } from "@/lib/markdown/pipeline";
import { commentPath } from "@/lib/content/thread-shape";
import { usernameKey } from "@/lib/accounts/usernames";

let sequence = 0;
const next = () => ++sequence;

export async function makeUser(overrides: { username?: string; name?: string; role?: UserRole; createdAt?: Date } = {}) {
  const username = overrides.username ?? `user${next()}`;
  return returned(
    getDb()
      .insert(users)
      .values({
        username,
        usernameKey: usernameKey(username),
        name: overrides.name ?? `User ${username}`,
        role: overrides.role ?? "member",
        createdAt: overrides.createdAt ?? new Date(),
      })
      .returning(),
  );
}

export async function makeBoard(overrides: { slug?: string; name?: string; position?: number; archived?: boolean } = {}) {
  const n = next();
  return returned(
    getDb()
      .insert(boards)
      .values({
        slug: overrides.slug ?? `board${n}`,
        name: overrides.name ?? `Board ${n}`,
        description: "A board for tests",
        position: overrides.position ?? n,
        archived: overrides.archived ?? false,
      })
      .returning(),
  );
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
export async function makePost(board: { id: number }, author: { id: string }, overrides: PostOverrides = {}) {
  const db = getDb();
  const body = overrides.body ?? `Body of post ${next()}`;
  const createdAt = overrides.createdAt ?? new Date(Date.now() + next());
  const status = overrides.status ?? "published";
  const title = overrides.title ?? `Post ${sequence}`;
  return db.transaction(async (tx) => {
    const post = await returned(
      tx
        .insert(posts)
        .values({
          boardId: board.id,
          authorId: author.id,
          title,
          bodySource: body,
          bodyHtml: renderMarkdown(body),
          status,
          pinned: overrides.pinned ?? false,
          createdAt,
          lastActivityAt: overrides.lastActivityAt ?? createdAt,
        })
        .returning(),
    );
    if (status === "published") {
      await tx.update(boards).set({ postCount: sql`${boards.postCount} + 1` }).where(eq(boards.id, board.id));
    }
    return post;
  });
}

/** A comment or reply, with the post's comment count kept as the app keeps it. */
export async function makeComment(
  post: { id: number },
  author: { id: string },
  overrides: { body?: string; parent?: { id: number; path: string; depth: number }; status?: ContentStatus } = {},
) {
  const body = overrides.body ?? `Comment ${next()}`;
  const status = overrides.status ?? "published";
  return getDb().transaction(async (tx) => {
    const row = await returned(
      tx
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
        .returning(),
    );
    const path = commentPath(overrides.parent?.path ?? null, row.id);
    await tx.update(comments).set({ path }).where(eq(comments.id, row.id));
    if (status === "published") {
      await tx.update(posts).set({ commentCount: sql`${posts.commentCount} + 1` }).where(eq(posts.id, post.id));
    }
    return { ...row, path };
  });
}

/** `count` rows made one after another, so their ids and times follow `i`; `make(i)` builds the i-th. */
export async function makeMany<T>(count: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const made: T[] = [];
  for (let i = 0; i < count; i++) made.push(await make(i));
  return made;
}
