// The visitor page cache's memory: finished responses by key, found again by tag when a write expires them, the
// least recently read dropped past a byte budget, and one render at a time per key however many readers wait.

/** A response as stored: every encoding ready to send, and what is needed to answer and to expire it. */
export type StoredPage = {
  status: number;
  /**
   * Headers to send with every copy (content type, policy, caching, the ETag), as the flat name, value, name, value
   * list `writeHead` takes as it is; per-response ones are added when sent.
   */
  headers: readonly string[];
  bodies: { identity: Buffer; gzip: Buffer; br: Buffer };
  etag: string;
  tags: readonly string[];
  storedAt: number;
  /** After this the page is rendered again before it is served. */
  expiresAt: number;
  /** After this a read still gets the stored page, and starts a render in the background. */
  refreshAt: number;
  /** When it was last moved to the recently-read end; moving it on every read would cost more than the read. */
  touchedAt?: number;
};

/** A page read again within this long keeps its place in the least-recently-read order. */
const TOUCH_INTERVAL_MS = 500;

const sizeOf = (page: StoredPage) => page.bodies.identity.length + page.bodies.gzip.length + page.bodies.br.length + 512;

type Fill = { promise: Promise<StoredPage | null>; tags: readonly string[] };

export class PageStore {
  private readonly pages = new Map<string, StoredPage>();
  private readonly byTag = new Map<string, Set<string>>();
  private readonly fills = new Map<string, Fill>();
  /** Each expiry gets the next number; a tag remembers its last, so a render that started before it is not kept. */
  private expirySeq = 0;
  private readonly expiredAt = new Map<string, number>();
  /** Renders still running, detached ones included; while none runs, no expiry needs remembering. */
  private running = 0;
  private bytes = 0;

  constructor(private readonly budgetBytes: number) {}

  /** The stored page for `key` if it has not expired; reading it makes it the most recently used. */
  get(key: string, now: number): StoredPage | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;
    if (now >= page.expiresAt) {
      this.remove(key);
      return undefined;
    }
    if (now - (page.touchedAt ?? page.storedAt) >= TOUCH_INTERVAL_MS) {
      page.touchedAt = now;
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  /** Whether a render for `key` is under way. */
  isFilling(key: string): boolean {
    return this.fills.has(key);
  }

  /**
   * The page for `key` from one render shared by every caller that arrives while it runs. `render` resolves to the
   * page, or null when the answer must not be shared (the callers then ask Next.js themselves). The page is kept
   * unless one of its tags was expired after the render began: a write that committed meanwhile may be missing.
   */
  fill(key: string, tags: readonly string[], render: () => Promise<StoredPage | null>): Promise<StoredPage | null> {
    const running = this.fills.get(key);
    if (running) return running.promise;
    const startedAt = this.expirySeq;
    this.running++;
    const fill: Fill = { tags, promise: Promise.resolve(null) };
    fill.promise = render()
      .then((page) => {
        if (page && !this.expiredSince(page.tags, startedAt)) this.set(key, page);
        return page;
      })
      .finally(() => {
        if (this.fills.get(key) === fill) this.fills.delete(key);
        if (--this.running === 0) this.expiredAt.clear();
      });
    this.fills.set(key, fill);
    return fill.promise;
  }

  /** Forgets every page carrying one of `tags` ("all" forgets everything), and detaches renders under way for them. */
  expire(tags: readonly string[]): void {
    const seq = ++this.expirySeq;
    for (const tag of tags) this.expiredAt.set(tag, seq);
    if (tags.includes("all")) {
      for (const key of [...this.pages.keys()]) this.remove(key);
      this.fills.clear();
      return;
    }
    for (const tag of tags) for (const key of [...(this.byTag.get(tag) ?? [])]) this.remove(key);
    // A reader who arrives after the write must not join a render that began before it.
    for (const [key, fill] of this.fills) if (fill.tags.some((tag) => tags.includes(tag))) this.fills.delete(key);
  }

  get size(): number {
    return this.pages.size;
  }

  get storedBytes(): number {
    return this.bytes;
  }

  private expiredSince(tags: readonly string[], seq: number): boolean {
    return [...tags, "all"].some((tag) => (this.expiredAt.get(tag) ?? 0) > seq);
  }

  private set(key: string, page: StoredPage): void {
    this.remove(key);
    const size = sizeOf(page);
    if (size > this.budgetBytes) return;
    this.pages.set(key, page);
    this.bytes += size;
    for (const tag of page.tags) {
      let keys = this.byTag.get(tag);
      if (!keys) this.byTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
    // Map order is use order: the least recently read go first.
    for (const oldest of this.pages.keys()) {
      if (this.bytes <= this.budgetBytes) break;
      this.remove(oldest);
    }
  }

  private remove(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= sizeOf(page);
    for (const tag of page.tags) {
      const keys = this.byTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.byTag.delete(tag);
    }
  }
}
