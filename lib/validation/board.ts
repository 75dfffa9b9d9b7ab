// The rules for what admins type on the board pages: boards and the banned-word list, for hints and for the truth.
import { z } from "zod";
import { BANNED_WORD_MODES, BOARD_LIST_STYLES } from "@/db/enums";
import { id } from "./ids";
import { BANNED_WORD_MAX, BOARD_DESCRIPTION_MAX, BOARD_NAME_MAX, BOARD_POSTING_ROLES, BOARD_SLUG_MAX, BOARD_SLUG_MIN } from "@/lib/limits";

/** a-z, 0-9 and hyphens, starting and ending with a letter or digit: "/b/-" or "/b/free-" make poor addresses. */
export const BOARD_SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** Addresses that read as the site's own pages rather than a board, kept free for routes under /b/ later. */
const RESERVED_BOARD_SLUGS = new Set(["admin", "all", "api", "edit", "feed", "login", "new", "search", "settings", "write"]);

export const isReservedBoardSlug = (slug: string) => RESERVED_BOARD_SLUGS.has(slug);

/** The form of a banned word that makes the list unique: NFKC-folded, lower case, single-spaced, trimmed. */
export function bannedWordKey(word: string): string {
  return word.normalize("NFKC").toLowerCase().normalize("NFKC").replace(/\s+/g, " ").trim();
}

/** Messages are catalogue keys under "validation", translated where they are shown. */
const slug = z
  .string()
  .transform((value) => value.trim().toLowerCase())
  .pipe(
    z
      .string()
      .min(BOARD_SLUG_MIN, "boardSlugLength")
      .max(BOARD_SLUG_MAX, "boardSlugLength")
      .regex(BOARD_SLUG_PATTERN, "boardSlugCharacters")
      .refine((value) => !isReservedBoardSlug(value), "boardSlugReserved"),
  );

const oneLine = (value: string) => value.normalize("NFKC").replace(/\s+/g, " ").trim();

const name = z
  .string()
  .transform(oneLine)
  .pipe(z.string().min(1, "boardNameRequired").max(BOARD_NAME_MAX, "boardNameTooLong"));

const description = z.string().transform(oneLine).pipe(z.string().max(BOARD_DESCRIPTION_MAX, "boardDescriptionTooLong"));

/**
 * A board's name and description in another interface language (lib/content/board-names.ts). Empty removes the
 * translation, so that language shows the board's own; a form without the field leaves it as it is.
 */
const translatedName = z.string().transform(oneLine).pipe(z.string().max(BOARD_NAME_MAX, "boardNameTooLong")).optional();
const translatedDescription = description.optional();

/**
 * The fields of the one language boards are translated into today (LOCALES less DEFAULT_LOCALE). A form that has
 * them says so with `translations=ko`: a missing field reads as empty, and empty would remove the translation.
 */
const translations = {
  translations: z.enum(["ko", ""]).optional().transform((value) => value === "ko"),
  name_ko: translatedName,
  description_ko: translatedDescription,
};

export const boardCreateInput = z.object({ slug, name, description, ...translations });
/** `translations` says the Korean fields were sent; callers in code may leave it out (nothing translated). */
export type BoardCreateInput = Omit<z.infer<typeof boardCreateInput>, "translations"> & { translations?: boolean };

export const boardUpdateInput = z.object({
  boardId: id,
  name,
  description,
  ...translations,
  postingRole: z.enum(BOARD_POSTING_ROLES, "invalidRequest"),
  // A checkbox sends "on" when ticked and nothing otherwise.
  approveNewMembers: z.enum(["on", ""], "invalidRequest").transform((value) => value === "on"),
  // Left out (a form from before the field existed sends ""): the board keeps its list style.
  listStyle: z.enum([...BOARD_LIST_STYLES, ""], "invalidRequest").optional().transform((value) => value || undefined),
});
export type BoardUpdateInput = Omit<z.infer<typeof boardUpdateInput>, "translations"> & { translations?: boolean };

export const boardMoveInput = z.object({ boardId: id, direction: z.enum(["up", "down"], "invalidRequest") });

export const boardArchiveInput = z.object({
  boardId: id,
  archived: z.enum(["true", "false"], "invalidRequest").transform((value) => value === "true"),
});

const mode = z.enum(BANNED_WORD_MODES, "invalidRequest");

export const bannedWordInput = z.object({
  word: z
    .string()
    .transform(bannedWordKey)
    .pipe(
      z
        .string()
        .min(1, "bannedWordRequired")
        .max(BANNED_WORD_MAX, "bannedWordTooLong")
        // The matcher compares letters and digits only, so a word without any would never match anything.
        .regex(/[\p{L}\p{N}]/u, "bannedWordNoLetters"),
    ),
  mode,
});
export type BannedWordInput = z.infer<typeof bannedWordInput>;

export const bannedWordModeInput = z.object({ wordId: id, mode });
export const bannedWordRef = z.object({ wordId: id });
