// The memory behind Rapport's caches: entries by key, found again by tag when a write expires them, the least
// recently read dropped past a byte budget, and one render at a time per key however many readers wait. The visitor
// page cache keeps finished responses in one (PageStore); lib/content/cached-reads.ts keeps rendered comment lists and board
// pages in another. Both are expired by the same channel (./expiry.ts).

/** What every entry carries for the store to expire, age out and order it. */
export type Tagged = {
  tags: readonly string[];
  storedAt: number;
  /** After this the entry is gone: the next read renders it again. */
  expiresAt: number;
  /** When it was last moved to the recently-read end; moving it on every read would cost more than the read. */
  touchedAt?: number;
};

/** A response as stored: every encoding ready to send, and what is needed to answer and to expire it. */
export type StoredPage = Tagged & {
  status: number;
  /**
   * Headers to send with every copy (content type, policy, caching, the ETag), as the flat name, value, name, value
   * list `writeHead` takes as it is; per-response ones are added when sent.
   */
  headers: readonly string[];
  bodies: { identity: Buffer; gzip: Buffer; br: Buffer };
  etag: string;
  /** After this a read still gets the stored page, and starts a render in the background. */
  refreshAt: number;
};

/** An entry read again within this long keeps its place in the least-recently-read order. */
const TOUCH_INTERVAL_MS = 500;

/** A render for one key; `started` is false while it waits for its turn (see renderSpacingMs). */
type Fill<T> = { promise: Promise<T | null>; tags: readonly string[]; started: boolean };

export type StoreOptions = {
  /**
   * The least time between the starts of two renders of one key. A reader who arrives after a write waits for a
   * render that begins after it, so nothing stale is served; but under a storm of writes to one thread, readers
   * share one render per interval instead of setting one off per write. 0 renders at once.
   */
  renderSpacingMs?: number;
  clock?: () => number;
};

/** Starts remembered past this many keys are forgotten: they only matter for one spacing interval. */
const REMEMBERED_STARTS = 10_000;

export class TaggedStore<T extends Tagged> {
  private readonly entries = new Map<string, T>();
  private readonly byTag = new Map<string, Set<string>>();
  private readonly fills = new Map<string, Fill<T>>();
  /** Each expiry gets the next number; a tag remembers its last, so a render that started before it is not kept. */
  private expirySeq = 0;
  private readonly expiredAt = new Map<string, number>();
  /** Renders still running, detached ones included; while none runs, no expiry needs remembering. */
  private running = 0;
  private bytes = 0;

  private readonly lastStartedAt = new Map<string, number>();
  private readonly renderSpacingMs: number;
  private readonly clock: () => number;

  /** `sizeOf` says roughly how many bytes an entry holds, for the budget. */
  constructor(
    private readonly budgetBytes: number,
    private readonly sizeOf: (entry: T) => number,
    { renderSpacingMs = 0, clock = Date.now }: StoreOptions = {},
  ) {
    this.renderSpacingMs = renderSpacingMs;
    this.clock = clock;
  }

  /** The stored entry for `key` if it has not expired; reading it makes it the most recently used. */
  get(key: string, now: number): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (now >= entry.expiresAt) {
      this.remove(key);
      return undefined;
    }
    if (now - (entry.touchedAt ?? entry.storedAt) >= TOUCH_INTERVAL_MS) {
      entry.touchedAt = now;
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** Whether a render for `key` is under way. */
  isFilling(key: string): boolean {
    return this.fills.has(key);
  }

  /**
   * The entry for `key` from one render shared by every caller that arrives while it runs or waits to start. `render`
   * resolves to the entry, or null when the answer must not be shared (the callers then ask Next.js themselves). The
   * entry is kept unless one of its tags was expired after the render began: a write that committed meanwhile may be
   * missing. A render of a key begins no sooner than renderSpacingMs after the last one began.
   */
  fill(key: string, tags: readonly string[], render: () => Promise<T | null>): Promise<T | null> {
    const running = this.fills.get(key);
    if (running) return running.promise;
    this.running++;
    const fill: Fill<T> = { tags, started: false, promise: Promise.resolve(null) };
    const begin = () => {
      fill.started = true;
      const startedAt = this.expirySeq;
      this.rememberStart(key);
      return render().then((entry) => {
        if (entry && !this.expiredSince(entry.tags, startedAt)) this.set(key, entry);
        return entry;
      });
    };
    const wait = this.renderSpacingMs - (this.clock() - (this.lastStartedAt.get(key) ?? -Infinity));
    fill.promise = (wait > 0 ? new Promise<void>((resolve) => setTimeout(resolve, wait)).then(begin) : begin()).finally(() => {
      if (this.fills.get(key) === fill) this.fills.delete(key);
      if (--this.running === 0) this.expiredAt.clear();
    });
    this.fills.set(key, fill);
    return fill.promise;
  }

  /**
   * The entry for `key`, computed now if it is not stored. What it computes is kept unless one of its tags was
   * expired while it ran: a write that committed meanwhile may be missing from it.
   */
  async getOrCompute(key: string, now: number, compute: () => Promise<T>): Promise<T> {
    const stored = this.get(key, now);
    if (stored) return stored;
    this.running++;
    const startedAt = this.expirySeq;
    try {
      const entry = await compute();
      if (!this.expiredSince(entry.tags, startedAt)) this.set(key, entry);
      return entry;
    } finally {
      if (--this.running === 0) this.expiredAt.clear();
    }
  }

  /** Forgets every entry carrying one of `tags` ("all" forgets everything), and detaches renders under way for them. */
  expire(tags: readonly string[]): void {
    const seq = ++this.expirySeq;
    for (const tag of tags) this.expiredAt.set(tag, seq);
    const all = tags.includes("all");
    if (all) for (const key of [...this.entries.keys()]) this.remove(key);
    else for (const tag of tags) for (const key of [...(this.byTag.get(tag) ?? [])]) this.remove(key);
    // A reader who arrives after the write must not join a render that began before it. One still waiting for its
    // turn begins after the write, so its readers keep it.
    for (const [key, fill] of this.fills) if (fill.started && (all || fill.tags.some((tag) => tags.includes(tag)))) this.fills.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }

  get storedBytes(): number {
    return this.bytes;
  }

  private rememberStart(key: string): void {
    if (this.renderSpacingMs <= 0) return;
    if (this.lastStartedAt.size >= REMEMBERED_STARTS) this.lastStartedAt.clear();
    this.lastStartedAt.set(key, this.clock());
  }

  private expiredSince(tags: readonly string[], seq: number): boolean {
    return [...tags, "all"].some((tag) => (this.expiredAt.get(tag) ?? 0) > seq);
  }

  private set(key: string, entry: T): void {
    this.remove(key);
    const size = this.sizeOf(entry);
    if (size > this.budgetBytes) return;
    this.entries.set(key, entry);
    this.bytes += size;
    for (const tag of entry.tags) {
      let keys = this.byTag.get(tag);
      if (!keys) this.byTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
    // Map order is use order: the least recently read go first.
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.budgetBytes) break;
      this.remove(oldest);
    }
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= this.sizeOf(entry);
    for (const tag of entry.tags) {
      const keys = this.byTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.byTag.delete(tag);
    }
  }
}

/** The visitor page cache's store: finished responses, sized by their three encodings. */
export class PageStore extends TaggedStore<StoredPage> {
  constructor(budgetBytes: number, options: StoreOptions = {}) {
    super(budgetBytes, (page) => page.bodies.identity.length + page.bodies.gzip.length + page.bodies.br.length + 512, options);
  }
}
