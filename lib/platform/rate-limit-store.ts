// The store behind every persistent rate limit (sign-in throttle, registrations, mail requests): rate-limiter-flexible
// over the app's own database, in its `rate_limits` table, so limits survive a restart and, on PostgreSQL, are shared
// by every node: failures made through one node count on all of them.
import "server-only";
import { RateLimiterPostgres, RateLimiterSQLite, type RateLimiterStoreAbstract } from "rate-limiter-flexible";
import { getPgClient, getSqlite, usesPostgres } from "@/db";

/** A limit's name (keys are prefixed with it), how many points it allows, and over how many seconds. */
export type StoredLimit = { keyPrefix: string; points: number; duration: number };

/** A limiter on the database this process runs on; the table is made by the migrations of either engine. */
export function storedLimiter(limit: StoredLimit): RateLimiterStoreAbstract {
  const table = { tableName: "rate_limits", tableCreated: true, ...limit };
  if (usesPostgres()) return new RateLimiterPostgres({ storeClient: getPgClient(), storeType: "pool", ...table });
  return new RateLimiterSQLite({ storeClient: getSqlite(), storeType: "better-sqlite3", ...table });
}
