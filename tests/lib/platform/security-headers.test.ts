import { afterEach, describe, expect, it, vi } from "vitest";
import { isCrossSiteWrite } from "@/lib/platform/security-headers";

afterEach(() => vi.unstubAllEnvs());

const post = (headers: Record<string, string>, trustedProxies = 0) => isCrossSiteWrite("POST", new Headers(headers), trustedProxies);

describe("isCrossSiteWrite", () => {
  it("compares the Origin with the Host a direct client used", () => {
    expect(post({ origin: "http://forum.example", host: "forum.example" })).toBe(false);
    expect(post({ origin: "http://evil.example", host: "forum.example" })).toBe(true);
  });

  it("ignores X-Forwarded-Host unless a proxy is trusted", () => {
    const forged = { origin: "http://evil.example", host: "forum.example", "x-forwarded-host": "evil.example" };
    expect(post(forged, 0)).toBe(true);
    expect(post({ origin: "https://forum.example", host: "app:3000", "x-forwarded-host": "forum.example" }, 1)).toBe(false);
  });

  it("accepts the configured origin's host behind a proxy nobody declared", () => {
    vi.stubEnv("SITE_URL", "https://forum.example");
    expect(post({ origin: "https://forum.example", host: "app:3000" })).toBe(false);
    expect(post({ origin: "https://evil.example", host: "app:3000" })).toBe(true);
  });
});
