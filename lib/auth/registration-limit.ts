// New accounts per address: a handful an hour, so one machine cannot raise a crowd of accounts to report or vote with.
import "server-only";
import { RateLimiterRes } from "rate-limiter-flexible";
import { storedLimiter } from "@/lib/platform/rate-limit-store";

/** A household or an office registers a few people at a time; a dozen accounts a minute is a sock-puppet farm. */
export const REGISTRATIONS_PER_IP_PER_HOUR = 3;
const HOUR_S = 60 * 60;

const limiter = () =>
  storedLimiter({
    keyPrefix: "register-ip",
    points: REGISTRATIONS_PER_IP_PER_HOUR,
    duration: HOUR_S,
  });

/**
 * Takes a registration from the address's hourly allowance before the account is created, so a burst of parallel
 * requests cannot all pass a check made before any of them is counted. Returns the seconds to wait, or 0.
 */
export async function reserveRegistration(ip: string): Promise<number> {
  const registrations = limiter();
  try {
    await registrations.consume(ip);
    return 0;
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    // A refused attempt takes nothing: the allowance comes back when the hour is up, however often it is asked.
    await registrations.reward(ip, 1);
    return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
  }
}

/** The account was not created after all (the name was taken): the reserved registration goes back. */
export async function releaseRegistration(ip: string): Promise<void> {
  await limiter().reward(ip, 1);
}
