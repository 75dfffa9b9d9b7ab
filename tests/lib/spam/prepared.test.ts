import { describe, expect, it } from "vitest";
import { prepareText } from "@/lib/spam/prepared";
import { proseOf, withoutCode } from "@/lib/spam/prose";
import { skeletonOf, skeletonText } from "@/lib/spam/skeleton";

const TITLE = "Ｆｒｅｅ v.i.a.g.r.a";
const BODY = "Read [this](https://spam.example) now\n\n```\n<div hidden>code</div>\n```\n";

describe("prepareText", () => {
  it("reads the title with the body for words, and the body alone for links, HTML and repeats", () => {
    const text = prepareText({ title: TITLE, body: BODY });
    expect(text.whole).toBe(`${TITLE}\n\n${BODY}`);
    expect(text.body).toBe(BODY);
    expect(text.bodyWithoutCode).toBe(withoutCode(BODY));
    expect(text.prose).toBe(proseOf(`${TITLE}\n\n${BODY}`));
    expect(text.skeleton).toEqual(skeletonOf(`${TITLE}\n\n${BODY}`));
    expect(text.bodySkeleton).toBe(skeletonText(BODY));
    expect(text.skeleton.text.startsWith("freeviagra")).toBe(true);
    expect(text.bodyWithoutCode).not.toContain("hidden");
  });

  it("derives each form once and hands every check the same one", () => {
    const text = prepareText({ body: BODY });
    expect(text.skeleton).toBe(text.skeleton);
    expect(text.whole).toBe(BODY);
  });
});
