import { afterEach, describe, expect, it, vi } from "vitest";
import { isCrossSiteWrite, isOversizedBody, MAX_BODY_BYTES, MAX_UPLOAD_REQUEST_BYTES, maxBodyBytes } from "@/lib/platform/security-headers";
import { MAX_UPLOAD_BYTES } from "@/lib/limits";

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

describe("the body limit", () => {
  const declared = (bytes: number) => new Headers({ "content-length": String(bytes) });

  it("lets only a POST to /media/upload send an image's worth, with room for its form", () => {
    expect(MAX_UPLOAD_REQUEST_BYTES).toBeGreaterThan(MAX_UPLOAD_BYTES);
    expect(maxBodyBytes("POST", "/media/upload")).toBe(MAX_UPLOAD_REQUEST_BYTES);
    expect(maxBodyBytes("POST", "/media/upload/x")).toBe(MAX_BODY_BYTES);
    expect(maxBodyBytes("POST", "/b/free/write")).toBe(MAX_BODY_BYTES);
    expect(isOversizedBody(declared(5 * 1024 * 1024), "POST", "/media/upload")).toBe(false);
    expect(isOversizedBody(declared(5 * 1024 * 1024), "POST", "/b/free/write")).toBe(true);
    expect(isOversizedBody(declared(MAX_UPLOAD_REQUEST_BYTES + 1), "POST", "/media/upload")).toBe(true);
  });
});
