import { describe, expect, it } from "vitest";
import { clientIp, trustedClientIp } from "@/lib/platform/client-ip";

describe("trustedClientIp", () => {
  it("ignores what a client writes into X-Forwarded-For when no proxy is trusted", () => {
    expect(trustedClientIp("6.6.6.6", "203.0.113.9", 0)).toBe("203.0.113.9");
    expect(trustedClientIp(undefined, "203.0.113.9", 0)).toBe("203.0.113.9");
  });

  it("takes the entry the trusted proxy added, not the ones before it", () => {
    expect(trustedClientIp("6.6.6.6, 198.51.100.4", "10.0.0.2", 1)).toBe("198.51.100.4");
    expect(trustedClientIp(["6.6.6.6", "198.51.100.4, 10.0.0.1"], "10.0.0.2", 2)).toBe("198.51.100.4");
  });

  it("falls back to the peer when the header is missing or short", () => {
    expect(trustedClientIp(undefined, "10.0.0.2", 1)).toBe("10.0.0.2");
    expect(trustedClientIp("", undefined, 1)).toBe("unknown");
  });
});

describe("clientIp", () => {
  it("reads the address the server wrote", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "198.51.100.4" }))).toBe("198.51.100.4");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});
