// Sign-in throttling: failures are counted per account and per IP in SQLite (rate-limiter-flexible's store),
// and each lockout after the first doubles the wait.
import "server-only";
import { RateLimiterRes, RateLimiterSQLite } from "rate-limiter-flexible";
import { getSqlite } from "@/db";

export const SIGN_IN_WINDOW_S = 15 * 60;
export const ACCOUNT_FAILURES_BEFORE_LOCK = 5;
export const IP_FAILURES_BEFORE_LOCK = 20;
export const FIRST_LOCK_S = 60;
export const MAX_LOCK_S = 60 * 60;
/** A lockout is remembered this long: another failure within it locks again, for twice as long. */
const STRIKE_MEMORY_S = 24 * 60 * 60;

type Limiters = { failures: RateLimiterSQLite; strikes: RateLimiterSQLite };

function limiters(scope: "account" | "ip", points: number): Limiters {
  const make = (prefix: string, limit: number, duration: number) =>
    new RateLimiterSQLite({
      storeClient: getSqlite(),
      storeType: "better-sqlite3",
      tableName: "rate_limits",
      tableCreated: true,
      keyPrefix: `signin-${scope}-${prefix}`,
      points: limit,
      duration,
    });
  return { failures: make("failures", points, SIGN_IN_WINDOW_S), strikes: make("strikes", 1_000_000, STRIKE_MEMORY_S) };
}

const scopes = () => ({
  account: limiters("account", ACCOUNT_FAILURES_BEFORE_LOCK),
  ip: limiters("ip", IP_FAILURES_BEFORE_LOCK),
});

/** Seconds until this account and IP may try again; 0 when they may try now. */
export async function signInWait(accountKey: string, ip: string): Promise<number> {
  const { account, ip: byIp } = scopes();
  const waits = await Promise.all([lockRemaining(account, accountKey), lockRemaining(byIp, ip)]);
  return Math.max(...waits);
}

async function lockRemaining({ failures }: Limiters, key: string): Promise<number> {
  const state = await failures.get(key);
  if (!state || state.consumedPoints <= failures.points) return 0;
  return Math.ceil(state.msBeforeNext / 1000);
}

export async function recordSignInFailure(accountKey: string, ip: string): Promise<void> {
  const { account, ip: byIp } = scopes();
  await Promise.all([recordFailure(account, accountKey), recordFailure(byIp, ip)]);
}

async function recordFailure({ failures, strikes }: Limiters, key: string): Promise<void> {
  const locked = (await strikes.get(key))?.consumedPoints ?? 0;
  const result = await failures.consume(key).catch((rejection: unknown) => {
    if (rejection instanceof RateLimiterRes) return rejection;
    throw rejection;
  });
  if (locked === 0 && result.consumedPoints < failures.points) return;
  const strike = await strikes.penalty(key, 1);
  const wait = Math.min(MAX_LOCK_S, FIRST_LOCK_S * 2 ** (strike.consumedPoints - 1));
  await failures.block(key, wait);
}

/** A successful sign-in clears the account's record; the IP's stays, so one good password cannot reset it. */
export async function recordSignInSuccess(accountKey: string): Promise<void> {
  const { account } = scopes();
  await Promise.all([account.failures.delete(accountKey), account.strikes.delete(accountKey)]);
}
