import { describe, expect, it } from "vitest";
import { loggablePath } from "@/lib/platform/logger";

describe("loggablePath", () => {
  it("replaces the one-time tokens of setup, reset and verification links, and drops the query", () => {
    expect(loggablePath("/setup/abc123")).toBe("/setup/[token]");
    expect(loggablePath("/reset-password/Zx_9-secret?x=1")).toBe("/reset-password/[token]");
    expect(loggablePath("/verify-email/Zx_9-secret")).toBe("/verify-email/[token]");
    expect(loggablePath("/b/free/12?cpage=2")).toBe("/b/free/12");
    expect(loggablePath("/forgot-password")).toBe("/forgot-password");
  });
});
