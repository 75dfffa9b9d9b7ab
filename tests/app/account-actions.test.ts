// The settings page's account actions and the export download, driven as a browser's request would drive them.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { first, getDb } from "@/db";
import { postLikes, users } from "@/db/schema";
import { saveAccountSettings } from "@/app/settings/actions";
import { deleteAccount } from "@/app/settings/delete/actions";
import { GET as exportData } from "@/app/settings/export/route";
import { asVisitor, formOf, signedInAs } from "../action-calls";
import { createAccount } from "@/lib/accounts/members";
import { BIO_MAX } from "@/lib/limits";
import { pageCacheExpiry } from "@/lib/platform/page-cache/expiry";
import { makeBoard, makeComment, makePost } from "../factories";
import { resetDatabase } from "../reset-database";

vi.mock("@/lib/auth/config", () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("react", async (original) => ({ ...(await original<typeof import("react")>()), cache: <T>(fn: T) => fn }));
vi.mock("@/lib/i18n/form-text", () => ({ answeringInText: <T>(action: T) => action }));
vi.mock("next/cache", () => ({ refresh: vi.fn() }));
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
  headers: async () => new Headers({ "x-forwarded-for": "10.0.0.7" }),
}));

const PASSWORD = "correct horse battery";
const user = async (id: string) => (await first(getDb().select().from(users).where(eq(users.id, id))))!;

async function member(username: string) {
  const created = await createAccount({ username, email: `${username}@example.com`, password: PASSWORD });
  if (!created.ok) throw new Error(JSON.stringify(created));
  return created.id;
}

const settings = { timeZone: "Asia/Seoul", dateStyle: "relative", theme: "dark", bio: "About *me*", signature: "— sora" };
let expired: string[][];
beforeEach(async () => {
  await resetDatabase();
  jar.clear();
  expired = [];
  pageCacheExpiry().subscribe((tags) => expired.push([...tags]));
});

describe("saveAccountSettings", () => {
  it("saves the settings, renders bio and signature, remembers the theme, and expires the cached pages", async () => {
    const sora = await member("sora");
    signedInAs(sora);
    expect(await saveAccountSettings({}, formOf(settings))).toMatchObject({ success: "accountSettings:saved" });
    expect(await user(sora)).toMatchObject({ timeZone: "Asia/Seoul", dateStyle: "relative", theme: "dark", bioHtml: "<p>About <em>me</em></p>", signature: "— sora" });
    expect(jar.get("rapport-theme")).toBe("dark");
    expect(expired).toContainEqual(["all"]);
    // The same signature again: no visitor page changed.
    expired = [];
    await saveAccountSettings({}, formOf(settings));
    expect(expired).toEqual([]);
  });

  it("refuses a too-long bio and an unknown zone beside their fields, keeps what was typed, and saves nothing", async () => {
    const sora = await member("sora");
    signedInAs(sora);
    const typed = { ...settings, timeZone: "Mars/Olympus", bio: "x".repeat(BIO_MAX + 1) };
    const state = await saveAccountSettings({}, formOf(typed));
    expect(state.errors).toEqual({ timeZone: "accountSettings:timeZoneUnknown", bio: "accountSettings:bioTooLong" });
    expect(state.values).toEqual(typed);
    expect(await user(sora)).toMatchObject({ timeZone: null, bio: "", theme: null });
  });

  it("sends a visitor to sign in", async () => {
    asVisitor();
    await expect(saveAccountSettings({}, formOf(settings))).rejects.toThrow(/NEXT_REDIRECT/);
  });
});

describe("deleteAccount", () => {
  it("deletes the session's own account, whatever else the form names", async () => {
    const sora = await member("sora");
    const mallory = await member("mallory");
    signedInAs(mallory);
    // A forged field naming Sora changes nothing: the account is the session's. Sora's password is not Mallory's.
    const state = await deleteAccount({}, formOf({ confirmation: PASSWORD + "!", userId: sora, username: "sora" }));
    expect(state).toEqual({ errors: { confirmation: "accountDeletion:passwordWrong" } });
    expect((await user(sora)).deletedAt).toBeNull();
    expect((await user(mallory)).deletedAt).toBeNull();
    // The right password deletes Mallory, signs out and lands on the notice.
    await expect(deleteAccount({}, formOf({ confirmation: PASSWORD, userId: sora }))).rejects.toThrow(/NEXT_REDIRECT/);
    expect((await user(mallory)).deletedAt).not.toBeNull();
    expect((await user(sora)).deletedAt).toBeNull();
    expect(expired).toContainEqual(["all"]);
  });

  it("sends a visitor to sign in, and deletes nothing", async () => {
    const sora = await member("sora");
    asVisitor();
    await expect(deleteAccount({}, formOf({ confirmation: PASSWORD }))).rejects.toThrow(/NEXT_REDIRECT/);
    expect((await user(sora)).deletedAt).toBeNull();
  });
});

describe("the export download", () => {
  it("sends a visitor to sign in, and nothing else", async () => {
    asVisitor();
    const response = await exportData();
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/login?callbackUrl=%2Fsettings%2Fexport");
    expect(await response.text()).toBe("");
  });

  it("gives a member their own profile, settings, writing and likes as an attachment, and nobody else's", async () => {
    const sora = await member("sora");
    const minji = await member("minji");
    const board = await makeBoard();
    const mine = await makePost(board, { id: sora }, { body: "Mine **bold**" });
    const theirs = await makePost(board, { id: minji }, { body: "Minji's secret draft" });
    await makeComment(theirs, { id: sora }, { body: "My comment" });
    await makeComment(mine, { id: minji }, { body: "Minji's comment" });
    await getDb().insert(postLikes).values([{ postId: theirs.id, userId: sora }, { postId: mine.id, userId: minji }]);
    signedInAs(sora);

    const response = await exportData();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="rapport-.+\.json"$/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    const data = JSON.parse(text);
    expect(data.profile).toMatchObject({ username: "sora", email: "sora@example.com" });
    expect(data.posts.map((p: { markdown: string }) => p.markdown)).toEqual(["Mine **bold**"]);
    expect(data.comments.map((c: { markdown: string }) => c.markdown)).toEqual(["My comment"]);
    expect(data.likes.posts).toEqual([expect.objectContaining({ postId: theirs.id })]);
    expect(text).not.toMatch(/minji|Minji/);
    expect(text).not.toContain("argon2");
  });
});
