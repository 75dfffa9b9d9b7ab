// Making a rendered page fit for many readers: no nonce survives, and the policy names exactly its inline scripts.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes, nonceOf, withoutNonce } from "@/lib/platform/page-cache/csp";

const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");

describe("page cache CSP", () => {
  it("finds the nonce a policy names", () => {
    expect(nonceOf("default-src 'self'; script-src 'self' 'nonce-YWJj+/=' 'strict-dynamic'")).toBe("YWJj+/=");
    expect(nonceOf("default-src 'self'")).toBeNull();
    expect(nonceOf(undefined)).toBeNull();
  });

  it("removes every trace of the nonce from a page and its Link header", () => {
    const html = `<script nonce="N0NCE">self.x=1</script><script src="/a.js" async="" nonce="N0NCE"></script>[{"nonce":"N0NCE"}]`;
    const clean = withoutNonce(html, "N0NCE");
    expect(clean).not.toContain("N0NCE");
    expect(clean).toBe(`<script>self.x=1</script><script src="/a.js" async=""></script>[{"nonce":""}]`);
    expect(withoutNonce(`</a.css>; rel=preload; as="style"; nonce="N0NCE"`, "N0NCE")).toBe(`</a.css>; rel=preload; as="style"`);
  });

  it("hashes each inline script the browser runs, once, and nothing else", () => {
    const html = [
      "<script>self.__next_f=[]</script>",
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script type="application/ld+json">{"@type":"DiscussionForumPosting"}</script>',
      '<script type="module">import "/m.js"</script>',
      "<SCRIPT>self.__next_f.push([1])</SCRIPT>",
      "<script>self.__next_f=[]</script>",
    ].join("");
    expect(inlineScriptHashes(html)).toEqual([sha("self.__next_f=[]"), sha('import "/m.js"'), sha("self.__next_f.push([1])")]);
  });

  it("hashes the exact text between the tags, multi-byte characters and all", () => {
    const body = 'self.__next_f.push([1,"한솔이 \\u003c/script>"])';
    expect(inlineScriptHashes(`<script>${body}</script>`)).toEqual([sha(body)]);
  });
});
