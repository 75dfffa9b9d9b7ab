// The Write/Preview tab's input: a body under the post limits, and which heading level it renders at.
import { describe, expect, it } from "vitest";
import { POST_BODY_MAX } from "@/lib/limits";
import { previewInput } from "@/lib/validation/content";

describe("previewInput", () => {
  it("reads a comment's preview as a comment and anything else as a post", () => {
    expect(previewInput.parse({ body: "## hi", kind: "comment" }).kind).toBe("comment");
    expect(previewInput.parse({ body: "## hi", kind: "post" }).kind).toBe("post");
    expect(previewInput.parse({ body: "## hi", kind: "<script>" }).kind).toBe("post");
  });

  it("refuses an empty body and one over the post limit, as publishing would", () => {
    expect(previewInput.safeParse({ body: "   ", kind: "comment" }).success).toBe(false);
    expect(previewInput.safeParse({ body: "x".repeat(POST_BODY_MAX + 1), kind: "post" }).success).toBe(false);
  });
});
