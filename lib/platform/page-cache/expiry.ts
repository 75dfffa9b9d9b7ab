// How writes tell the visitor page cache what to forget. Server actions run inside Next.js's bundle and the cache
// lives in the production server around it: both reach one channel kept on globalThis. Several app nodes on
// PostgreSQL install a channel that also tells the other nodes (expiry-pg.ts, LISTEN/NOTIFY).

/** Tags name what a cached page shows; a write expires the tags of everything it changed. */
export const PAGE_TAGS = {
  /** Every cached page: for changes that reach everywhere, such as a renamed member or board. */
  all: "all",
  /** Pages that list writing from many threads: home, profiles, feeds, sitemaps, the moderation log. */
  lists: "lists",
  thread: (postId: number) => `thread:${postId}`,
  board: (boardSlug: string) => `board:${boardSlug}`,
} as const;

export interface PageCacheExpiry {
  /**
   * Forget every page carrying any of `tags`: this process's at once, before expire() returns; other nodes' once the
   * returned promise (if any) resolves, which the caller awaits before it answers its request.
   */
  expire(tags: readonly string[]): void | Promise<void>;
  /** Called with the tags of every expiry, from this node or (in a shared channel) from others. */
  subscribe(listener: (tags: readonly string[]) => void): () => void;
}

/** The one-process channel: an expiry reaches the listeners before expire() returns. */
export function inProcessExpiry(): PageCacheExpiry {
  const listeners = new Set<(tags: readonly string[]) => void>();
  return {
    expire(tags) {
      for (const listener of listeners) listener(tags);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const holder = globalThis as typeof globalThis & { __rapportPageCacheExpiry?: PageCacheExpiry };

/** The channel this process uses; the in-process one unless another was installed at start. */
export function pageCacheExpiry(): PageCacheExpiry {
  holder.__rapportPageCacheExpiry ??= inProcessExpiry();
  return holder.__rapportPageCacheExpiry;
}

/** Installs another channel (before the server takes requests); the old one's listeners are not carried over. */
export function usePageCacheExpiry(channel: PageCacheExpiry): void {
  holder.__rapportPageCacheExpiry = channel;
}
