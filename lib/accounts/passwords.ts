// Password hashing with Argon2id at OWASP's recommended parameters, through @node-rs/argon2 (native, maintained).
import { availableParallelism } from "node:os";
import { hash, verify } from "@node-rs/argon2";
import { processWide } from "../platform/process-wide";

// Algorithm.Argon2id; the package exports it as a const enum, which isolated modules cannot read.
const ARGON2ID = 2;

/** OWASP Password Storage Cheat Sheet: Argon2id, 19 MiB of memory, 2 iterations, 1 degree of parallelism. */
export const ARGON2_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19 * 1024,
  timeCost: 2,
  parallelism: 1,
} as const;

/**
 * Argon2 runs held by the whole process at once: half the cores, at least one. Each run takes ~19 MiB and a core
 * for tens of milliseconds; a burst of sign-ins must queue here rather than take every core from page renders.
 */
export const MAX_CONCURRENT_HASHES = Math.max(1, Math.floor(availableParallelism() / 2));

/**
 * The slots, one set per process (lib/platform/process-wide.ts): sign-in (Auth.js's route and the sign-in action),
 * registration and password changes run in separate bundles, and slots per bundle allowed this many runs in each.
 */
const slots = processWide("__rapportHashSlots", () => ({ running: 0, waiting: [] as Array<() => void> }));

/** Runs `work` when a hashing slot is free, first come first served. */
async function withHashSlot<T>(work: () => Promise<T>): Promise<T> {
  if (slots.running >= MAX_CONCURRENT_HASHES) await new Promise<void>((resolve) => slots.waiting.push(resolve));
  else slots.running++;
  try {
    return await work();
  } finally {
    // The slot passes straight to the next in line, so the count never dips and lets a newcomer jump the queue.
    const next = slots.waiting.shift();
    if (next) next();
    else slots.running--;
  }
}

export function hashPassword(password: string): Promise<string> {
  return withHashSlot(() => hash(password, ARGON2_OPTIONS));
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. Without a hash (no such user, or an account that only signs in
 * with GitHub) it still verifies against a dummy hash, so a failure takes the same time either way.
 */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  dummyHash ??= hashPassword("rapport-dummy-password-for-equal-timing");
  const target = storedHash ?? (await dummyHash);
  try {
    const ok = await withHashSlot(() => verify(target, password));
    return ok && Boolean(storedHash);
  } catch {
    return false;
  }
}
