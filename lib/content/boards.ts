// Boards: the list on the home page and the lookup behind every board URL.
import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { boards, posts, users } from "@/db/schema";

export type BoardSummary = {
  id: number;
  slug: string;
  name: string;
  description: string;
  postCount: number;
  postingRole: "member" | "moderator";
  newestPost: { id: number; title: string; createdAt: Date; authorName: string } | null;
};

/** Open boards in their display order, each with its newest visible post. */
export function listBoards(): BoardSummary[] {
  const db = getDb();
  const rows = db
    .select({
      id: boards.id,
      slug: boards.slug,
      name: boards.name,
      description: boards.description,
      postCount: boards.postCount,
      postingRole: boards.postingRole,
      newestId: posts.id,
      newestTitle: posts.title,
      newestCreatedAt: posts.createdAt,
      newestAuthor: users.name,
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
    .orderBy(asc(boards.position), asc(boards.id))
    .all();
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    description: r.description,
    postCount: r.postCount,
    postingRole: r.postingRole,
    newestPost:
      r.newestId !== null && r.newestTitle !== null && r.newestCreatedAt !== null
        ? { id: r.newestId, title: r.newestTitle, createdAt: r.newestCreatedAt, authorName: r.newestAuthor ?? "" }
        : null,
  }));
}

export type BoardRef = Pick<BoardSummary, "id" | "slug" | "name" | "description" | "postCount" | "postingRole">;

export function getBoard(slug: string): BoardRef | null {
  const row = getDb()
    .select({
      id: boards.id,
      slug: boards.slug,
      name: boards.name,
      description: boards.description,
      postCount: boards.postCount,
      postingRole: boards.postingRole,
    })
    .from(boards)
    .where(and(eq(boards.slug, slug), eq(boards.archived, false)))
    .get();
  return row ?? null;
}
