// Sign-ins being checked right now, per address and per account: a burst beyond a few is refused before any hashing.
import { processWide } from "../platform/process-wide";

/** A person signs in once at a time; a couple more covers a double click and a household behind one address. */
export const SIGN_INS_IN_FLIGHT_PER_IP = 2;
/** One account is checked one attempt at a time, so parallel guesses cannot race its failure count. */
export const SIGN_INS_IN_FLIGHT_PER_ACCOUNT = 1;

/**
 * The counts, one pair per process (lib/platform/process-wide.ts): Auth.js's route and the sign-in form's server action
 * both check sign-ins, and counts per bundle gave whoever sends both ways twice the limit.
 */
const { byIp, byAccount } = processWide("__rapportSignInsInFlight", () => ({ byIp: new Map<string, number>(), byAccount: new Map<string, number>() }));

function take(counts: Map<string, number>, key: string, limit: number): boolean {
  const current = counts.get(key) ?? 0;
  if (current >= limit) return false;
  counts.set(key, current + 1);
  return true;
}

function release(counts: Map<string, number>, key: string): void {
  const current = (counts.get(key) ?? 1) - 1;
  if (current <= 0) counts.delete(key);
  else counts.set(key, current);
}

/**
 * Runs `check` if this address and this account have room for one more sign-in in flight; otherwise returns null
 * without running it. The slots are given back however `check` ends.
 */
export async function withSignInSlot<T>(ip: string, accountKey: string, check: () => Promise<T>): Promise<T | null> {
  if (!take(byIp, ip, SIGN_INS_IN_FLIGHT_PER_IP)) return null;
  if (!take(byAccount, accountKey, SIGN_INS_IN_FLIGHT_PER_ACCOUNT)) {
    release(byIp, ip);
    return null;
  }
  try {
    return await check();
  } finally {
    release(byIp, ip);
    release(byAccount, accountKey);
  }
}
