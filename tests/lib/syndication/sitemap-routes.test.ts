import { XMLValidator } from "fast-xml-parser";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import robots from "@/app/robots";
import { GET as sitemapGET } from "@/app/sitemap.xml/route";
import { GET as chunkGET } from "@/app/sitemaps/[n]/route";
import { parseSitemapChunk, sitemapChunkXml, sitemapXml } from "@/lib/syndication/sitemaps";
import { makeBoard, makePost, makeUser, makeMany } from "../../factories";
import { resetDatabase } from "../../reset-database";

const ORIGIN = "https://forum.example";

// A forged Host: nothing may read it, the origin comes from configuration.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "evil.example", "x-forwarded-host": "evil.example" }) }));
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), connection: async () => {} }));

beforeEach(async () => {
  await resetDatabase();
  vi.stubEnv("AUTH_URL", ORIGIN);
});
afterEach(() => vi.unstubAllEnvs());

/** The <loc>s of a sitemap or sitemap index, after checking that it is well-formed XML. */
function locs(xml: string): string[] {
  expect(XMLValidator.validate(xml)).toBe(true);
  return Array.from(xml.matchAll(/<loc>([^<]*)<\/loc>/g), (m) => m[1] ?? "");
}

/** Boards "health" and "free" with visible posts, plus everything that must never be listed. */
async function forum(visiblePosts = 3) {
  const author = await makeUser();
  const health = await makeBoard({ slug: "health", position: 1 });
  const free = await makeBoard({ slug: "free", position: 2 });
  const visible = await makeMany(visiblePosts, (i) => makePost(i % 2 ? free : health, author));
  const statuses = ["held", "removed", "deleted"] as const;
  const hidden = await makeMany(statuses.length, (i) => makePost(health, author, { status: statuses[i] }));
  const archived = await makeBoard({ slug: "attic", archived: true });
  hidden.push(await makePost(archived, author));
  const postUrl = (p: { id: number; boardId: number }) => `${ORIGIN}/b/${p.boardId === health.id ? "health" : "free"}/${p.id}`;
  return { visible: visible.map(postUrl), hidden: hidden.map((p) => `/${p.id}`), pages: [`${ORIGIN}/`, `${ORIGIN}/b/health`, `${ORIGIN}/b/free`] };
}

describe("/sitemap.xml", () => {
  it("lists the home page, open boards and visible posts, each with a lastmod", async () => {
    const { visible, hidden, pages } = await forum();
    const response = await sitemapGET(new Request(`${ORIGIN}/sitemap.xml`));
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(response.headers.get("cache-control")).toMatch(/max-age=\d+/);
    const xml = await response.text();
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(locs(xml)).toEqual([...pages, ...visible]);
    for (const id of hidden) expect(xml).not.toContain(id + "<");
    expect(xml).not.toContain("/b/attic");
    expect(xml.match(/<lastmod>/g)).toHaveLength(pages.length + visible.length);
  });

  it("dates a board by its newest visible post, the home page by the newest of all, and a post by its last change", async () => {
    const author = await makeUser();
    const health = await makeBoard({ slug: "health", position: 1 });
    const quiet = await makeBoard({ slug: "quiet", position: 2 });
    await makePost(quiet, author, { createdAt: new Date("2024-01-01T00:00:00Z") });
    const post = await makePost(health, author, { createdAt: new Date("2024-02-01T00:00:00Z"), lastActivityAt: new Date("2024-02-03T00:00:00Z") });
    await makePost(health, author, { status: "held", createdAt: new Date("2024-03-01T00:00:00Z") });
    const xml = await sitemapXml(ORIGIN);
    expect(xml).toContain(`<loc>${ORIGIN}/</loc><lastmod>2024-02-01T00:00:00.000Z</lastmod>`);
    expect(xml).toContain(`<loc>${ORIGIN}/b/health</loc><lastmod>2024-02-01T00:00:00.000Z</lastmod>`);
    expect(xml).toContain(`<loc>${ORIGIN}/b/quiet</loc><lastmod>2024-01-01T00:00:00.000Z</lastmod>`);
    expect(xml).toContain(`<loc>${ORIGIN}/b/health/${post.id}</loc><lastmod>2024-02-03T00:00:00.000Z</lastmod>`);
  });

  it("stays a single sitemap at exactly the limit and becomes an index one URL past it", async () => {
    const { pages, visible } = await forum(3);
    const total = pages.length + visible.length;
    expect(await sitemapXml(ORIGIN, total)).toContain("<urlset");
    const index = await sitemapXml(ORIGIN, total - 1);
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(locs(index)[0]).toBe(`${ORIGIN}/sitemaps/0.xml`);
  });

  it("splits into /sitemaps/<n>.xml chunks of at most the limit that together list every URL once", async () => {
    const maxUrls = 4;
    const { pages, visible, hidden } = await forum(11);
    // A whole id range of hidden posts: its chunk has nothing to list and must not appear in the index.
    const author = await makeUser();
    const board = await makeBoard();
    const firstHidden = (await makePost(board, author, { status: "removed" })).id;
    let last = firstHidden;
    while (last % maxUrls !== 0 || last - maxUrls < firstHidden - 1) last = (await makePost(board, author, { status: "removed" })).id;
    const emptyChunk = last / maxUrls;
    const tail = await makePost(board, author);
    const chunkUrls = locs(await sitemapXml(ORIGIN, maxUrls));
    const numbers = chunkUrls.map((url) => parseSitemapChunk(url.replace(`${ORIGIN}/sitemaps/`, "")));
    expect(numbers[0]).toBe(0);
    expect(numbers).toContain(Math.ceil(tail.id / maxUrls));
    expect(numbers).not.toContain(emptyChunk);
    expect(await sitemapChunkXml(ORIGIN, emptyChunk, maxUrls)).toBeNull();
    const listed = await Promise.all(numbers.map(async (n) => {
      const xml = await sitemapChunkXml(ORIGIN, n ?? -1, maxUrls);
      if (xml === null) throw new Error(`chunk ${n} is listed but empty`);
      const urls = locs(xml);
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.length).toBeLessThanOrEqual(maxUrls);
      return urls;
    }));
    const all = listed.flat();
    expect(all).toEqual([...pages, `${ORIGIN}/b/${board.slug}`, ...visible, `${ORIGIN}/b/${board.slug}/${tail.id}`]);
    for (const id of hidden) expect(all.some((url) => url.endsWith(id))).toBe(false);
  });
});

describe("/sitemaps/<n>.xml", () => {
  const chunk = (n: string) => chunkGET(new Request(`${ORIGIN}/sitemaps/${n}`), { params: Promise.resolve({ n }) });

  it("serves the pages chunk and the post chunks", async () => {
    const { pages, visible } = await forum(2);
    const zero = await chunk("0.xml");
    expect(zero.status).toBe(200);
    expect(zero.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(locs(await zero.text())).toEqual(pages);
    const one = await chunk("1.xml");
    expect(locs(await one.text())).toEqual(visible);
  });

  it("is a 404 for malformed numbers and for chunks with nothing in them", async () => {
    await forum(1);
    for (const n of ["1", "01.xml", "-1.xml", "x.xml", "1.xml.gz", "9999999999.xml", "999.xml"]) {
      expect((await chunk(n)).status, n).toBe(404);
    }
  });
});

describe("/robots.txt", () => {
  it("allows everything public, keeps crawlers out of private areas and points at the sitemap", async () => {
    vi.stubEnv("AUTH_URL", "");
    vi.stubEnv("SITE_URL", ORIGIN);
    const rules = await robots();
    expect(rules).toEqual({
      rules: {
        userAgent: "*",
        allow: "/",
        disallow: ["/admin", "/mod", "/settings", "/login", "/register", "/setup", "/api", "/notifications", "/search?"],
      },
      sitemap: "https://forum.example/sitemap.xml",
    });
  });
});
