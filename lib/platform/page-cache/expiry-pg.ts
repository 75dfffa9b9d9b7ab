// The expiry channel of several app nodes on one PostgreSQL database: an expiry reaches this node's caches at once,
// as in one process, and every other node's through PostgreSQL's LISTEN/NOTIFY. The writing node's action answers
// after the notification is sent; the other nodes act on it when it arrives, within milliseconds on a healthy
// network.
//
// A node that loses its listening connection cannot know what it missed: it forgets every cached page, and again
// once it listens anew, so no page it serves is older than the moment it was last in touch.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PAGE_TAGS, type PageCacheExpiry } from "./expiry";

export const EXPIRY_CHANNEL = "rapport_page_cache";
/** The wait before listening again after the connection dropped; doubled each failure, up to the maximum. */
const RECONNECT_MS = 250;
const MAX_RECONNECT_MS = 10_000;

type Message = { node: string; tags: readonly string[] };

export type PostgresExpiry = PageCacheExpiry & {
  /** Resolves once this node is listening: before then, other nodes' expiries could be missed. */
  ready: Promise<void>;
  close(): Promise<void>;
};

/**
 * `notify` sends one statement outside any transaction (db/index.ts getPgClient()): an expiry is announced after the
 * write it follows has committed, and never rolled back with a transaction the caller is still in.
 */
export function postgresExpiry(url: string, notify: (text: string, values: unknown[]) => Promise<unknown>): PostgresExpiry {
  const node = randomUUID();
  const listeners = new Set<(tags: readonly string[]) => void>();
  const tell = (tags: readonly string[]) => {
    for (const listener of listeners) listener(tags);
  };
  let client: pg.Client | null = null;
  let closed = false;
  let wait = RECONNECT_MS;
  let timer: NodeJS.Timeout | undefined;

  const listen = async (): Promise<void> => {
    const connection = new pg.Client({ connectionString: url });
    connection.on("notification", ({ channel, payload }) => {
      if (channel !== EXPIRY_CHANNEL || !payload) return;
      let message: Message;
      try {
        message = JSON.parse(payload) as Message;
      } catch {
        return;
      }
      if (message.node !== node && Array.isArray(message.tags)) tell(message.tags.filter((t) => typeof t === "string"));
    });
    const lost = () => {
      if (client !== connection || closed) return;
      client = null;
      tell([PAGE_TAGS.all]);
      timer = setTimeout(() => void reconnect(), wait);
      timer.unref();
      wait = Math.min(wait * 2, MAX_RECONNECT_MS);
    };
    connection.on("error", lost);
    connection.on("end", lost);
    await connection.connect();
    await connection.query(`LISTEN ${EXPIRY_CHANNEL}`);
    if (closed) {
      await connection.end();
      return;
    }
    client = connection;
    wait = RECONNECT_MS;
  };
  const reconnect = async () => {
    try {
      await listen();
      // Whatever was announced while no one listened is unknown: start afresh.
      tell([PAGE_TAGS.all]);
    } catch {
      timer = setTimeout(() => void reconnect(), wait);
      timer.unref();
      wait = Math.min(wait * 2, MAX_RECONNECT_MS);
    }
  };

  return {
    ready: listen(),
    async expire(tags) {
      tell(tags);
      await notify("SELECT pg_notify($1, $2)", [EXPIRY_CHANNEL, JSON.stringify({ node, tags } satisfies Message)]);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      const connection = client;
      client = null;
      await connection?.end();
    },
  };
}
