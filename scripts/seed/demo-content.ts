// The demo content's files (scripts/seed/demo/): read at run time, checked against these schemas, handed to the seeder.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { LOCALES } from "../../lib/i18n/config";
import { USER_ROLES } from "../../db/enums";

/** Beside this module, in the checkout: read when a database is seeded, never compiled into the server. */
export const DEMO_CONTENT_DIR = fileURLToPath(new URL("./demo/", import.meta.url));

const demoMember = z.strictObject({
  username: z.string().min(1),
  name: z.string().min(1),
  role: z.enum(USER_ROLES).optional(),
  /** How long ago the member joined. */
  daysAgo: z.number().nonnegative(),
});

const demoBoard = z.strictObject({
  slug: z.string().regex(/^[a-z0-9-]+$/, "a slug is lower-case letters, digits and hyphens"),
  name: z.string().min(1),
  description: z.string(),
  /** Who may start threads; replies are open to members everywhere. */
  postingRole: z.enum(["member", "moderator"]).optional(),
  /** The name and description in other interface languages, by locale. */
  translations: z.partialRecord(z.enum(LOCALES), z.strictObject({ name: z.string().min(1), description: z.string().optional() })).optional(),
});

const demoComment = z.strictObject({
  author: z.string().min(1),
  body: z.string().min(1),
  /** Minutes after the post, so a thread reads in the order it was written. */
  minutesAfter: z.number().nonnegative(),
  get replies() {
    return z.array(demoComment).optional();
  },
});

/** A post file's JSON header; the Markdown after it is the body. */
const demoPostHeader = z.strictObject({
  board: z.string().min(1),
  author: z.string().min(1),
  title: z.string().min(1),
  /** How long ago it was posted (fractions allowed). */
  daysAgo: z.number().nonnegative(),
  views: z.number().int().nonnegative(),
  pinned: z.boolean().optional(),
  comments: z.array(demoComment).optional(),
});

export type DemoMember = z.infer<typeof demoMember>;
export type DemoBoard = z.infer<typeof demoBoard>;
export type DemoComment = z.infer<typeof demoComment>;
export type DemoPost = z.infer<typeof demoPostHeader> & { body: string };
export type DemoContent = { members: DemoMember[]; boards: DemoBoard[]; posts: DemoPost[] };

/** A demo content file that cannot be used; the message names the file and the field. */
export class DemoContentError extends Error {
  constructor(file: string, message: string) {
    const relative = path.relative(process.cwd(), file);
    super(`Demo content ${relative.startsWith("..") ? file : relative}: ${message}`);
    this.name = "DemoContentError";
  }
}

const HEADER_FENCE = "---\n";

/** Reads and checks every file under `dir`: members.json, boards.json and posts/*.md, in file-name order. */
export function loadDemoContent(dir = DEMO_CONTENT_DIR): DemoContent {
  const membersFile = path.join(dir, "members.json");
  const boardsFile = path.join(dir, "boards.json");
  const members = checked(membersFile, z.array(demoMember), readJson(membersFile));
  const boards = checked(boardsFile, z.array(demoBoard), readJson(boardsFile));
  const postsDir = path.join(dir, "posts");
  const postFiles = fs.readdirSync(postsDir).filter((name) => name.endsWith(".md")).sort().map((name) => path.join(postsDir, name));
  const posts = postFiles.map((file) => readPost(file));

  unique(membersFile, members.map((m) => m.username), "username");
  unique(boardsFile, boards.map((b) => b.slug), "slug");
  const usernames = new Set(members.map((m) => m.username));
  const slugs = new Set(boards.map((b) => b.slug));
  posts.forEach((post, i) => {
    const file = postFiles[i]!;
    if (!slugs.has(post.board)) throw new DemoContentError(file, `board: no board "${post.board}" in boards.json`);
    if (!usernames.has(post.author)) throw new DemoContentError(file, `author: no member "${post.author}" in members.json`);
    const checkAuthors = (comments: DemoComment[] | undefined, at: string) =>
      comments?.forEach((comment, n) => {
        const field = `${at}[${n}]`;
        if (!usernames.has(comment.author)) throw new DemoContentError(file, `${field}.author: no member "${comment.author}" in members.json`);
        checkAuthors(comment.replies, `${field}.replies`);
      });
    checkAuthors(post.comments, "comments");
  });
  return { members, boards, posts };
}

/** A post file: a JSON header between `---` lines, then the Markdown body. */
function readPost(file: string): DemoPost {
  const text = fs.readFileSync(file, "utf8");
  const end = text.indexOf(`\n${HEADER_FENCE}`, HEADER_FENCE.length - 1);
  if (!text.startsWith(HEADER_FENCE) || end < 0) {
    throw new DemoContentError(file, "a post file starts with a JSON header between two --- lines, then the Markdown body");
  }
  const header = checked(file, demoPostHeader, parseJson(file, text.slice(HEADER_FENCE.length, end)));
  const body = text.slice(end + 1 + HEADER_FENCE.length).replace(/^\n/, "").replace(/\n$/, "");
  if (!body.trim()) throw new DemoContentError(file, "body: the Markdown after the header is empty");
  return { ...header, body };
}

function readJson(file: string): unknown {
  return parseJson(file, fs.readFileSync(file, "utf8"));
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DemoContentError(file, `not valid JSON (${(error as Error).message})`);
  }
}

function checked<T>(file: string, schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new DemoContentError(file, `${fieldName(issue.path) || "(the whole file)"}: ${issue.message}`);
}

/** A zod issue's path as it reads in the file: comments[0].replies[1].author. */
function fieldName(at: PropertyKey[]): string {
  return at.map((key, i) => (typeof key === "number" ? `[${key}]` : `${i > 0 ? "." : ""}${String(key)}`)).join("");
}

function unique(file: string, values: string[], field: string): void {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    if (seen.has(value)) throw new DemoContentError(file, `[${i}].${field}: "${value}" appears twice`);
    seen.add(value);
  });
}
