// Text handed from the server component render to the HTML render, outside React's payload.
import { describe, expect, it } from "vitest";
import { handOver, takeOver } from "@/lib/platform/render-handoff";

describe("the render handoff", () => {
  it("gives back what was handed over, under its own key, as often as the HTML render asks", () => {
    const first = handOver('{"a":1}');
    const second = handOver('{"b":2}');
    expect(first).not.toBe(second);
    expect(takeOver(first)).toBe('{"a":1}');
    expect(takeOver(first)).toBe('{"a":1}');
    expect(takeOver(second)).toBe('{"b":2}');
    expect(takeOver("no-such-key")).toBeUndefined();
  });

  it("lets entries go after a minute, and the oldest beyond a thousand, so renders never pile up", () => {
    const now = Date.now() + 10 * 60_000;
    const old = handOver("old", now - 61_000);
    const recent = handOver("recent", now - 1_000);
    handOver("now", now);
    expect(takeOver(old)).toBeUndefined();
    expect(takeOver(recent)).toBe("recent");
    const keys = Array.from({ length: 1_000 }, (_, i) => handOver(`n${i}`, now));
    expect(takeOver(recent)).toBeUndefined();
    expect(takeOver(keys[0]!)).toBe("n0");
    expect(takeOver(keys[999]!)).toBe("n999");
  });
});
