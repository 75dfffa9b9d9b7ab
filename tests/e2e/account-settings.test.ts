// A member's own account in Chromium: time zone and date style change a thread's times, the theme works without
// JavaScript and through the visitor page cache without leaking between visitors, and deleting an account end to end.
import type { BrowserContextOptions, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { baseURL, expectAccessible, openPage, useBrowser } from "./helpers";
import { ACTION_FILES, callFormAction, createSignedInUser, signIn, type TestUser } from "./http";
import { serverRows } from "./server-db";

const browser = useBrowser();

let author: TestUser;
let threadPath: string;

beforeAll(async () => {
  author = await createSignedInUser("acct_author");
  const published = await callFormAction("/b/free/write", ACTION_FILES.write, "publishPost", { board: "free", title: "A thread about time", body: "When was this written?", submissionKey: crypto.randomUUID() }, author.cookie);
  threadPath = /\/b\/free\/\d+/.exec(published.location ?? "")![0];
  const postId = Number(threadPath.split("/").pop());
  const commented = await callFormAction(threadPath, ACTION_FILES.thread, "addComment", { postId: String(postId), body: "A comment with a time.", submissionKey: crypto.randomUUID() }, author.cookie);
  expect(commented.status).toBeLessThan(400);
});

/** Cookies for a new context, as Playwright's storage state holds them. */
function withCookies(cookies: Record<string, string>): BrowserContextOptions["storageState"] {
  const host = new URL(baseURL()).hostname;
  return {
    cookies: Object.entries(cookies).map(([name, value]) => ({ name, value, domain: host, path: "/", expires: -1, httpOnly: true, secure: false, sameSite: "Lax" as const })),
    origins: [],
  };
}

/** A page opened at `path` in a new context signed in as `user` (their session cookie); openPage, so axe runs on it. */
function signedInPage(user: TestUser, path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const [name, ...value] = user.cookie.split("=");
  return openPage(browser(), path, { ...options, storageState: withCookies({ [name!]: value.join("=") }) });
}

const theme = (page: Page) => page.locator("html").getAttribute("data-theme");
/** The page background's lightness, 0 (black) to 100 (white), from whichever colour syntax Chromium reports. */
async function backgroundLightness(page: Page): Promise<number> {
  const color = await page.locator("body").evaluate((body) => getComputedStyle(body).backgroundColor);
  const lab = /^lab\(([\d.]+)/.exec(color);
  if (lab) return Number(lab[1]);
  const oklch = /^oklch\(([\d.]+)/.exec(color);
  if (oklch) return Number(oklch[1]) * 100;
  const rgb = /^rgba?\((\d+), (\d+), (\d+)/.exec(color);
  if (rgb) return (Number(rgb[1]) + Number(rgb[2]) + Number(rgb[3])) / 7.65;
  throw new Error(`Unexpected colour ${color}`);
}

describe("time zone and date style", () => {
  it("shows a thread in the browser's zone at first, then in the chosen zone and as relative times", async () => {
    const reader = await createSignedInUser("acct_zone");
    const page = await signedInPage(reader, "/settings", { timezoneId: "Pacific/Auckland" });
    // The first visit told the server the browser's zone (a cookie set once by a script with the page's nonce).
    await expect.poll(async () => (await page.context().cookies()).find((c) => c.name === "rapport-tz")?.value).toBe("Pacific/Auckland");
    await page.goto(threadPath);
    const postTime = page.getByRole("region", { name: "Post information" }).locator("time");
    expect(await postTime.getAttribute("title")).toMatch(/\(Pacific\/Auckland\)$/);
    const absolute = await postTime.textContent();
    expect(absolute).toMatch(/\d{4}/);
    expect(await page.locator("li[id^='comment-'] time").first().getAttribute("title")).toBe("Pacific/Auckland");

    await page.goto("/settings");
    await page.getByLabel("Time zone").selectOption("Asia/Seoul");
    await page.getByRole("radio", { name: /Relative dates/ }).check();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Your settings are saved.").waitFor();

    await page.goto(threadPath);
    expect(await postTime.textContent()).toMatch(/now|minute|seconds? ago/);
    expect(await postTime.getAttribute("title")).toMatch(/\(Asia\/Seoul\)$/);
    const commentTime = page.locator("li[id^='comment-'] time").first();
    expect(await commentTime.textContent()).toMatch(/now|ago/);
    expect(await commentTime.getAttribute("title")).toMatch(/\(Asia\/Seoul\)$/);
    // Visitors still get the shared page, in the site's zone.
    const visitor = await (await fetch(`${baseURL()}${threadPath}`)).text();
    expect(visitor).not.toContain("Asia/Seoul");
    await page.context().close();
  });

  it("refuses a too-long bio beside the field without JavaScript, keeping what was typed", async () => {
    const reader = await createSignedInUser("acct_badinput");
    const page = await signedInPage(reader, "/settings", { javaScriptEnabled: false });
    await page.getByLabel("About me").fill("x".repeat(1_001));
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Your bio is too long").waitFor();
    expect(await page.getByLabel("About me").inputValue()).toBe("x".repeat(1_001));
    expect((await serverRows<{ bio: string }>("SELECT bio FROM users WHERE id = ?", reader.id))[0]!.bio).toBe("");
    await page.context().close();
  });
});

describe("the theme", () => {
  it("applies a member's dark theme with JavaScript disabled, and the settings page passes axe in both themes", async () => {
    const reader = await createSignedInUser("acct_theme");
    const page = await signedInPage(reader, "/settings", { javaScriptEnabled: false, colorScheme: "light" });
    expect(await theme(page)).toBeNull();
    await page.getByRole("radio", { name: "Dark" }).check();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Your settings are saved.").waitFor();
    await page.goto(threadPath);
    expect(await theme(page)).toBe("dark");
    await page.context().close();

    // With JavaScript, for axe: the settings page and the thread page in the dark theme, on a light-preferring device.
    const dark = await signedInPage(reader, "/settings", { colorScheme: "light" });
    expect(await theme(dark)).toBe("dark");
    expect(await backgroundLightness(dark)).toBeLessThan(15);
    await expectAccessible(dark);
    await dark.goto(threadPath);
    await expectAccessible(dark);
    await dark.context().close();

    const lightMember = await signedInPage(await createSignedInUser("acct_light"), "/settings", { colorScheme: "light" });
    expect(await theme(lightMember)).toBeNull();
    expect(await backgroundLightness(lightMember)).toBeGreaterThan(90);
    await expectAccessible(lightMember);
    await lightMember.context().close();
  });

  it("lets a visitor pick a theme without JavaScript through the page cache, and never shows it to another visitor", async () => {
    const first = await openPage(browser(), threadPath, { javaScriptEnabled: false, colorScheme: "light" });
    const second = await openPage(browser(), threadPath, { colorScheme: "light" });
    expect(await theme(first)).toBeNull();
    await first.getByRole("contentinfo").getByRole("button", { name: "Dark" }).click();
    await first.waitForURL(`**${threadPath}`);
    expect(await theme(first)).toBe("dark");
    expect(await first.getByRole("contentinfo").getByRole("button", { name: "Dark" }).getAttribute("aria-pressed")).toBe("true");

    // The dark page comes from the cache for the next dark reader; the plain one stays plain for everyone else.
    const dark = await fetch(`${baseURL()}${threadPath}`, { headers: { cookie: "rapport-theme=dark" } });
    expect(dark.headers.get("x-rapport-cache")).toMatch(/hit|miss/);
    expect(await dark.text()).toContain('data-theme="dark"');
    const plain = await fetch(`${baseURL()}${threadPath}`);
    expect(plain.headers.get("x-rapport-cache")).toMatch(/hit|miss/);
    expect(await plain.text()).not.toContain("data-theme=");
    await second.reload();
    expect(await theme(second)).toBeNull();
    expect(await backgroundLightness(second)).toBeGreaterThan(90);
    await expectAccessible(second);

    // A visitor's dark thread page, with JavaScript for axe: its colours pass contrast too.
    const darkPage = await openPage(browser(), threadPath, { colorScheme: "light", storageState: withCookies({ "rapport-theme": "dark" }) });
    expect(await theme(darkPage)).toBe("dark");
    expect(await backgroundLightness(darkPage)).toBeLessThan(15);
    await expectAccessible(darkPage);
    await darkPage.context().close();

    // Back to the device's setting: the shared plain page again.
    await first.getByRole("contentinfo").getByRole("button", { name: "Device setting" }).click();
    await first.waitForURL(`**${threadPath}`);
    expect(await theme(first)).toBeNull();
    await first.context().close();
    await second.context().close();
  });
});

describe("bio and signature", () => {
  it("shows a new signature under the member's posts to visitors at once, through the page cache, and the bio on the profile", async () => {
    await fetch(`${baseURL()}${threadPath}`);
    expect((await fetch(`${baseURL()}${threadPath}`)).headers.get("x-rapport-cache")).toBe("hit");
    const saved = await callFormAction("/settings", ACTION_FILES.settings, "saveAccountSettings", { timeZone: "", dateStyle: "absolute", theme: "system", bio: "I write about **time**.", signature: "Sent from my *sundial*" }, author.cookie);
    expect(saved.status).toBe(200);
    const page = await openPage(browser(), threadPath);
    const signature = page.getByRole("complementary", { name: "Signature" });
    expect(await signature.innerHTML()).toContain("<em>sundial</em>");
    await page.goto(`/u/${author.username}`);
    expect(await page.getByRole("region", { name: "About" }).innerHTML()).toContain("<strong>time</strong>");
    await expectAccessible(page);
    await page.context().close();
  });
});

describe("deleting an account", () => {
  it("confirms with the password, erases the member, keeps their comment under [deleted member], and signs them out", async () => {
    const leaving = await createSignedInUser("acct_leaving");
    const postId = threadPath.split("/").pop()!;
    const commented = await callFormAction(threadPath, ACTION_FILES.thread, "addComment", { postId, body: "Goodbye, everyone.", submissionKey: crypto.randomUUID() }, leaving.cookie);
    expect(commented.status).toBeLessThan(400);
    const page = await signedInPage(leaving, "/settings");
    await page.getByRole("link", { name: "Delete my account…" }).click();
    await page.waitForURL("**/settings/delete");
    await expectAccessible(page);

    await page.getByLabel("Your password").fill("not my password");
    await page.getByRole("button", { name: "Delete my account" }).click();
    await page.getByText("That password is not right.").waitFor();
    expect((await serverRows<{ deleted_at: number | null }>("SELECT deleted_at FROM users WHERE id = ?", leaving.id))[0]!.deleted_at).toBeNull();

    await page.getByLabel("Your password").fill(leaving.password);
    await page.getByRole("button", { name: "Delete my account" }).click();
    await page.waitForURL("**/settings/delete/done");
    await page.getByRole("heading", { name: "Your account is deleted" }).waitFor();

    const [row] = await serverRows<Record<string, unknown>>("SELECT * FROM users WHERE id = ?", leaving.id);
    expect(row).toMatchObject({ email: null, password_hash: null, name: "[deleted member]" });
    expect(String(row!.username)).toMatch(/^deleted-/);
    await page.goto(threadPath);
    await page.getByRole("banner").getByRole("link", { name: "Sign in" }).waitFor();
    const comment = page.locator("li", { hasText: "Goodbye, everyone." }).first();
    expect(await comment.locator("header a").first().textContent()).toBe("[deleted member]");
    // In Korean, the Korean words for it; the thread keeps its shape and its count.
    await page.goto(`${threadPath}?hl=ko`);
    expect(await page.locator("li", { hasText: "Goodbye, everyone." }).first().locator("header a").first().textContent()).toBe("[탈퇴한 회원]");
    // The old cookie and the old password open nothing.
    expect((await fetch(`${baseURL()}/settings`, { headers: { cookie: leaving.cookie }, redirect: "manual" })).status).not.toBe(200);
    await expect(signIn(leaving.username, leaving.password)).rejects.toThrow();
    await page.context().close();
  });
});
