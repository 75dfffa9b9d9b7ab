// The thread HTML that is built outside React and cached: what a visitor sees, and that member text cannot escape.
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { select, selectAll } from "hast-util-select";
import { toString } from "hast-util-to-string";
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { toHtml } from "hast-util-to-html";
import {
  commentHeaderHtml,
  type CommentControls,
  memberThreadElements,
  memberThreadHtml,
  publicThreadHtml,
  type ThreadContext,
} from "@/components/comment/comment-html";
import { listThread } from "@/lib/content/comments";
import { makeBoard, makeComment, makePost, makeUser } from "../factories";

/** Messages as "key(values)", so a test sees which message was asked for and with what. */
const messages = (key: string, values?: Record<string, string | number>) => (values ? `${key}(${Object.values(values).join(",")})` : key);
const context = (postId: number): ThreadContext => ({
  locale: "en",
  t: messages,
  tm: messages,
  tp: messages,
  formatDate: (value, options) => `${options.timeStyle === "long" ? "exact" : "shown"}:${value.toISOString()}`,
  timeZone: "Asia/Seoul",
  boardSlug: "free",
  postId,
});

/** Parses the HTML as a browser would (parse5), so assertions are about elements, not strings. */
const parse = (html: string) => fromHtml(html, { fragment: true });
const one = (selector: string, node: Parameters<typeof select>[1]) => {
  const found = select(selector, node);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
const attr = (element: Element, name: string) => element.properties[name];

describe("publicThreadHtml", () => {
  it("renders each comment with its author, time, body, indentation and count, in thread order", async () => {
    const post = await makePost(await makeBoard(), await makeUser());
    const author = await makeUser({ username: "hansol", name: "Hansol" });
    const first = await makeComment(post, author, { body: "first **words**" });
    const reply = await makeComment(post, author, { body: "a reply", parent: first });
    const tree = parse(publicThreadHtml(await listThread(post.id), context(post.id)));
    const items = selectAll("li", tree);
    expect(items.map((li) => attr(li, "id"))).toEqual([`comment-${first.id}`, `comment-${reply.id}`]);
    expect(attr(items[0]!, "style")).toBeUndefined();
    expect(attr(items[1]!, "style")).toBe("margin-inline-start:1.25rem");
    expect(attr(items[1]!, "className")).toContain("comment-reply");
    const article = one("article", items[0]!);
    expect(attr(article, "ariaLabel")).toBe("commentBy(Hansol)");
    expect(attr(one("header a", article), "href")).toBe("/u/hansol");
    const time = one("time", article);
    // To the second: the milliseconds are weight a hundred times over.
    expect(attr(time, "dateTime")).toBe(`${first.createdAt.toISOString().slice(0, 19)}Z`);
    expect(toString(time)).toBe(`shown:${first.createdAt.toISOString()}`);
    // The zone it is written in, on hover; not the exact time, which would be weight a hundred times over.
    expect(attr(time, "title")).toBe("Asia/Seoul");
    expect(toString(one(".prose-body strong", article))).toBe("words");
    expect(select("footer", article)).toBeUndefined();
  });

  it("shows a relative time with the exact time and zone on hover, for a member who reads them so", async () => {
    const post = await makePost(await makeBoard(), await makeUser());
    await makeComment(post, await makeUser());
    const [comment] = await listThread(post.id);
    const relative = { ...context(post.id), relativeDate: () => "3 hours ago" };
    const time = one("time", parse(publicThreadHtml([comment!], relative)));
    expect(toString(time)).toBe("3 hours ago");
    expect(attr(time, "title")).toBe(`exact:${comment!.createdAt.toISOString()} (Asia/Seoul)`);
    // Remembered HTML is kept per zone: the same comment read in another zone is written again.
    const elsewhere = one("time", parse(publicThreadHtml([comment!], { ...context(post.id), timeZone: "UTC" })));
    expect(attr(elsewhere, "title")).toBe("UTC");
  });

  it("shows a comment's like count once it has one", async () => {
    const post = await makePost(await makeBoard(), await makeUser());
    await makeComment(post, await makeUser());
    const [comment] = await listThread(post.id);
    const tree = parse(publicThreadHtml([{ ...comment!, likeCount: 2 }], context(post.id)));
    expect(toString(one("footer", tree))).toBe("♥ likes(2)");
  });

  it("shows a tombstone, not the text, where a comment was removed", async () => {
    const post = await makePost(await makeBoard(), await makeUser());
    const author = await makeUser();
    const removed = await makeComment(post, author, { body: "the removed words", status: "removed" });
    const html = publicThreadHtml(await listThread(post.id), context(post.id));
    const item = one(`#comment-${removed.id}`, parse(html));
    expect(select("article", item)).toBeUndefined();
    expect(toString(item)).toBe("removedBanner(reasons.other)");
    expect(html).not.toContain("the removed words");
  });

  it("escapes a hostile display name and keeps a sanitised body inert", async () => {
    const post = await makePost(await makeBoard(), await makeUser());
    const author = await makeUser({ name: `"><img src=x onerror=alert(1)><script>alert(2)</script>` });
    await makeComment(post, author, { body: "<script>alert(3)</script> [x](javascript:alert(4)) <img src=x onerror=alert(5)>" });
    const tree = parse(publicThreadHtml(await listThread(post.id), context(post.id)));
    expect(selectAll("script, [onerror]", tree)).toHaveLength(0);
    expect(toString(one("header a", tree))).toBe(author.name);
    expect(attr(one("article", tree), "ariaLabel")).toBe(`commentBy(${author.name})`);
    expect(selectAll("a", tree).map((a) => String(attr(a, "href") ?? ""))).not.toContainEqual(expect.stringMatching(/^javascript:/i));
  });
});

describe("commentHeaderHtml", () => {
  it("links an edited comment to its history and labels writing that is not published", async () => {
    const post = await makePost(await makeBoard(), await makeUser());
    const held = await makeComment(post, await makeUser(), { status: "held" });
    const [comment] = await listThread(post.id, { id: "staff", role: "moderator", status: "active" });
    const edited = { ...comment!, editedAt: new Date() };
    const tree = parse(commentHeaderHtml(edited, context(post.id)));
    expect(toString(one("span", tree))).toBe("awaitingReview");
    expect(attr(selectAll("a", tree).at(-1)!, "href")).toBe(`/b/free/${post.id}/comments/${held.id}/history`);
  });
});

describe("memberThreadHtml", () => {
  const withHeaders = async (postId: number) => (await listThread(postId)).map((c) => ({ ...c, headerHtml: commentHeaderHtml(c, context(postId)) }));

  it("draws each comment's controls as decided: the recommend button for the shared form, then the links", async () => {
    const post = await makePost(await makeBoard(), await makeUser());
    const first = await makeComment(post, await makeUser());
    const second = await makeComment(post, await makeUser());
    const html = memberThreadHtml(await withHeaders(post.id), context(post.id), (c) =>
      c.id === first.id
        ? { like: { form: "recommend-form", name: "like", value: `comment:${c.id}`, pressed: true, label: "recommend" }, links: [{ href: `/b/free/${post.id}?reply=${c.id}#reply-${c.id}`, label: "reply" }] }
        : { like: null, links: [] },
    );
    const [a, b] = selectAll("li", parse(html));
    const button = one("footer button", a!);
    expect([attr(button, "form"), attr(button, "name"), attr(button, "value"), attr(button, "ariaPressed"), attr(button, "type")]).toEqual(["recommend-form", "like", `comment:${first.id}`, "true", "submit"]);
    expect(toString(button)).toBe("♥ recommend · 0");
    expect(selectAll("footer a", a!).map((link) => [attr(link, "href"), toString(link)])).toEqual([[`/b/free/${post.id}?reply=${first.id}#reply-${first.id}`, "reply"]]);
    // Who may not recommend sees the count alone, and no link they may not use.
    expect(select("footer button", b!)).toBeUndefined();
    expect(toString(one("footer span", b!))).toBe("♥ likes(0)");
    expect(selectAll("footer a", b!)).toEqual([]);
    expect(attr(b!, "id")).toBe(`comment-${second.id}`);
  });

  it("keeps the cached header as it is and escapes what the controls carry", async () => {
    const post = await makePost(await makeBoard(), await makeUser());
    await makeComment(post, await makeUser({ name: "<img src=x onerror=alert(1)>" }));
    const html = memberThreadHtml(await withHeaders(post.id), context(post.id), () => ({ like: null, links: [{ href: '"><script>alert(1)</script>', label: "<b>x</b>" }] }));
    const tree = parse(html);
    expect(selectAll("script, img, b", tree)).toEqual([]);
    expect(toString(one("header a", tree))).toBe("<img src=x onerror=alert(1)>");
    expect(toString(one("footer a", tree))).toBe("<b>x</b>");
  });
});

describe("memberThreadElements", () => {
  const withHeaders = async (postId: number) => (await listThread(postId)).map((c) => ({ ...c, headerHtml: commentHeaderHtml(c, context(postId)) }));
  const controls = (): CommentControls => ({ like: null, links: [{ href: "/x?reply=1", label: "reply" }] });
  /** Both renderings parsed as a browser would and written out the same way, so only elements are compared. */
  const canonical = (html: string) => toHtml(parse(html));
  const form = createElement("form", { id: "the-form" }, createElement("textarea", { name: "body" }));

  it("is the member's list element for element, with the form after the open comment's footer", async () => {
    const post = await makePost(await makeBoard(), await makeUser());
    const first = await makeComment(post, await makeUser({ name: "Hansol" }), { body: "first **words**" });
    await makeComment(post, await makeUser(), { body: "a reply", parent: first });
    const comments = await withHeaders(post.id);
    const elements = renderToStaticMarkup(createElement("ol", null, await memberThreadElements(comments, context(post.id), controls, { commentId: first.id, place: "end", form })));
    const tree = parse(elements);
    const open = one(`#comment-${first.id} article`, tree);
    expect(open.children.map((child) => (child as Element).tagName)).toEqual(["header", "div", "footer", "form"]);
    // Take the form out, and what is left is exactly the list the member gets without one.
    const withoutForm = elements.replace(/<form id="the-form">.*?<\/form>/, "");
    expect(canonical(withoutForm)).toBe(canonical(`<ol>${memberThreadHtml(comments, context(post.id), controls)}</ol>`));
  });

  it("puts an edit form in place of the comment's body, and nowhere else", async () => {
    const post = await makePost(await makeBoard(), await makeUser());
    const first = await makeComment(post, await makeUser(), { body: "original text" });
    const second = await makeComment(post, await makeUser(), { body: "untouched" });
    const tree = parse(renderToStaticMarkup(createElement("ol", null, await memberThreadElements(await withHeaders(post.id), context(post.id), controls, { commentId: first.id, place: "body", form }))));
    const open = one(`#comment-${first.id} article`, tree);
    expect(open.children.map((child) => (child as Element).tagName)).toEqual(["header", "form", "footer"]);
    expect(toString(open)).not.toContain("original text");
    expect(selectAll("form", tree)).toHaveLength(1);
    expect(toString(one(`#comment-${second.id} .prose-body`, tree))).toBe("untouched");
  });
});

describe("remembered comment HTML", () => {
  const korean = (postId: number): ThreadContext => ({ ...context(postId), locale: "ko", t: (key) => `ko:${key}`, tp: (key, values) => `ko:${messages(key, values)}` });
  const itemOf = (html: string, id: number) => toString(one(`#comment-${id}`, parse(html)));

  it("draws a comment again when anything it shows changes, and only then", async () => {
    const post = await makePost(await makeBoard(), await makeUser());
    const author = await makeUser({ name: "Before" });
    const comment = await makeComment(post, author, { body: "words" });
    const [row] = await listThread(post.id);
    const first = publicThreadHtml([row!], context(post.id));
    expect(publicThreadHtml([{ ...row! }], context(post.id))).toBe(first);
    const changed = [
      { ...row!, likeCount: 3 },
      { ...row!, author: { ...row!.author, name: "After" } },
      { ...row!, editedAt: new Date(row!.createdAt.getTime() + 60_000) },
      { ...row!, status: "removed" as const, bodyHtml: "" },
      { ...row!, bodyHtml: "<p>other words</p>" },
      { ...row!, depth: 1 },
    ];
    for (const variant of changed) expect(publicThreadHtml([variant], context(post.id))).not.toBe(first);
    expect(itemOf(publicThreadHtml([{ ...row!, likeCount: 3 }], context(post.id)), comment.id)).toContain("likes(3)");
    expect(itemOf(publicThreadHtml([{ ...row!, author: { ...row!.author, name: "After" } }], context(post.id)), comment.id)).toContain("After");
  });

  it("keeps each language's HTML apart", async () => {
    const post = await makePost(await makeBoard(), await makeUser());
    const comment = await makeComment(post, await makeUser());
    const liked = (await listThread(post.id)).map((c) => ({ ...c, likeCount: 2 }));
    const english = publicThreadHtml(liked, context(post.id));
    const inKorean = publicThreadHtml(liked, korean(post.id));
    expect(itemOf(english, comment.id)).not.toContain("ko:");
    expect(attr(one("article", parse(inKorean)), "ariaLabel")).toMatch(/^ko:commentBy/);
    expect(itemOf(inKorean, comment.id)).toContain("ko:likes(2)");
  });

  it("gives two members the same comment with their own controls, after the body whatever it holds", async () => {
    const post = await makePost(await makeBoard(), await makeUser());
    await makeComment(post, await makeUser());
    // The marker where the footer goes, in a body: the Markdown pipeline would not let it through, so it is put in here.
    const comments = (await listThread(post.id)).map((c) => ({ ...c, bodyHtml: "<p>a body that mentions \u0000footer\u0000 on purpose</p>", headerHtml: commentHeaderHtml(c, context(post.id)) }));
    const forMember = (label: string) => memberThreadHtml(comments, context(post.id), () => ({ like: null, links: [{ href: "/x", label }] }));
    const first = parse(forMember("first member"));
    const two = parse(forMember("second member"));
    expect(toString(one("footer a", first))).toBe("first member");
    expect(toString(one("footer a", two))).toBe("second member");
    // The footer closes the article: nothing of the body comes after it.
    const article = one("article", first);
    expect((article.children.at(-1) as Element).tagName).toBe("footer");
    expect(toString(one(".prose-body", article))).toContain("on purpose");
  });
});
