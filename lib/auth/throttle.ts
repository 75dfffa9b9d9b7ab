// Sign-in throttling: attempts are counted per account and per IP in the database (lib/platform/rate-limit-store.ts), taken
// before the password is checked and given back on success; each lockout after the first doubles the wait.
import "server-only";
import { RateLimiterRes, type RateLimiterStoreAbstract } from "rate-limiter-flexible";
import { storedLimiter } from "@/lib/platform/rate-limit-store";

export const SIGN_IN_WINDOW_S = 15 * 60;
export const ACCOUNT_FAILURES_BEFORE_LOCK = 5;
export const IP_FAILURES_BEFORE_LOCK = 20;
export const FIRST_LOCK_S = 60;
export const MAX_LOCK_S = 60 * 60;
/** The wait to suggest when a sign-in is refused only because others from the same place are still being checked. */
export const SIGN_IN_BUSY_RETRY_S = 5;
/** A lockout is remembered this long: another failure within it locks again, for twice as long. */
const STRIKE_MEMORY_S = 24 * 60 * 60;

type Limiters = { failures: RateLimiterStoreAbstract; strikes: RateLimiterStoreAbstract };

function limiters(scope: "account" | "ip", points: number): Limiters {
  const make = (prefix: string, limit: number, duration: number) =>
    storedLimiter({
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

/**
 * Takes one attempt from the account's and the address's budgets before any password is checked, so parallel
 * guesses cannot all slip in under the limit: each is counted as a failure until it proves otherwise. Returns the
 * seconds to wait when either budget is spent (and then takes nothing), or 0 when the attempt may go ahead.
 */
export async function reserveSignIn(accountKey: string, ip: string): Promise<number> {
  const { account, ip: byIp } = scopes();
  const taken = await Promise.all([take(account, accountKey), take(byIp, ip)]);
  const wait = Math.max(...taken.map((t) => t.wait));
  if (wait === 0) return 0;
  // A refused attempt is not a guess: whatever budget it took is given back.
  await Promise.all([
    taken[0]!.wait === 0 ? account.failures.reward(accountKey, 1) : undefined,
    taken[1]!.wait === 0 ? byIp.failures.reward(ip, 1) : undefined,
  ]);
  return wait;
}

/** One point from a budget; a wait when the budget was already spent (or is locked). */
async function take({ failures }: Limiters, key: string): Promise<{ wait: number }> {
  try {
    await failures.consume(key);
    return { wait: 0 };
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    // Taking past the limit counts nothing: the point goes back, so a flood of refused attempts cannot lengthen a lock.
    if (rejection.consumedPoints > failures.points) await failures.reward(key, 1);
    return { wait: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
  }
}

/** The reserved attempt failed: it stays counted, and the budget that reached its limit locks, longer each time. */
export async function recordSignInFailure(accountKey: string, ip: string): Promise<void> {
  const { account, ip: byIp } = scopes();
  await Promise.all([lockIfSpent(account, accountKey), lockIfSpent(byIp, ip)]);
}

async function lockIfSpent({ failures, strikes }: Limiters, key: string): Promise<void> {
  const locked = (await strikes.get(key))?.consumedPoints ?? 0;
  const used = (await failures.get(key))?.consumedPoints ?? 0;
  if (locked === 0 && used < failures.points) return;
  const strike = await strikes.penalty(key, 1);
  const wait = Math.min(MAX_LOCK_S, FIRST_LOCK_S * 2 ** (strike.consumedPoints - 1));
  await failures.block(key, wait);
}

/**
 * The reserved attempt succeeded: the account's record is cleared; the address gets its point back but keeps the
 * rest, so one good password cannot reset the failures it made against other accounts.
 */
export async function recordSignInSuccess(accountKey: string, ip: string): Promise<void> {
  const { account, ip: byIp } = scopes();
  await Promise.all([account.failures.delete(accountKey), account.strikes.delete(accountKey), byIp.failures.reward(ip, 1)]);
}
