// The store behind every persistent rate limit (sign-in throttle, registrations, mail requests): rate-limiter-flexible
// over the app's own database, in its `rate_limits` table, so limits survive a restart and, on PostgreSQL, are shared
// by every node: failures made through one node count on all of them.
import "server-only";
import { RateLimiterPostgres, RateLimiterSQLite, type RateLimiterStoreAbstract } from "rate-limiter-flexible";
import { getPgClient, getSqlite, usesPostgres } from "@/db";

/** A limit's name (keys are prefixed with it), how many points it allows, and over how many seconds. */
export type StoredLimit = { keyPrefix: string; points: number; duration: number };

// One limiter per limit and connection: each starts a timer that deletes expired rows every few minutes and never
// stops, so a limiter made per request would leave a timer behind for every request. Kept per module, not on
// globalThis: Next.js bundles route handlers and server actions separately, each with its own copy of
// rate-limiter-flexible, and a limiter made by one copy rejects with a RateLimiterRes that the other's
// `instanceof RateLimiterRes` does not recognise (a throttled sign-in then failed as an error instead of a refusal).
const cache = new WeakMap<object, Map<string, RateLimiterStoreAbstract>>();

/** A limiter on the database this process runs on; the table is made by the migrations of either engine. */
export function storedLimiter(limit: StoredLimit): RateLimiterStoreAbstract {
  const client: object = usesPostgres() ? getPgClient() : getSqlite();
  let limiters = cache.get(client);
  if (!limiters) cache.set(client, (limiters = new Map()));
  const key = `${limit.keyPrefix} ${limit.points} ${limit.duration}`;
  let limiter = limiters.get(key);
  if (!limiter) {
    const table = { tableName: "rate_limits", tableCreated: true, ...limit };
    limiter = usesPostgres()
      ? new RateLimiterPostgres({ storeClient: client, storeType: "pool", ...table })
      : new RateLimiterSQLite({ storeClient: client, storeType: "better-sqlite3", ...table });
    limiters.set(key, limiter);
  }
  return limiter;
}
