import { beforeEach, describe, expect, it } from "vitest";
import { REGISTRATIONS_PER_IP_PER_HOUR, releaseRegistration, reserveRegistration } from "@/lib/auth/registration-limit";
import { resetDatabase } from "../../reset-database";

beforeEach(async () => {
  await resetDatabase();
});

describe("registrations per address", () => {
  it(`allow ${REGISTRATIONS_PER_IP_PER_HOUR} an hour from one address, even when a dozen arrive at once`, async () => {
    const waits = await Promise.all(Array.from({ length: 12 }, () => reserveRegistration("192.0.2.50")));
    expect(waits.filter((w) => w === 0)).toHaveLength(REGISTRATIONS_PER_IP_PER_HOUR);
    expect(Math.min(...waits.filter((w) => w > 0))).toBeGreaterThan(0);
    expect(await reserveRegistration("192.0.2.51")).toBe(0);
  });

  it("gives the place back when the account was not created (a name already taken)", async () => {
    for (let i = 0; i < REGISTRATIONS_PER_IP_PER_HOUR; i++) expect(await reserveRegistration("192.0.2.60")).toBe(0);
    await releaseRegistration("192.0.2.60");
    expect(await reserveRegistration("192.0.2.60")).toBe(0);
    expect(await reserveRegistration("192.0.2.60")).toBeGreaterThan(0);
  });
});
