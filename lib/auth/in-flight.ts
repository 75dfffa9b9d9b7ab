// Sign-ins being checked right now, per address and per account: a burst beyond a few is refused before any hashing.

/** A person signs in once at a time; a couple more covers a double click and a household behind one address. */
export const SIGN_INS_IN_FLIGHT_PER_IP = 2;
/** One account is checked one attempt at a time, so parallel guesses cannot race its failure count. */
export const SIGN_INS_IN_FLIGHT_PER_ACCOUNT = 1;

/**
 * The counts, one pair per process. Sign-ins are checked by Auth.js's route and by the sign-in form's server action,
 * which Next.js bundles separately, each with its own copy of this module: counts kept in module variables would let
 * each copy have its own slots, twice the limit for whoever sends both ways. They meet on globalThis instead.
 */
const holder = globalThis as typeof globalThis & { __rapportSignInsInFlight?: { byIp: Map<string, number>; byAccount: Map<string, number> } };
const { byIp, byAccount } = (holder.__rapportSignInsInFlight ??= { byIp: new Map(), byAccount: new Map() });

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
