// Sign-ins in flight are counted once per process, however many copies of the module Next.js's bundles load.
import { describe, expect, it, vi } from "vitest";

describe("sign-ins in flight", () => {
  it("share one count between copies of the module, as Auth.js's route and the sign-in action each load one", async () => {
    const route = await import("@/lib/auth/in-flight");
    vi.resetModules();
    const action = await import("@/lib/auth/in-flight");
    expect(action).not.toBe(route);

    let finish = () => {};
    const checking = new Promise<void>((resolve) => (finish = resolve));
    // One attempt on the account is being checked through the route...
    const first = route.withSignInSlot("10.9.0.1", "account:ada", () => checking.then(() => "checked"));
    // ...so a second through the action, from another address, is refused without being checked.
    const check = vi.fn(async () => "checked");
    expect(await action.withSignInSlot("10.9.0.2", "account:ada", check)).toBeNull();
    expect(check).not.toHaveBeenCalled();
    // The address's slots are shared too.
    const slots = Array.from({ length: route.SIGN_INS_IN_FLIGHT_PER_IP }, (_, i) => (i % 2 ? route : action).withSignInSlot("10.9.0.3", `account:${i}`, () => checking));
    expect(await action.withSignInSlot("10.9.0.3", "account:other", check)).toBeNull();

    finish();
    expect(await first).toBe("checked");
    await Promise.all(slots);
    // Every slot is given back: the same attempts now go through.
    expect(await action.withSignInSlot("10.9.0.2", "account:ada", check)).toBe("checked");
    expect(await route.withSignInSlot("10.9.0.3", "account:other", check)).toBe("checked");
  });
});
