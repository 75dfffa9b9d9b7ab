// The page cache's memory: expiry by tag, one render per key, renders that race a write, and the byte budget.
import { afterEach, describe, expect, it, vi } from "vitest";
import { PageStore, type StoredPage } from "@/lib/platform/page-cache/store";

function page(tags: string[], text = "page", at = 0): StoredPage {
  const body = Buffer.from(text);
  return { status: 200, headers: [], bodies: { identity: body, gzip: body, br: body }, etag: `"${text}"`, tags, storedAt: at, expiresAt: at + 1000, refreshAt: at + 500 };
}

/** A render the test finishes when it wants, to interleave it with other calls. */
function deferred() {
  let resolve!: (value: StoredPage | null) => void;
  const promise = new Promise<StoredPage | null>((r) => (resolve = r));
  return { promise, resolve };
}

describe("PageStore", () => {
  it("keeps a page until it expires by age", async () => {
    const store = new PageStore(1e6);
    await store.fill("k", ["thread:1"], async () => page(["thread:1"]));
    expect(store.get("k", 999)?.etag).toBe('"page"');
    expect(store.get("k", 1000)).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it("forgets pages by tag, and everything for 'all'", async () => {
    const store = new PageStore(1e6);
    await store.fill("a", ["thread:1"], async () => page(["thread:1"]));
    await store.fill("b", ["thread:2"], async () => page(["thread:2"]));
    await store.fill("c", ["lists"], async () => page(["lists"]));
    store.expire(["thread:1", "lists"]);
    expect([store.get("a", 0), store.get("b", 0), store.get("c", 0)].map(Boolean)).toEqual([false, true, false]);
    store.expire(["all"]);
    expect(store.get("b", 0)).toBeUndefined();
    expect(store.storedBytes).toBe(0);
  });

  it("renders once for any number of readers waiting at the same time", async () => {
    const store = new PageStore(1e6);
    let renders = 0;
    const render = deferred();
    const readers = Array.from({ length: 50 }, () =>
      store.fill("k", ["thread:1"], () => {
        renders++;
        return render.promise;
      }),
    );
    render.resolve(page(["thread:1"]));
    const pages = await Promise.all(readers);
    expect(renders).toBe(1);
    expect(pages.every((p) => p?.etag === '"page"')).toBe(true);
  });

  it("does not keep a render that began before a write to its thread, and starts a fresh one for later readers", async () => {
    const store = new PageStore(1e6);
    const before = deferred();
    const early = store.fill("k", ["thread:1"], () => before.promise);
    store.expire(["thread:1"]);
    const after = deferred();
    const late = store.fill("k", ["thread:1"], () => after.promise);
    before.resolve(page(["thread:1"], "old"));
    expect((await early)?.etag).toBe('"old"');
    expect(store.get("k", 0)).toBeUndefined();
    after.resolve(page(["thread:1"], "new"));
    expect((await late)?.etag).toBe('"new"');
    expect(store.get("k", 0)?.etag).toBe('"new"');
  });

  it("keeps a render that raced a write elsewhere", async () => {
    const store = new PageStore(1e6);
    const render = deferred();
    const filling = store.fill("k", ["thread:1"], () => render.promise);
    store.expire(["thread:2", "board:free"]);
    render.resolve(page(["thread:1"]));
    await filling;
    expect(store.get("k", 0)).toBeDefined();
  });

  it("remembers an expiry while any render that began before it still runs", async () => {
    const store = new PageStore(1e6);
    const slow = deferred();
    const quick = deferred();
    const a = store.fill("a", ["thread:1"], () => slow.promise);
    store.expire(["thread:1"]);
    const b = store.fill("b", ["thread:9"], () => quick.promise);
    quick.resolve(page(["thread:9"]));
    await b;
    slow.resolve(page(["thread:1"]));
    await a;
    expect(store.get("a", 0)).toBeUndefined();
  });

  it("does not keep a null render, nor one that failed, and lets the next reader try again", async () => {
    const store = new PageStore(1e6);
    expect(await store.fill("k", [], async () => null)).toBeNull();
    await expect(store.fill("k", [], async () => Promise.reject(new Error("render failed")))).rejects.toThrow("render failed");
    expect(store.isFilling("k")).toBe(false);
    await store.fill("k", [], async () => page([]));
    expect(store.get("k", 0)).toBeDefined();
  });

  it("drops the least recently read pages past its byte budget", async () => {
    const big = "x".repeat(1000);
    const store = new PageStore(3 * (3 * 1000 + 512));
    for (const key of ["a", "b", "c"]) await store.fill(key, [], async () => page([], big));
    store.get("a", 999); // read (a moment before it would age out): "b" is now the least recently read
    await store.fill("d", [], async () => page([], big));
    expect(["a", "b", "c", "d"].map((key) => Boolean(store.get(key, 0)))).toEqual([true, false, true, true]);
    expect(store.storedBytes).toBeLessThanOrEqual(3 * (3 * 1000 + 512));
  });
});

describe("PageStore render spacing", () => {
  afterEach(() => vi.useRealTimers());

  it("makes readers after a write share the next render, which begins a spacing after the last one began", async () => {
    vi.useFakeTimers();
    const store = new PageStore(1e6, { renderSpacingMs: 200 });
    let renders = 0;
    const render = (text: string) => () => {
      renders++;
      return Promise.resolve(page(["thread:1"], text));
    };
    await store.fill("k", ["thread:1"], render("first"));
    expect(renders).toBe(1);
    vi.advanceTimersByTime(10);
    store.expire(["thread:1"]);
    vi.advanceTimersByTime(10);
    const reader = store.fill("k", ["thread:1"], render("second"));
    const another = store.fill("k", ["thread:1"], render("unused"));
    await vi.advanceTimersByTimeAsync(179);
    expect(renders).toBe(1);
    // A write while the render waits for its turn: the render begins after it, so its readers keep it.
    store.expire(["thread:1"]);
    expect(store.isFilling("k")).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(renders).toBe(2);
    expect([(await reader)?.etag, (await another)?.etag]).toEqual(['"second"', '"second"']);
    expect(store.get("k", 0)?.etag).toBe('"second"');
  });

  it("renders at once when the last render of the key began longer ago than the spacing, or for another key", async () => {
    vi.useFakeTimers();
    const store = new PageStore(1e6, { renderSpacingMs: 200 });
    let renders = 0;
    const render = () => {
      renders++;
      return Promise.resolve(page(["thread:1"]));
    };
    await store.fill("k", ["thread:1"], render);
    void store.fill("other", ["thread:1"], render);
    expect(renders).toBe(2);
    store.expire(["thread:1"]);
    vi.advanceTimersByTime(200);
    void store.fill("k", ["thread:1"], render);
    expect(renders).toBe(3);
  });
});
