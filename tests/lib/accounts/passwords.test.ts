// Argon2 runs are limited per process, however many copies of lib/accounts/passwords.ts Next.js's bundles load.
import { describe, expect, it, vi } from "vitest";

/** Hashes in progress at once, across every copy of the module; a hash takes 20 ms here. */
const tally = vi.hoisted(() => ({ running: 0, most: 0 }));
vi.mock("@node-rs/argon2", () => {
  const slow = async <T>(value: T) => {
    tally.most = Math.max(tally.most, ++tally.running);
    await new Promise((resolve) => setTimeout(resolve, 20));
    tally.running--;
    return value;
  };
  return { hash: (password: string) => slow(`hashed:${password}`), verify: (stored: string, password: string) => slow(stored === `hashed:${password}`) };
});

describe("hashing slots", () => {
  it("hold across copies of the module, as the sign-in, registration and settings bundles each load one", async () => {
    const signIn = await import("@/lib/accounts/passwords");
    vi.resetModules();
    const register = await import("@/lib/accounts/passwords");
    expect(register).not.toBe(signIn);
    const runs = Array.from({ length: 4 * signIn.MAX_CONCURRENT_HASHES + 2 }, (_, i) =>
      i % 2 ? signIn.hashPassword(`password ${i}`) : register.verifyPassword(`hashed:password ${i}`, `password ${i}`),
    );
    const results = await Promise.all(runs);
    expect(results.filter((r) => r === true)).toHaveLength(Math.ceil(runs.length / 2));
    expect(tally.most).toBe(signIn.MAX_CONCURRENT_HASHES);
  });
});
