// The rules for post and comment text, checked on the server before any expensive work.
import { z } from "zod";
import { COMMENT_BODY_MAX, POST_BODY_MAX, POST_TITLE_MAX } from "@/lib/limits";
import { id, optionalId } from "./ids";

/** NUL and other C0 controls (but tab and newline) have no business in forum text; CRLF becomes LF. */
export function cleanText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");
}

const text = (max: number, required: string, tooLong: string) =>
  z
    .string(required)
    // Refuse a huge body before cleaning it, so a 10 MB submission costs almost nothing.
    .max(max * 4, tooLong)
    .transform(cleanText)
    .pipe(z.string().refine((v) => v.trim().length > 0, required).refine((v) => [...v].length <= max, tooLong));

export const postInput = z.object({
  title: text(POST_TITLE_MAX, "titleRequired", "titleTooLong").transform((v) => v.replace(/\s+/g, " ").trim()),
  body: text(POST_BODY_MAX, "bodyRequired", "bodyTooLong"),
});
export type PostInput = z.infer<typeof postInput>;

export const commentInput = z.object({
  body: text(COMMENT_BODY_MAX, "commentRequired", "commentTooLong"),
});
export type CommentInput = z.infer<typeof commentInput>;

/** A submission key is a form's one-time id; anything else is ignored rather than trusted. */
export function submissionKey(value: unknown): string | null {
  return typeof value === "string" && /^[A-Za-z0-9_-]{16,64}$/.test(value) ? value : null;
}

const oneTimeKey = z.string().transform(submissionKey);
/** The button pressed: "preview" shows the rendered text; anything else publishes or saves. */
const intent = z.string().transform((value) => (value === "preview" ? "preview" : "publish"));

/** A new post, in the board its page names (lib/content/posting.ts looks the board up and says whether it takes posts). */
export const newPostInput = postInput.extend({ board: z.string(), intent, submissionKey: oneTimeKey });
export const postEditInput = postInput.extend({ postId: id, intent });
/** The confirmation comes first: an unticked box is the message the author needs, whatever else is wrong. */
export const postDeleteInput = z.object({ confirm: z.literal("yes", "confirmDelete"), postId: id });

export const newCommentInput = commentInput.extend({ postId: id, parentId: optionalId, submissionKey: oneTimeKey });
export const commentEditInput = commentInput.extend({ commentId: id });
export const commentRef = z.object({ commentId: id });
/** A preview from the Write/Preview tab: a post's body (the longer limit) or a comment's, whose headings sit lower. */
export const previewInput = postInput.pick({ body: true }).extend({ kind: z.enum(["post", "comment"]).catch("post") });

/** What a recommend button sends, "post:<id>" or "comment:<id>" (lib/content/likes.ts's likeValue). */
export const likeChoice = z
  .string("invalidRequest")
  .regex(/^(post|comment):[1-9]\d{0,15}$/, "invalidRequest")
  .transform((value) => {
    const [target, digits] = value.split(":");
    return { target: target as "post" | "comment", id: Number(digits) };
  })
  .refine((choice) => Number.isSafeInteger(choice.id), "invalidRequest");
export const likeInput = z.object({ like: likeChoice });

/** The thread a form was sent from, by its own hidden fields: only for sending the reader back when nothing was written. */
export const threadPage = z.object({ board: z.string(), postId: id });
