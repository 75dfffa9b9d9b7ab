import { describe, expect, it } from "vitest";
import { MAX_MENTIONS_PER_WRITE, mentionsInHtml } from "@/lib/markdown/mentions";
import { renderMarkdown } from "@/lib/markdown/pipeline";

/** The mentions of a Markdown source, found as the write path finds them: in its rendered HTML. */
const mentionsIn = (source: string) => mentionsInHtml(renderMarkdown(source));

describe("mentionsInHtml", () => {
  it("finds @usernames in running text, in order, each once whatever its case", () => {
    expect(mentionsIn("Hi @sora and @minji, also @Sora again (@minji).")).toEqual(["sora", "minji"]);
  });

  it("reads Hangul usernames and names with _ and -", () => {
    expect(mentionsIn("@김지민 @dev_kim @lee-s")).toEqual(["김지민", "dev_kim", "lee-s"]);
  });

  it("ignores code spans, fenced and indented code blocks, and links", () => {
    const source = ["`@inline`", "", "```", "@fenced", "```", "", "    @indented", "", "[@linked](https://example.com) @real"].join("\n");
    expect(mentionsIn(source)).toEqual(["real"]);
  });

  it("ignores email addresses and names too short or too long", () => {
    expect(mentionsIn("write to me@example.com or @ab or @abcdefghijklmnopqrstuvwxyz")).toEqual([]);
  });

  it("counts a profile link only when its text is that member's @name", () => {
    expect(mentionsInHtml('<a href="/u/sora">@minji</a> <a href="/u/jun">jun</a> <a href="/u/%E0%A4%A">@x</a>')).toEqual([]);
    expect(mentionsIn("[@sora](/u/sora)")).toEqual(["sora"]);
  });

  it("reads a very long body in one linear pass", () => {
    const body = `<p>${"<a href=\"/u/".repeat(50_000)}</p>`;
    expect(mentionsInHtml(body)).toEqual([]);
  });

  it(`keeps at most ${MAX_MENTIONS_PER_WRITE} names per write`, () => {
    const names = Array.from({ length: MAX_MENTIONS_PER_WRITE + 5 }, (_, i) => `member${i}`);
    const found = mentionsIn(names.map((n) => `@${n}`).join(" "));
    expect(found).toHaveLength(MAX_MENTIONS_PER_WRITE);
    expect(found[0]).toBe("member0");
  });
});

describe("rendered mentions", () => {
  it("link to the member's profile", () => {
    expect(renderMarkdown("Thanks @sora!")).toBe('<p>Thanks <a href="/u/sora" rel="ugc nofollow noopener">@sora</a>!</p>');
  });

  it("stay plain inside code", () => {
    expect(renderMarkdown("`@sora`")).toBe("<p><code>@sora</code></p>");
    expect(renderMarkdown("```\n@sora\n```")).toContain("@sora\n</code></pre>");
    expect(renderMarkdown("```\n@sora\n```")).not.toContain("href");
  });

  it("percent-encode a Hangul name in the link, and leave addresses alone", () => {
    expect(renderMarkdown("@김지민")).toContain(`href="/u/${encodeURIComponent("김지민")}"`);
    expect(renderMarkdown("me@example.com")).not.toContain("/u/");
  });
});
