import { describe, expect, it } from "vitest";
import { countLinks as countLinksIn, hasTooManyLinks as tooManyLinksIn, NEW_ACCOUNT_LINK_AGE_MS, NEW_USER_MAX_LINKS } from "@/lib/spam/links";
import { prepareText } from "@/lib/spam/prepared";

/** The checks as the spam pipeline runs them: on a text prepared once. */
const countLinks = (body: string) => countLinksIn(prepareText({ body }));
const hasTooManyLinks = (body: string, authorCreatedAt: Date, now: number) => tooManyLinksIn(prepareText({ body }), authorCreatedAt, now);

const NOW = Date.parse("2025-10-25T23:15:00Z");

describe("countLinks", () => {
  it.each([
    ["no links", "just words", 0],
    ["a bare https URL", "see https://a.example/x?y=1", 1],
    ["a bare http URL", "see http://a.example", 1],
    ["a www URL", "see www.a.example", 1],
    ["an autolink", "see <https://a.example>", 1],
    ["a Markdown link", "[a](https://a.example)", 1],
    ["a Markdown link with a title", '[a](https://a.example "A site")', 1],
    ["a Markdown link showing its URL", "[https://a.example](https://a.example)", 1],
    ["a raw anchor showing its URL", '<a href="https://a.example">https://a.example</a>', 1],
    ["a reference definition", "[a][ref]\n\n[ref]: https://a.example", 1],
    ["each occurrence of the same URL", "https://a.example https://a.example https://a.example", 3],
    ["an image", "![cat](https://a.example/cat.png)", 0],
    ["an image inside a link", "[![cat](https://a.example/cat.png)](https://b.example)", 1],
    ["an in-page anchor", "[up](#top)", 0],
    ["a site-relative link", "[thread](/b/general/1)", 0],
    ["a protocol-relative link", "[x](//a.example)", 1],
    ["a URL in a code span", "run `curl https://a.example`", 0],
    ["URLs in a code block", "```\nhttps://a.example\nhttps://b.example\nhttps://c.example\n```", 0],
    ["an anchor without href", '<a name="x">x</a>', 0],
  ])("%s: %i", (_name, text, count) => {
    expect(countLinks(text)).toBe(count);
  });
});

describe("hasTooManyLinks", () => {
  const links = (n: number) => Array.from({ length: n }, (_, i) => `https://site${i}.example`).join(" ");
  const newAccount = new Date(NOW - 1000);

  it("allows a new account up to the limit", () => {
    expect(hasTooManyLinks(links(NEW_USER_MAX_LINKS), newAccount, NOW)).toBe(false);
  });

  it("holds a new account over the limit", () => {
    expect(hasTooManyLinks(links(NEW_USER_MAX_LINKS + 1), newAccount, NOW)).toBe(true);
  });

  it("stops counting once the account reaches the link age", () => {
    const text = links(20);
    expect(hasTooManyLinks(text, new Date(NOW - NEW_ACCOUNT_LINK_AGE_MS + 1), NOW)).toBe(true);
    expect(hasTooManyLinks(text, new Date(NOW - NEW_ACCOUNT_LINK_AGE_MS), NOW)).toBe(false);
  });
});
