import { isValidElement, type ReactNode } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import SearchPage, { generateMetadata } from "@/app/search/page";
import { Pagination } from "@/components/layout/pagination";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { makeBoard, makePost, makeUser } from "../../factories";
import { resetDatabase } from "../../reset-database";

// Messages come back as their keys, so the page's choices can be read without the catalogues.
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => (key: string) => `${namespace}.${key}`,
  getLocale: async () => "en",
}));

type Params = Record<string, string | string[]>;
const render = (params: Params) => SearchPage({ searchParams: Promise.resolve(params) });

/** Every element and string in a tree the page returned (its child components are not rendered). */
function flatten(node: ReactNode): unknown[] {
  if (Array.isArray(node)) return node.flatMap(flatten);
  if (!isValidElement(node)) return node === null || node === undefined || typeof node === "boolean" ? [] : [node];
  return [node, ...flatten((node.props as { children?: ReactNode }).children)];
}
const texts = (tree: ReactNode) => flatten(tree).filter((n): n is string => typeof n === "string");
const propsOf = <P,>(tree: ReactNode, type: unknown) =>
  flatten(tree).filter((n) => isValidElement(n) && n.type === type).map((n) => (n as { props: P }).props);

beforeEach(async () => {
  await resetDatabase();
});

describe("the search page", () => {
  it("shows only the form before anything is searched", async () => {
    await makeBoard({ slug: "free", name: "Free" });
    const tree = await render({});
    expect(propsOf(tree, SearchForm)).toEqual([
      { query: "", board: "", author: "", sort: "relevance", boards: [{ slug: "free", name: "Free" }] },
    ]);
    expect(texts(tree)).toEqual(["search.title"]);
  });

  it("explains an empty, short or long query instead of searching", async () => {
    expect(texts(await render({ q: "" }))).toContain("search.problems.empty");
    expect(texts(await render({ q: "김" }))).toContain("search.problems.tooShort");
    expect(texts(await render({ q: "x".repeat(1000) }))).toContain("search.problems.tooLong");
    expect(texts(await render({ q: "tea", author: "nobody" }))).toContain("search.problems.unknownAuthor");
  });

  it("says when nothing matched", async () => {
    expect(texts(await render({ q: "nothing" }))).toContain("search.noResults");
  });

  it("lists results and pages through them keeping the query, filters and order", async () => {
    const board = await makeBoard({ slug: "free" });
    const author = await makeUser({ username: "kim" });
    for (let i = 0; i < 25; i++) await makePost(board, author, { body: "tomato" });
    const tree = await render({ q: "tomato", board: "free", author: "kim", sort: "new", page: "2" });
    expect(propsOf<{ results: unknown[] }>(tree, SearchResults)[0]!.results).toHaveLength(5);
    const [pagination] = propsOf<{ current: number; last: number; hrefFor: (n: number) => string }>(tree, Pagination);
    expect([pagination!.current, pagination!.last]).toEqual([2, 2]);
    expect(pagination!.hrefFor(1)).toBe("/search?q=tomato&board=free&author=kim&sort=new");
    expect(pagination!.hrefFor(2)).toBe("/search?q=tomato&board=free&author=kim&sort=new&page=2");
  });

  it("answers 404 for a page number that is not one, or past the last page", async () => {
    await makePost(await makeBoard(), await makeUser(), { body: "tomato" });
    const notFound = expect.objectContaining({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
    await expect(render({ q: "tomato", page: "abc" })).rejects.toEqual(notFound);
    await expect(render({ q: "tomato", page: "3" })).rejects.toEqual(notFound);
    await expect(render({ q: "tomato", page: "1" })).resolves.toBeTruthy();
  });

  it("is titled by the query and kept out of search engines", async () => {
    const metadata = await generateMetadata({ searchParams: Promise.resolve({ q: "  tomato " }) });
    expect(metadata).toEqual({ title: "search.titleFor", robots: { index: false } });
  });
});
