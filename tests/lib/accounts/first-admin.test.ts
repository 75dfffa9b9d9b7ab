import fs from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { siteSettings, users } from "@/db/schema";
import { databasePath, getDb } from "@/db";
import { authSecret } from "@/lib/auth/secret";
import { createFirstAdmin, isValidSetupToken, issueSetupToken } from "@/lib/accounts/first-admin";
import { valueOf } from "../../queries";
import { resetDatabase } from "../../reset-database";

const admin = { username: "boss", email: "boss@example.com", password: "a long admin password" };

beforeEach(async () => {
  await resetDatabase();
});

describe("the first-admin link", () => {
  it("creates the first admin once, then is dead", async () => {
    const token = await issueSetupToken();
    expect(token).toMatch(/^[\w-]{32}$/);
    expect(await isValidSetupToken(token!)).toBe(true);
    expect(await createFirstAdmin(token!, admin)).toMatchObject({ ok: true });
    expect(await valueOf(users.role, eq(users.username, "boss"))).toBe("admin");

    expect(await isValidSetupToken(token!)).toBe(false);
    expect(await createFirstAdmin(token!, { ...admin, username: "second", email: "second@example.com" })).toEqual({
      ok: false,
      message: "setupLinkInvalid",
    });
    expect(await issueSetupToken()).toBeNull();
  });

  it("creates one admin when the link is submitted twice at once", async () => {
    const token = (await issueSetupToken())!;
    const results = await Promise.all([
      createFirstAdmin(token, admin),
      createFirstAdmin(token, { ...admin, username: "twin", email: "twin@example.com" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, message: "setupLinkInvalid" });
    expect(await getDb().$count(users, eq(users.role, "admin"))).toBe(1);
    expect(await getDb().$count(users)).toBe(1);
  });

  it("refuses a wrong token, and an old one after a restart issued a new one", async () => {
    const old = (await issueSetupToken())!;
    const fresh = (await issueSetupToken())!;
    expect(await isValidSetupToken("not-the-token")).toBe(false);
    expect(await isValidSetupToken(old)).toBe(false);
    expect(await isValidSetupToken(fresh)).toBe(true);
    expect(await createFirstAdmin(old, admin)).toEqual({ ok: false, message: "setupLinkInvalid" });
    expect(await getDb().$count(users)).toBe(0);
  });

  it("stores only a hash of the token", async () => {
    const token = (await issueSetupToken())!;
    const stored = (await getDb().select({ value: siteSettings.value }).from(siteSettings)).map((s) => s.value);
    expect(stored.join()).not.toContain(token);
  });
});

describe("authSecret", () => {
  it("generates a secret once, kept beside the database and readable by its owner only", () => {
    const previous = process.env.AUTH_SECRET;
    delete process.env.AUTH_SECRET;
    try {
      const first = authSecret();
      expect(first.length).toBeGreaterThanOrEqual(40);
      expect(authSecret()).toBe(first);
      const file = path.join(path.dirname(databasePath()), "auth-secret");
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      process.env.AUTH_SECRET = "from-the-environment";
      expect(authSecret()).toBe("from-the-environment");
    } finally {
      if (previous === undefined) delete process.env.AUTH_SECRET;
      else process.env.AUTH_SECRET = previous;
    }
  });
});
