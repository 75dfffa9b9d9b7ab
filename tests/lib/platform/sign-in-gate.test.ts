// The production server's door for sign-in traffic: what goes through it, and how many at a time.
import { describe, expect, it } from "vitest";
import { createSignInGate, isSignInRequest } from "@/lib/platform/sign-in-gate";

/** A request handler that finishes when `finish` is called, recording when it started. */
function handler(log: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { run: async () => { log.push(name); await done; }, finish };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("isSignInRequest", () => {
  it("gates Auth.js and the sign-in and registration form posts", () => {
    expect(isSignInRequest({ method: "GET", url: "/api/auth/csrf" })).toBe(true);
    expect(isSignInRequest({ method: "POST", url: "/api/auth/callback/credentials" })).toBe(true);
    expect(isSignInRequest({ method: "POST", url: "/login?callbackUrl=%2Fb%2Ffree" })).toBe(true);
    expect(isSignInRequest({ method: "POST", url: "/register" })).toBe(true);
  });

  it("lets everything else straight through: pages, the forms themselves, other actions, health", () => {
    expect(isSignInRequest({ method: "GET", url: "/login" })).toBe(false);
    expect(isSignInRequest({ method: "GET", url: "/register" })).toBe(false);
    expect(isSignInRequest({ method: "POST", url: "/b/free/35" })).toBe(false);
    expect(isSignInRequest({ method: "GET", url: "/" })).toBe(false);
    expect(isSignInRequest({ method: "GET", url: "/api/health" })).toBe(false);
    expect(isSignInRequest({ method: "GET", url: "/api/authors" })).toBe(false);
  });
});

describe("the sign-in gate", () => {
  it("lets two in at a time, the rest in arrival order as each finishes", async () => {
    const gate = createSignInGate(2, 10);
    const log: string[] = [];
    const requests = ["a", "b", "c", "d"].map((name) => handler(log, name));
    const passes = requests.map((r) => gate.pass(r.run));
    await tick();
    expect(log).toEqual(["a", "b"]);
    expect(gate.load()).toEqual({ inside: 2, waiting: 2 });
    requests[1]!.finish();
    await tick();
    expect(log).toEqual(["a", "b", "c"]);
    requests[0]!.finish();
    requests[2]!.finish();
    requests[3]!.finish();
    await Promise.all(passes);
    expect(log).toEqual(["a", "b", "c", "d"]);
    expect(gate.load()).toEqual({ inside: 0, waiting: 0 });
  });

  it("refuses at once, running nothing, when the queue is full", async () => {
    const gate = createSignInGate(1, 1);
    const log: string[] = [];
    const first = handler(log, "first");
    const second = handler(log, "second");
    const third = handler(log, "third");
    const passes = [gate.pass(first.run), gate.pass(second.run)];
    await tick();
    expect(gate.pass(third.run)).toBeNull();
    first.finish();
    second.finish();
    await Promise.all(passes);
    expect(log).toEqual(["first", "second"]);
  });

  it("frees the place of a request whose handler failed", async () => {
    const gate = createSignInGate(1, 10);
    await expect(gate.pass(async () => Promise.reject(new Error("render failed")))).rejects.toThrow("render failed");
    const log: string[] = [];
    const next = handler(log, "next");
    const passed = gate.pass(next.run);
    await tick();
    expect(log).toEqual(["next"]);
    next.finish();
    await passed;
  });
});
