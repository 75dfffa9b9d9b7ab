import { afterEach, describe, expect, it } from "vitest";
import { githubEnabled } from "@/lib/auth/config";

const saved = { id: process.env.AUTH_GITHUB_ID, secret: process.env.AUTH_GITHUB_SECRET };
afterEach(() => {
  process.env.AUTH_GITHUB_ID = saved.id ?? "";
  process.env.AUTH_GITHUB_SECRET = saved.secret ?? "";
});

describe("Sign in with GitHub", () => {
  it("is offered only when both the id and the secret are set", () => {
    process.env.AUTH_GITHUB_ID = "";
    process.env.AUTH_GITHUB_SECRET = "";
    expect(githubEnabled()).toBe(false);
    process.env.AUTH_GITHUB_ID = "id";
    expect(githubEnabled()).toBe(false);
    process.env.AUTH_GITHUB_SECRET = "secret";
    expect(githubEnabled()).toBe(true);
  });
});
