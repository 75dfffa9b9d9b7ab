// Registration under abuse, against the running server: one address cannot raise a crowd of accounts, and an address
// whose sign-in throttle is engaged still gets its account and a clear message instead of a 500.
import { describe, expect, it } from "vitest";
import { callFormAction, signInFrom } from "./http";
import { serverRow } from "./server-db";

/** REGISTRATIONS_PER_IP_PER_HOUR in lib/auth/registration-limit.ts, which only the server may import. */
const REGISTRATIONS_PER_IP_PER_HOUR = 3;

const register = (username: string, ip: string) =>
  callFormAction("/register", "app/register/actions.ts", "register", { username, email: `${username}@example.com`, password: "a long enough password" }, "", {
    "x-forwarded-for": ip,
  });

async function failSignIn(ip: string): Promise<void> {
  await signInFrom(`nobody_${crypto.randomUUID().slice(0, 8)}`, "wrong password!", ip);
}

describe("registration", () => {
  it(`allows ${REGISTRATIONS_PER_IP_PER_HOUR} accounts an hour from one address, then says to wait`, async () => {
    const results = [];
    for (let i = 0; i < REGISTRATIONS_PER_IP_PER_HOUR + 2; i++) results.push(await register(`farm_${i}`, "198.18.20.1"));
    expect(results.slice(0, REGISTRATIONS_PER_IP_PER_HOUR).every((r) => r.location !== null)).toBe(true);
    for (const refused of results.slice(REGISTRATIONS_PER_IP_PER_HOUR)) {
      expect(refused.status).toBe(200);
      expect(refused.body).toContain("Too many accounts were created from this network.");
    }
    expect((await serverRow<{ n: number }>("SELECT count(*) AS n FROM users WHERE username LIKE 'farm_%'")).n).toBe(REGISTRATIONS_PER_IP_PER_HOUR);
  }, 60_000);

  it("from an address whose sign-in throttle is engaged creates the account and says when to sign in, never a 500", async () => {
    const ip = "198.18.21.1";
    for (let i = 0; i < 21; i++) await failSignIn(ip);
    const result = await register("throttled_newcomer", ip);
    expect(result.status).toBeLessThan(500);
    expect(result.body).toContain("Your account is created. Signing in is paused for this network");
    expect((await serverRow<{ n: number }>("SELECT count(*) AS n FROM users WHERE username = 'throttled_newcomer'")).n).toBe(1);
  }, 90_000);
});
