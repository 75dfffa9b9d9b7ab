// What a write tells the visitor page cache: expireThread names the thread, its board (from the database) and the
// pages listing everything; expireEverything names all. The channel reaches every listener before it returns.
import { afterEach, describe, expect, it } from "vitest";
import { inProcessExpiry, pageCacheExpiry, usePageCacheExpiry } from "@/lib/platform/page-cache/expiry";
import { expireEverything, expireThread } from "@/lib/content/cached-reads";
import { makeBoard, makePost, makeUser } from "../../../factories";

afterEach(() => usePageCacheExpiry(inProcessExpiry()));

function listen(): string[][] {
  const heard: string[][] = [];
  pageCacheExpiry().subscribe((tags) => heard.push([...tags]));
  return heard;
}

describe("page cache expiry", () => {
  it("expires a thread's pages, its board's lists (by the board's slug in the database) and the site-wide lists", async () => {
    const post = await makePost(await makeBoard({ slug: "garden" }), await makeUser());
    const heard = listen();
    await expireThread(post.id);
    expect(heard).toEqual([[`thread:${post.id}`, "lists", "board:garden"]]);
  });

  it("still expires the thread and the lists when the post is gone", async () => {
    const heard = listen();
    await expireThread(987654);
    expect(heard).toEqual([["thread:987654", "lists"]]);
  });

  it("expires every page for a change that reaches everywhere", () => {
    const heard = listen();
    expireEverything();
    expect(heard).toEqual([["all"]]);
  });

  it("reaches every listener, and none after it unsubscribes", () => {
    const channel = inProcessExpiry();
    const a: string[] = [];
    const b: string[] = [];
    channel.subscribe((tags) => a.push(...tags));
    const stop = channel.subscribe((tags) => b.push(...tags));
    channel.expire(["thread:1"]);
    stop();
    channel.expire(["thread:2"]);
    expect([a, b]).toEqual([["thread:1", "thread:2"], ["thread:1"]]);
  });
});
