import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { posts } from "@/db/schema";
import { listThread } from "@/lib/content/comments";
import { getPost, type PostDetail } from "@/lib/content/posts";
import { discussionForumPosting, plainText, serializeJsonLd, STRUCTURED_TEXT_MAX } from "@/lib/syndication/structured-data";
import { makeBoard, makeComment, makePost, makeUser } from "../../factories";
import { resetDatabase } from "../../reset-database";

const ORIGIN = "https://forum.example";

beforeEach(async () => {
  await resetDatabase();
});

async function loadPost(boardSlug: string, id: number): Promise<PostDetail> {
  const post = await getPost(boardSlug, id);
  if (!post) throw new Error("the post should be visible");
  return post;
}

describe("discussionForumPosting", () => {
  it("describes the post with the fields Google's forum guidelines ask for", async () => {
    const board = await makeBoard({ slug: "health" });
    const author = await makeUser({ username: "minji", name: "Kim Minji" });
    const made = await makePost(board, author, { title: "Sleep", body: "## Why\n\nRest & *recover* `a < b`." });
    await getDb().update(posts).set({ viewCount: 42, likeCount: 7, editedAt: new Date(Date.now() + 60_000) }).where(eq(posts.id, made.id));
    const post = await loadPost("health", made.id);
    const data = discussionForumPosting(post, [], ORIGIN);
    const url = `${ORIGIN}/b/health/${made.id}`;
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "DiscussionForumPosting",
      headline: "Sleep",
      text: "Why Rest & recover a < b.",
      url,
      mainEntityOfPage: url,
      datePublished: made.createdAt.toISOString(),
      dateModified: post.editedAt?.toISOString(),
      author: { "@type": "Person", name: "Kim Minji", url: `${ORIGIN}/u/minji` },
      comment: [],
    });
    expect(data.interactionStatistic).toEqual([
      { "@type": "InteractionCounter", interactionType: "https://schema.org/ViewAction", userInteractionCount: 42 },
      { "@type": "InteractionCounter", interactionType: "https://schema.org/CommentAction", userInteractionCount: 0 },
      { "@type": "InteractionCounter", interactionType: "https://schema.org/LikeAction", userInteractionCount: 7 },
    ]);
  });

  it("nests replies under the comments they answer, each with author, date and text and nothing that only repeats", async () => {
    const board = await makeBoard({ slug: "health" });
    const author = await makeUser();
    const made = await makePost(board, author);
    const replier = await makeUser({ username: "hansol", name: "Hansol" });
    const first = await makeComment(made, replier, { body: "first" });
    const reply = await makeComment(made, author, { body: "reply", parent: first });
    await makeComment(made, replier, { body: "second" });
    const data = discussionForumPosting(await loadPost("health", made.id), await listThread(made.id), ORIGIN);
    expect(data.comment).toHaveLength(2);
    expect(data.comment[0]).toEqual({
      "@type": "Comment",
      author: { "@type": "Person", name: "Hansol" },
      datePublished: first.createdAt.toISOString(),
      text: "first",
      comment: [{ "@type": "Comment", author: { "@type": "Person", name: author.name }, datePublished: reply.createdAt.toISOString(), text: "reply" }],
    });
    expect(data.comment[1]).toMatchObject({ text: "second" });
    expect(data.comment[1]).not.toHaveProperty("comment");
  });

  it("describes the comment page shown: its URL is the page's, the posting's stays the thread's", async () => {
    const board = await makeBoard({ slug: "health" });
    const made = await makePost(board, await makeUser());
    const data = discussionForumPosting(await loadPost("health", made.id), [], ORIGIN, 2);
    expect(data.mainEntityOfPage).toBe(`${ORIGIN}/b/health/${made.id}?cpage=2`);
    expect(data.url).toBe(`${ORIGIN}/b/health/${made.id}`);
  });

  it("keeps a removed comment with visible replies as a bare Deleted tombstone, and drops one without", async () => {
    const board = await makeBoard({ slug: "health" });
    const author = await makeUser({ name: "Gone Author" });
    const made = await makePost(board, await makeUser());
    const removed = await makeComment(made, author, { body: "secret words", status: "removed" });
    const reply = await makeComment(made, await makeUser(), { body: "still here", parent: removed });
    await makeComment(made, author, { body: "also secret", status: "deleted" });
    const data = discussionForumPosting(await loadPost("health", made.id), await listThread(made.id), ORIGIN);
    expect(data.comment).toEqual([
      {
        "@type": "Comment",
        creativeWorkStatus: "Deleted",
        comment: [expect.objectContaining({ text: "still here", datePublished: reply.createdAt.toISOString() })],
      },
    ]);
    expect(JSON.stringify(data)).not.toMatch(/secret|Gone Author/);
  });
});

describe("plainText", () => {
  it("decodes the character references the renderer writes and drops tags, quoted '>' included", () => {
    expect(plainText('<p>a &#x3C; b &#x26; c &#60; &amp;lt;</p><img alt="x > y" src="https://e/x.png">')).toBe("a < b & c < &lt;");
  });

  it("cuts long text on a code point boundary", () => {
    const text = plainText(`<p>${"😀".repeat(STRUCTURED_TEXT_MAX + 10)}</p>`);
    expect(Array.from(text)).toHaveLength(STRUCTURED_TEXT_MAX);
    expect(text.endsWith("😀…")).toBe(true);
  });
});

describe("serializeJsonLd", () => {
  it("keeps a comment's </script> from closing the script element, and still parses back to the same value", async () => {
    const board = await makeBoard({ slug: "health" });
    const author = await makeUser({ name: "</script><script>alert(1)</script>" });
    const made = await makePost(board, author, { title: "<!-- </script>" });
    await makeComment(made, author, { body: "`</script><script>alert(2)</script>`" });
    const data = discussionForumPosting(await loadPost("health", made.id), await listThread(made.id), ORIGIN);
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/<\/?script|<!--/i);
    expect(json).not.toContain("<");
    expect(json).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(data)));
    expect(data.comment[0]).toMatchObject({ text: "</script><script>alert(2)</script>" });
  });
});
