// What the browser tests share: the browser, the server's address and axe-core. The server's database is reached
// through server-db.ts only, on either engine.
import { createRequire } from "node:module";
import fs from "node:fs";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject } from "vitest";
import { launchChromium } from "../../scripts/harness/chromium";

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export const baseURL = () => inject("baseURL");

/** One Chromium for the file; each test opens its own context (cookies, JavaScript on or off, language). */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("The browser is not running");
    return browser;
  };
}

const javaScriptEnabled = new WeakMap<Page, boolean>();

export async function openPage(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseURL(), locale: "en-US", ...options });
  const page = await context.newPage();
  javaScriptEnabled.set(page, options.javaScriptEnabled ?? true);
  const response = await page.goto(path);
  expect(response, `no response for ${path}`).not.toBeNull();
  return page;
}

/** Signs in through the sign-in form, as a reader does, and lands on `path`. */
export async function openSignedIn(browser: Browser, path: string, user: { username: string; password: string }, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await openPage(browser, `/login?callbackUrl=${encodeURIComponent(path)}`, options);
  await page.getByLabel("Username or email").fill(user.username);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`**${path}`);
  return page;
}

/**
 * Runs axe-core on the page and fails on any serious or critical violation.
 * Pages without JavaScript cannot run axe; their HTML is the same as with it, which the JavaScript-on runs check.
 */
export async function expectAccessible(page: Page): Promise<void> {
  if (!javaScriptEnabled.get(page)) return;
  // After a client-side navigation the new <title> streams in a moment after the page.
  await expect.poll(() => page.title(), { timeout: 10_000 }).not.toBe("");
  // evaluate() runs outside the page's Content-Security-Policy, as a browser extension would.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}
