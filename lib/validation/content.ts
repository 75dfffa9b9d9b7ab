// The rules for post and comment text, checked on the server before any expensive work.
import { z } from "zod";
import { COMMENT_BODY_MAX, POST_BODY_MAX, POST_TITLE_MAX } from "@/lib/limits";

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
