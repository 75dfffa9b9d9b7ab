import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { eq, gt } from "drizzle-orm";
import { closeDatabase, getDb, getSqlite } from "@/db";
// Named apart from the posts some tests make.
import { posts as postsTable } from "@/db/schema";
import {
  MAX_TRACKED_VIEWS,
  VIEW_DEDUP_WINDOW_MS,
  VIEW_FLUSH_INTERVAL_MS,
  flushViews,
  pendingViews,
  countThreadView,
  recordView,
  shouldCount,
  stopViewFlusher,
  trackedViews,
  viewerKey,
  type ViewRequest,
} from "@/lib/content/views";
import { makeBoard, makePost, makeUser, makeMany } from "../../factories";
import { valueOf } from "../../queries";
import { resetDatabase } from "../../reset-database";
import { usesPostgres } from "@/db/engine";

const CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";
const SAFARI = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15";
const NOON = Date.UTC(2025, 5, 10, 12);
const HOUR_MS = 60 * 60 * 1000;

function visit(overrides: Partial<ViewRequest> & { userAgent?: string | null; extra?: Record<string, string> } = {}): ViewRequest {
  const { userAgent = CHROME, extra = {}, ...rest } = overrides;
  const headers = new Headers(extra);
  if (userAgent !== null) headers.set("user-agent", userAgent);
  return { method: "GET", headers, userId: null, ip: "203.0.113.9", ...rest };
}

async function storedViews(postId: number): Promise<number | undefined> {
  return valueOf(postsTable.viewCount, eq(postsTable.id, postId));
}

/** What a new process sees: no views in memory, no secret, no timer. */
function forgetProcessState(): void {
  stopViewFlusher();
  delete (globalThis as { __rapportViews?: unknown }).__rapportViews;
}

async function newPost() {
  return makePost(await makeBoard(), await makeUser());
}

beforeEach(async () => {
  forgetProcessState();
  await resetDatabase();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  forgetProcessState();
});

describe("the dedup window", () => {
  it("counts the same visitor once within 8 hours, and again after", async () => {
    const post = await newPost();
    expect(recordView(post.id, visit(), NOON)).toBe(true);
    expect(recordView(post.id, visit(), NOON + 1000)).toBe(false);
    expect(recordView(post.id, visit(), NOON + VIEW_DEDUP_WINDOW_MS - 1)).toBe(false);
    expect(pendingViews(post.id)).toBe(1);
    expect(recordView(post.id, visit(), NOON + VIEW_DEDUP_WINDOW_MS)).toBe(true);
    expect(pendingViews(post.id)).toBe(2);
  });

  it("measures the window from the counted view, so repeat visits do not extend it", async () => {
    const post = await newPost();
    recordView(post.id, visit(), NOON);
    recordView(post.id, visit(), NOON + 7 * HOUR_MS);
    expect(recordView(post.id, visit(), NOON + VIEW_DEDUP_WINDOW_MS + 1)).toBe(true);
  });

  it("counts two visitors on different IPs, and the same IP with another browser, separately", async () => {
    const post = await newPost();
    recordView(post.id, visit({ ip: "203.0.113.9" }), NOON);
    recordView(post.id, visit({ ip: "198.51.100.4" }), NOON);
    recordView(post.id, visit({ ip: "203.0.113.9", userAgent: SAFARI }), NOON);
    expect(pendingViews(post.id)).toBe(3);
  });

  it("counts a member by id, whatever IP or browser they come from", async () => {
    const post = await newPost();
    const member = await makeUser();
    expect(recordView(post.id, visit({ userId: member.id, ip: "203.0.113.9" }), NOON)).toBe(true);
    expect(recordView(post.id, visit({ userId: member.id, ip: "198.51.100.4", userAgent: SAFARI }), NOON + HOUR_MS)).toBe(false);
    expect(viewerKey(visit({ userId: member.id }))).toBe(`user:${member.id}`);
    expect(pendingViews(post.id)).toBe(1);
  });

  it("keeps each post's views apart", async () => {
    const first = await newPost();
    const second = await newPost();
    recordView(first.id, visit(), NOON);
    expect(recordView(second.id, visit(), NOON)).toBe(true);
    expect([pendingViews(first.id), pendingViews(second.id)]).toEqual([1, 1]);
  });
});

describe("the visitor key", () => {
  it("never holds the IP, and changes at midnight UTC with the daily salt", () => {
    const request = visit({ ip: "203.0.113.9" });
    const today = viewerKey(request, NOON);
    expect(today).toMatch(/^visitor:[\w-]{22}$/);
    expect(today).not.toContain("203.0.113.9");
    const endOfDay = Date.UTC(2025, 5, 10, 23, 59, 59, 999);
    expect(viewerKey(request, endOfDay)).toBe(today);
    const nextDay = endOfDay + 1;
    expect(viewerKey(request, nextDay)).not.toBe(today);
    expect(viewerKey(request, nextDay + HOUR_MS)).toBe(viewerKey(request, nextDay));
  });

  it.skipIf(usesPostgres())("is new after a restart on SQLite, because the salt's secret lives only in the process", () => {
    const before = viewerKey(visit(), NOON);
    forgetProcessState();
    expect(viewerKey(visit(), NOON)).not.toBe(before);
  });

  it.runIf(usesPostgres())("is the same after a restart on PostgreSQL, where every node derives it from AUTH_SECRET", () => {
    const before = viewerKey(visit(), NOON);
    forgetProcessState();
    expect(viewerKey(visit(), NOON)).toBe(before);
    // And still not the same as another day's, or another secret's.
    expect(viewerKey(visit(), NOON + 24 * HOUR_MS)).not.toBe(before);
    const saved = process.env.AUTH_SECRET;
    process.env.AUTH_SECRET = `${saved}-another`;
    try {
      forgetProcessState();
      expect(viewerKey(visit(), NOON)).not.toBe(before);
    } finally {
      process.env.AUTH_SECRET = saved;
      forgetProcessState();
    }
  });
});

describe("what does not count", () => {
  it.each([
    ["Googlebot", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"],
    ["bingbot", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"],
    ["GPTBot", "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)"],
    // Scripts, not readers: isbot lists command-line clients and headless browsers too, and we agree.
    ["curl", "curl/8.4.0"],
    ["python-requests", "python-requests/2.31.0"],
    ["headless Chrome", CHROME.replace("Chrome/", "HeadlessChrome/")],
  ])("skips %s", async (_, userAgent) => {
    const post = await newPost();
    expect(shouldCount(visit({ userAgent }))).toBe(false);
    expect(recordView(post.id, visit({ userAgent }), NOON)).toBe(false);
    expect(pendingViews(post.id)).toBe(0);
  });

  it("skips a request with no user agent, or a blank one", () => {
    expect(shouldCount(visit({ userAgent: null }))).toBe(false);
    expect(shouldCount(visit({ userAgent: "   " }))).toBe(false);
  });

  it.each([
    ["Next-Router-Prefetch", "1"],
    // Next 16's router prefetches each segment of a link on screen, with this header beside the one above.
    ["Next-Router-Segment-Prefetch", "/_tree"],
    ["Purpose", "prefetch"],
    ["Sec-Purpose", "prefetch"],
    ["Sec-Purpose", "prefetch;prerender"],
  ])("skips a prefetch marked %s: %s", async (name, value) => {
    const post = await newPost();
    expect(recordView(post.id, visit({ extra: { [name]: value } }), NOON)).toBe(false);
    expect(pendingViews(post.id)).toBe(0);
    // The real visit that follows still counts.
    expect(recordView(post.id, visit(), NOON)).toBe(true);
  });

  it("skips HEAD and POST but counts GET in any case", () => {
    expect(shouldCount(visit({ method: "HEAD" }))).toBe(false);
    expect(shouldCount(visit({ method: "POST" }))).toBe(false);
    expect(shouldCount(visit({ method: "get" }))).toBe(true);
    expect(shouldCount(visit({ userId: "member" }))).toBe(true);
  });
});

describe("flushViews", () => {
  it("leaves view_count alone until the flush, then adds exactly the views counted", async () => {
    const post = await newPost();
    for (let i = 0; i < 5; i++) recordView(post.id, visit({ ip: `198.51.100.${i}` }), NOON);
    recordView(post.id, visit({ ip: "198.51.100.0" }), NOON + HOUR_MS);
    expect(await storedViews(post.id)).toBe(0);
    expect(await flushViews()).toBe(1);
    expect(await storedViews(post.id)).toBe(5);
    expect(pendingViews(post.id)).toBe(0);
    expect(await flushViews()).toBe(0);
    expect(await storedViews(post.id)).toBe(5);
  });

  // SQLite only: the failure is injected with a SQLite trigger.
  it.skipIf(usesPostgres())("writes many posts in one transaction: all of them, or on failure none, kept for the next flush", async () => {
    const board = await makeBoard();
    const author = await makeUser();
    const posts = await makeMany(50, () => makePost(board, author));
    posts.forEach((post, i) => {
      for (let v = 0; v <= i % 3; v++) recordView(post.id, visit({ ip: `192.0.2.${v}` }), NOON);
    });
    const last = posts.at(-1)!;
    const sqlite = getSqlite();
    sqlite.exec(`CREATE TRIGGER fail_view_update BEFORE UPDATE OF view_count ON posts WHEN NEW.id = ${last.id}
                 BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    try {
      await expect(flushViews()).rejects.toMatchObject({ cause: expect.objectContaining({ message: "disk full" }) });
    } finally {
      sqlite.exec("DROP TRIGGER fail_view_update");
    }
    expect(await getDb().$count(postsTable, gt(postsTable.viewCount, 0))).toBe(0);
    expect(pendingViews(posts[0]!.id)).toBe(1);

    expect(await flushViews()).toBe(50);
    for (const [i, post] of posts.entries()) expect(await storedViews(post.id)).toBe((i % 3) + 1);
  });

  it("keeps flushed counts across a restart: new process state, reopened database", async () => {
    const post = await newPost();
    recordView(post.id, visit(), NOON);
    recordView(post.id, visit({ userId: "member-1" }), NOON);
    await flushViews();
    forgetProcessState();
    closeDatabase();
    expect(await storedViews(post.id)).toBe(2);
    expect(pendingViews(post.id)).toBe(0);
    // The new process counts on top of what was written.
    recordView(post.id, visit({ userId: "member-2" }), NOON);
    await flushViews();
    expect(await storedViews(post.id)).toBe(3);
  });

  it("runs by itself every VIEW_FLUSH_INTERVAL_MS, on one unref'd timer started by the first view", async () => {
    expect(VIEW_FLUSH_INTERVAL_MS).toBeLessThanOrEqual(5000);
    const post = await newPost();
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    expect(vi.getTimerCount()).toBe(0);
    recordView(post.id, visit({ ip: "192.0.2.1" }), NOON);
    recordView(post.id, visit({ ip: "192.0.2.2" }), NOON);
    expect(vi.getTimerCount()).toBe(1);

    vi.advanceTimersByTime(VIEW_FLUSH_INTERVAL_MS - 1);
    expect(await storedViews(post.id)).toBe(0);
    vi.advanceTimersByTime(1);
    // The flush it starts writes in a transaction of its own, a few awaits later.
    await vi.waitFor(async () => expect(await storedViews(post.id)).toBe(2));

    stopViewFlusher();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("does not keep the process alive", async () => {
    const setIntervalSpy = vi.spyOn(globalThis, "setInterval");
    recordView((await newPost()).id, visit(), NOON);
    recordView((await newPost()).id, visit(), NOON);
    expect(setIntervalSpy).toHaveBeenCalledTimes(1);
    const timer = setIntervalSpy.mock.results[0]!.value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
  });
});

describe("the dedup memory", () => {
  it("forgets views once their window has passed", async () => {
    const post = await newPost();
    for (let i = 0; i < 100; i++) recordView(post.id, visit({ ip: `192.0.2.${i}` }), NOON);
    expect(trackedViews()).toBe(100);
    recordView(post.id, visit({ ip: "198.51.100.1" }), NOON + VIEW_DEDUP_WINDOW_MS);
    expect(trackedViews()).toBe(1);
  });

  it("keeps its time order when a viewer is counted again, so expired views behind them are still forgotten", async () => {
    const post = await newPost();
    recordView(post.id, visit({ ip: "192.0.2.1" }), NOON);
    recordView(post.id, visit({ ip: "192.0.2.2" }), NOON + HOUR_MS);
    expect(recordView(post.id, visit({ ip: "192.0.2.1" }), NOON + VIEW_DEDUP_WINDOW_MS)).toBe(true);
    recordView(post.id, visit({ ip: "192.0.2.3" }), NOON + VIEW_DEDUP_WINDOW_MS + HOUR_MS);
    expect(trackedViews()).toBe(2);
  });

  it(`holds at most ${MAX_TRACKED_VIEWS} views, forgetting the oldest first`, async () => {
    const post = await newPost();
    const member = (i: number) => visit({ userId: `member-${i}` });
    for (let i = 0; i <= MAX_TRACKED_VIEWS; i++) recordView(post.id, member(i), NOON + i);
    expect(trackedViews()).toBe(MAX_TRACKED_VIEWS);
    expect(pendingViews(post.id)).toBe(MAX_TRACKED_VIEWS + 1);
    // The oldest was forgotten, so it counts again; the second oldest is still remembered.
    expect(recordView(post.id, member(1), NOON + MAX_TRACKED_VIEWS + 1)).toBe(false);
    expect(recordView(post.id, member(0), NOON + MAX_TRACKED_VIEWS + 1)).toBe(true);
    expect(trackedViews()).toBe(MAX_TRACKED_VIEWS);
  });
});

describe("countThreadView, as the production server calls it for every request", () => {
  const view = (pathname: string, overrides: Parameters<typeof visit>[0] & { member?: string } = {}) => {
    const { member = null, ...rest } = overrides;
    const request = visit(rest);
    return { pathname, method: request.method, headers: request.headers, ip: request.ip, userId: async () => member };
  };

  it("counts a read of a visible thread once per viewer, members by id", async () => {
    const board = await makeBoard({ slug: "cafe" });
    const post = await makePost(board, await makeUser());
    await countThreadView(view(`/b/cafe/${post.id}`));
    await countThreadView(view(`/b/cafe/${post.id}`));
    await countThreadView(view(`/b/cafe/${post.id}`, { member: "m-1" }));
    await countThreadView(view(`/b/cafe/${post.id}`, { member: "m-1", ip: "198.51.100.7" }));
    expect(pendingViews(post.id)).toBe(2);
  });

  it("counts each viewer once when their requests arrive together, none lost and none doubled", async () => {
    const board = await makeBoard({ slug: "cafe" });
    const post = await makePost(board, await makeUser());
    // On PostgreSQL a viewer's later request can learn of the claim before the request that made it hears back;
    // the claim that won must still count.
    const viewers = Array.from({ length: 12 }, (_, i) => `198.51.100.${i + 1}`);
    await Promise.all(viewers.flatMap((ip) => Array.from({ length: 4 }, () => countThreadView(view(`/b/cafe/${post.id}`, { ip })))));
    expect(pendingViews(post.id)).toBe(viewers.length);
  });

  it("counts nothing for other pages, other boards, hidden posts, prefetches, HEAD or a malformed path", async () => {
    const board = await makeBoard({ slug: "cafe" });
    const post = await makePost(board, await makeUser());
    const held = await makePost(board, await makeUser(), { status: "held" });
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    for (const v of [
      view(`/b/cafe/${post.id}/edit`),
      view(`/b/cafe/${post.id}/history`),
      view(`/b/other/${post.id}`),
      view(`/b/cafe/${held.id}`),
      view(`/b/cafe/${post.id}`, { extra: { rsc: "1", "next-router-prefetch": "1" } }),
      view(`/b/cafe/${post.id}`, { method: "HEAD" }),
      view(`/b/%E0%A4%A/${post.id}`),
    ]) {
      await countThreadView(v);
    }
    expect(pendingViews(post.id) + pendingViews(held.id)).toBe(0);
    expect(error).not.toHaveBeenCalled();
  });

  it("counts a client-side navigation (the router's request without a prefetch header) like a page load", async () => {
    const board = await makeBoard({ slug: "cafe" });
    const post = await makePost(board, await makeUser());
    await countThreadView(view(`/b/cafe/${post.id}`, { extra: { rsc: "1", "next-router-state-tree": "%5B%5D" } }));
    expect(pendingViews(post.id)).toBe(1);
  });
});
