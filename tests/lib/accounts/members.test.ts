import { beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { getDb } from "@/db";
import { authenticate, changePassword, createAccount, findSessionUser } from "@/lib/accounts/members";
import { SIGN_INS_IN_FLIGHT_PER_IP } from "@/lib/auth/in-flight";
import { ACCOUNT_FAILURES_BEFORE_LOCK, FIRST_LOCK_S, IP_FAILURES_BEFORE_LOCK, reserveSignIn } from "@/lib/auth/throttle";
import { MAX_CONCURRENT_HASHES } from "@/lib/accounts/passwords";
import * as argon2 from "@node-rs/argon2";
import { valueOf } from "../../queries";
import { resetDatabase } from "../../reset-database";

vi.mock("@node-rs/argon2", async (original) => {
  const real = await original<typeof import("@node-rs/argon2")>();
  return { ...real, verify: vi.fn(real.verify), hash: vi.fn(real.hash) };
});

const PASSWORD = "correct horse battery";

beforeEach(async () => {
  vi.useRealTimers();
  await resetDatabase();
  vi.mocked(argon2.verify).mockClear();
});

async function member(username = "sora", email = `${username}@example.com`) {
  const created = await createAccount({ username, email, password: PASSWORD });
  if (!created.ok) throw new Error(JSON.stringify(created));
  return created.id;
}

describe("createAccount", () => {
  it("hashes the password with Argon2id at OWASP's parameters", async () => {
    const id = await member();
    const hash = await valueOf(users.passwordHash, eq(users.id, id)) as string;
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(hash).not.toContain(PASSWORD);
  });

  it("refuses a username taken in another case or width, and a taken email", async () => {
    await member("sora", "sora@example.com");
    const result = await createAccount({ username: "Ｓｏｒａ".normalize("NFKC"), email: "SORA@example.com".toLowerCase(), password: PASSWORD });
    expect(result).toEqual({ ok: false, errors: { username: "usernameTaken", email: "emailTaken" } });
    const count = await getDb().$count(users);
    expect(count).toBe(1);
  });
});

describe("look-alike usernames", () => {
  it("refuses a name whose skeleton matches an existing member's", async () => {
    await member("mod_sora");
    const copy = await createAccount({ username: "mod_\u0455ora", email: "copy@example.com", password: PASSWORD }); // Cyrillic ѕ
    expect(copy).toEqual({ ok: false, errors: { username: "usernameLookalike" } });
    expect(await createAccount({ username: "modsora", email: "copy2@example.com", password: PASSWORD })).toEqual({ ok: false, errors: { username: "usernameLookalike" } });
    expect(await createAccount({ username: "mod_sorae", email: "other@example.com", password: PASSWORD })).toMatchObject({ ok: true });
  });
});

describe("authenticate", () => {
  it("signs in with the username in any case, or with the email", async () => {
    const id = await member("Minji");
    expect(await authenticate("minji", PASSWORD, "10.0.0.1")).toMatchObject({ ok: true, id });
    expect(await authenticate("Minji@Example.com", PASSWORD, "10.0.0.1")).toMatchObject({ ok: true, id });
  });

  it("fails the same way for an unknown user and a wrong password, after the same Argon2 work", async () => {
    await member("sora");
    const wrongPassword = await authenticate("sora", "wrong password!", "10.0.0.1");
    const verifiesForKnown = vi.mocked(argon2.verify).mock.calls.length;
    const unknownUser = await authenticate("nobody", "wrong password!", "10.0.0.1");
    const verifiesForUnknown = vi.mocked(argon2.verify).mock.calls.length - verifiesForKnown;
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknownUser).toEqual(wrongPassword);
    expect(verifiesForKnown).toBe(1);
    expect(verifiesForUnknown).toBe(1);
  });

  it("locks an account after 5 failures, then lets it try again after the wait, which doubles next time", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    await member("sora");
    for (let i = 0; i < ACCOUNT_FAILURES_BEFORE_LOCK; i++) {
      expect(await authenticate("sora", "wrong password!", `10.0.0.${i}`)).toEqual({ ok: false, reason: "invalid" });
    }
    const locked = await authenticate("sora", PASSWORD, "10.0.1.1");
    expect(locked).toMatchObject({ ok: false, reason: "throttled" });
    expect(locked.ok === false && locked.retryAfterS).toBeGreaterThan(FIRST_LOCK_S - 5);
    expect(locked.ok === false && locked.retryAfterS).toBeLessThanOrEqual(FIRST_LOCK_S);

    vi.setSystemTime(Date.now() + (FIRST_LOCK_S + 1) * 1000);
    // After a lockout, the next failure locks again at once, for twice as long.
    expect(await authenticate("sora", "wrong again!!", "10.0.1.2")).toEqual({ ok: false, reason: "invalid" });
    const again = await authenticate("sora", PASSWORD, "10.0.1.3");
    expect(again.ok === false && again.retryAfterS).toBeGreaterThan(2 * FIRST_LOCK_S - 5);

    vi.setSystemTime(Date.now() + (2 * FIRST_LOCK_S + 1) * 1000);
    expect(await authenticate("sora", PASSWORD, "10.0.1.4")).toMatchObject({ ok: true });
  });

  it("throttles an unknown account exactly like a real one", async () => {
    for (let i = 0; i < ACCOUNT_FAILURES_BEFORE_LOCK; i++) await authenticate("ghost", "wrong password!", `10.0.2.${i}`);
    expect(await authenticate("ghost", "anything at all", "10.0.3.1")).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("throttles an IP that fails across many accounts, without locking those accounts elsewhere", async () => {
    await member("victim");
    for (let i = 0; i < IP_FAILURES_BEFORE_LOCK; i++) await authenticate(`guess${i}`, "wrong password!", "192.0.2.7");
    expect(await authenticate("victim", PASSWORD, "192.0.2.7")).toMatchObject({ ok: false, reason: "throttled" });
    expect(await authenticate("victim", PASSWORD, "198.51.100.1")).toMatchObject({ ok: true });
  });

  it("evaluates at most the limit's worth of parallel guesses at one account, refusing the rest", async () => {
    await member("sora");
    const guesses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => authenticate("sora", `wrong password ${i}`, `10.9.${i >> 8}.${i & 255}`)),
    );
    const evaluated = guesses.filter((g) => !g.ok && g.reason === "invalid").length;
    expect(evaluated).toBeLessThanOrEqual(ACCOUNT_FAILURES_BEFORE_LOCK);
    expect(vi.mocked(argon2.verify).mock.calls.length).toBeLessThanOrEqual(ACCOUNT_FAILURES_BEFORE_LOCK);
    expect(guesses.filter((g) => !g.ok && g.reason === "throttled").length).toBe(40 - evaluated);
  });

  it("takes each attempt from the budget before checking it, so racing reservations cannot overrun the limit", async () => {
    const waits = await Promise.all(Array.from({ length: 40 }, (_, i) => reserveSignIn("user:racer", `10.5.0.${i}`)));
    expect(waits.filter((w) => w === 0).length).toBe(ACCOUNT_FAILURES_BEFORE_LOCK);
  });

  it("gives the username and the email of one account a single budget", async () => {
    await member("sora");
    for (let i = 0; i < 3; i++) await authenticate("sora", "wrong password!", `10.8.0.${i}`);
    for (let i = 0; i < ACCOUNT_FAILURES_BEFORE_LOCK - 3; i++) await authenticate("SORA@example.com", "wrong password!", `10.8.1.${i}`);
    expect(await authenticate("sora@example.com", PASSWORD, "10.8.2.1")).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("never runs more Argon2 hashes at once than the process allows", async () => {
    await member("sora");
    let running = 0;
    let most = 0;
    const real = vi.mocked(argon2.verify).getMockImplementation()!;
    vi.mocked(argon2.verify).mockImplementation(async (...args) => {
      most = Math.max(most, ++running);
      try {
        return await real(...args);
      } finally {
        running--;
      }
    });
    await Promise.all(Array.from({ length: 6 }, (_, i) => authenticate(`user${i}`, "wrong password!", `10.7.0.${i}`)));
    vi.mocked(argon2.verify).mockImplementation(real);
    expect(most).toBeLessThanOrEqual(MAX_CONCURRENT_HASHES);
  });

  it("lets one address have only a few sign-ins in flight at once", async () => {
    await Promise.all(Array.from({ length: 8 }, (_, i) => member(`user${i}`)));
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => authenticate(`user${i}`, PASSWORD, "10.6.0.1")));
    expect(results.filter((r) => r.ok).length).toBeLessThanOrEqual(SIGN_INS_IN_FLIGHT_PER_IP);
    expect(results.filter((r) => !r.ok && r.reason === "throttled").length).toBeGreaterThan(0);
  });

  it("refuses a banned member even with the right password", async () => {
    const id = await member("spammer");
    await getDb().update(users).set({ status: "banned" }).where(eq(users.id, id));
    expect(await authenticate("spammer", PASSWORD, "10.0.0.1")).toEqual({ ok: false, reason: "banned", bannedId: id });
  });
});

describe("changePassword", () => {
  it("needs the current password, and raises the session version", async () => {
    const id = await member();
    const before = (await findSessionUser(id))!.sessionVersion;
    expect(await changePassword(id, "not it at all", "a new password!")).toEqual({
      ok: false,
      errors: { currentPassword: "currentPasswordWrong" },
    });
    expect((await findSessionUser(id))!.sessionVersion).toBe(before);
    expect(await changePassword(id, PASSWORD, "a new password!")).toEqual({ ok: true, sessionVersion: before + 1 });
    expect(await authenticate("sora", PASSWORD, "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate("sora", "a new password!", "10.0.0.1")).toMatchObject({ ok: true, sessionVersion: before + 1 });
  });
});

describe("findSessionUser", () => {
  it("ends a suspension whose time is up", async () => {
    const id = await member();
    await getDb().update(users).set({ status: "suspended", statusUntil: new Date(Date.now() - 1000) }).where(eq(users.id, id));
    expect((await findSessionUser(id))?.status).toBe("active");
    await getDb().update(users).set({ statusUntil: new Date(Date.now() + 60_000) }).where(eq(users.id, id));
    expect((await findSessionUser(id))?.status).toBe("suspended");
  });
});
