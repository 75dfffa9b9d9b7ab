// How often a member may make the site send them mail: reset requests and verification resends, per account and per
// address, counted in the database by rate-limiter-flexible like the sign-in throttle (lib/auth/throttle.ts).
import "server-only";
import { RateLimiterRes } from "rate-limiter-flexible";
import { storedLimiter } from "@/lib/platform/rate-limit-store";

/** A member who lost a mail asks again once or twice; more than that in an hour is someone filling their inbox. */
export const MAIL_REQUESTS_PER_ACCOUNT_PER_HOUR = 3;
/** One address asking for many accounts' links is probing which exist, or using the site to send mail. */
export const MAIL_REQUESTS_PER_IP_PER_HOUR = 10;
const HOUR_S = 60 * 60;

export type MailRequestKind = "reset" | "verify";

const limiter = (kind: MailRequestKind, scope: "account" | "ip", points: number) =>
  storedLimiter({
    keyPrefix: `mail-${kind}-${scope}`,
    points,
    duration: HOUR_S,
  });

/**
 * Takes one request from the account's and the address's hourly budgets. `accountKey` names the account, or what was
 * typed when no account matches, so that a known and an unknown account are limited alike. Returns the seconds to
 * wait (and takes nothing) when either budget is spent, else 0.
 */
export async function reserveMailRequest(kind: MailRequestKind, accountKey: string, ip: string): Promise<number> {
  const budgets = [
    { limiter: limiter(kind, "account", MAIL_REQUESTS_PER_ACCOUNT_PER_HOUR), key: accountKey },
    { limiter: limiter(kind, "ip", MAIL_REQUESTS_PER_IP_PER_HOUR), key: ip },
  ];
  const waits = await Promise.all(
    budgets.map(async ({ limiter: budget, key }) => {
      try {
        await budget.consume(key);
        return 0;
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        await budget.reward(key, 1);
        return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      }
    }),
  );
  const wait = Math.max(...waits);
  if (wait > 0) await Promise.all(budgets.map(({ limiter: budget, key }, i) => (waits[i] === 0 ? budget.reward(key, 1) : undefined)));
  return wait;
}
