// Board names and descriptions in the reader's language. A board's own name and description are written in the
// site's default language; board_translations holds them in others, and a language without a row shows the board's
// own. Read per request: the table is a few rows a board, and the visitor page cache keys pages by language.
import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { boards, boardTranslations } from "@/db/schema";
import { DEFAULT_LOCALE, type Locale } from "../i18n/config";

/** A board row, or a post's board columns. */
type Named = { slug: string; name: string; description?: string } | { boardSlug: string; boardName: string };

/** A board's name and description as readers of one language see them. */
export type BoardNaming = (board: Named) => { name: string; description: string };

/** The namer for one language: pass it any board row (or anything with its slug, name and description). */
export async function boardNamesIn(locale: Locale | string): Promise<BoardNaming> {
  const translated = new Map<string, { name: string; description: string }>();
  if (locale !== DEFAULT_LOCALE) {
    const rows = await getDb()
      .select({ slug: boards.slug, name: boardTranslations.name, description: boardTranslations.description })
      .from(boardTranslations)
      .innerJoin(boards, eq(boards.id, boardTranslations.boardId))
      .where(eq(boardTranslations.locale, locale));
    for (const row of rows) translated.set(row.slug, { name: row.name, description: row.description });
  }
  return (board) => {
    const [slug, name, description] = "boardSlug" in board ? [board.boardSlug, board.boardName, ""] : [board.slug, board.name, board.description ?? ""];
    const own = translated.get(slug);
    return { name: own?.name || name, description: own?.description || description };
  };
}

/** Every language's name and description of one board, for the admin's form. */
export async function boardTranslationsOf(boardId: number): Promise<Partial<Record<Locale, { name: string; description: string }>>> {
  const rows = await getDb().select().from(boardTranslations).where(eq(boardTranslations.boardId, boardId));
  return Object.fromEntries(rows.map((row) => [row.locale, { name: row.name, description: row.description }]));
}
