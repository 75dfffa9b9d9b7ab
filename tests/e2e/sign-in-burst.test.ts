// Parallel password guessing against the running server: the throttle's limit holds however many guesses arrive at
// once, and an account's username and email draw on one budget. The long form is `npm run soak -- --sign-in-burst`.
import { describe, expect, it } from "vitest";
import { ACCOUNT_FAILURES_BEFORE_LOCK } from "../../scripts/load/sign-in-burst";
import { baseURL } from "./helpers";
import { createUser, signInFrom } from "./http";

/**
 * One sign-in through Auth.js's credentials endpoint, from the given address (the e2e server trusts one proxy).
 * Returns the refusal code Auth.js puts in the redirect ("invalid" means the password was checked), or "signed-in".
 */
async function attempt(identifier: string, password: string, ip: string): Promise<string> {
  const response = await signInFrom(identifier, password, ip);
  if (response.headers.getSetCookie().some((c) => c.includes("session-token="))) return "signed-in";
  const location = new URL(response.headers.get("location") ?? "/", baseURL());
  return (location.searchParams.get("code") ?? `status ${response.status}`).split(":")[0]!;
}

describe("parallel sign-in guesses", () => {
  it("evaluate at most the limit's worth of 40 wrong passwords fired at once at one account", async () => {
    const user = await createUser("burst_target");
    const codes = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt(user.username, `wrong guess ${i}`, `198.18.1.${i + 1}`)));
    const evaluated = codes.filter((c) => c === "invalid").length;
    console.log(`parallel wrong sign-ins evaluated: ${evaluated}/40 (limit ${ACCOUNT_FAILURES_BEFORE_LOCK})`);
    expect(evaluated).toBeGreaterThan(0);
    expect(evaluated).toBeLessThanOrEqual(ACCOUNT_FAILURES_BEFORE_LOCK);
    expect(codes.filter((c) => c !== "invalid").every((c) => c === "throttled")).toBe(true);
  }, 60_000);

  it("count the username and the email of one account against one budget", async () => {
    const user = await createUser("burst_both_names");
    for (let i = 0; i < 3; i++) expect(await attempt(user.username, "wrong password!", `198.18.2.${i + 1}`)).toBe("invalid");
    for (let i = 0; i < ACCOUNT_FAILURES_BEFORE_LOCK - 3; i++) {
      expect(await attempt(`${user.username}@example.com`, "wrong password!", `198.18.3.${i + 1}`)).toBe("invalid");
    }
    // The limit is spent across the two names: even the right password waits out the lock.
    expect(await attempt(user.username, user.password, "198.18.4.1")).toBe("throttled");
  }, 60_000);
});
