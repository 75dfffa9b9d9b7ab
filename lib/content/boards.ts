// Boards: the list on the home page and the lookup behind every board URL.
import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { first, getDb } from "@/db";
import { boards, posts, users, type BoardListStyle } from "@/db/schema";

export type BoardSummary = {
  id: number;
  slug: string;
  name: string;
  description: string;
  postCount: number;
  postingRole: "member" | "moderator";
  listStyle: BoardListStyle;
  newestPost: { id: number; title: string; createdAt: Date; authorName: string; authorUsername: string } | null;
};

/** What a board URL, a board's header and the home page's list read of a board. */
const boardRefColumns = {
  id: boards.id,
  slug: boards.slug,
  name: boards.name,
  description: boards.description,
  postCount: boards.postCount,
  postingRole: boards.postingRole,
  listStyle: boards.listStyle,
};

/** Open boards in their display order, each with its newest visible post. */
export async function listBoards(): Promise<BoardSummary[]> {
  const db = getDb();
  const rows = await db
    .select({
      ...boardRefColumns,
      newestId: posts.id,
      newestTitle: posts.title,
      newestCreatedAt: posts.createdAt,
      newestAuthor: users.name,
      newestAuthorUsername: users.username,
    })
    .from(boards)
    .leftJoin(
      posts,
      eq(
        posts.id,
        sql`(select p.id from ${posts} p where p.board_id = ${boards.id} and p.status = 'published' order by p.id desc limit 1)`,
      ),
    )
    .leftJoin(users, eq(users.id, posts.authorId))
    .where(eq(boards.archived, false))
    .orderBy(asc(boards.position), asc(boards.id));
  return rows.map(({ newestId, newestTitle, newestCreatedAt, newestAuthor, newestAuthorUsername, ...board }) => ({
    ...board,
    newestPost:
      newestId !== null && newestTitle !== null && newestCreatedAt !== null
        ? { id: newestId, title: newestTitle, createdAt: newestCreatedAt, authorName: newestAuthor ?? "", authorUsername: newestAuthorUsername ?? "" }
        : null,
  }));
}

export type BoardRef = Pick<BoardSummary, "id" | "slug" | "name" | "description" | "postCount" | "postingRole" | "listStyle">;

export async function getBoard(slug: string): Promise<BoardRef | null> {
  const row = await first(getDb()
    .select(boardRefColumns)
    .from(boards)
    .where(and(eq(boards.slug, slug), eq(boards.archived, false))));
  return row ?? null;
}
