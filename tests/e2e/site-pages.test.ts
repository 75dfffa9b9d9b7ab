// The site's own pages and frame against the running server: terms and privacy (defaults, an admin's edits, and
// nobody else's), the header's name and logo, the header's menu at 390 px without JavaScript, and the favicon.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseURL, expectAccessible, openPage, openSignedIn, useBrowser } from "./helpers";
import { ACTION_FILES, callFormAction, createSignedInUser, getPage, type TestUser } from "./http";
import { serverRow } from "./server-db";

const browser = useBrowser();
const SITE = "app/admin/site/actions.ts";
const PHONE = { viewport: { width: 390, height: 844 } };

type Who = "anonymous" | "member" | "moderator" | "admin";
const users = {} as Record<Exclude<Who, "anonymous">, TestUser>;
const cookie = (who: Who) => (who === "anonymous" ? "" : users[who].cookie);
const savePage = (page: string, body: string, who: Who) => callFormAction("/admin/site", SITE, "saveSitePageText", { page, body }, cookie(who));
const saveIdentity = (name: string, logoUrl: string, who: Who) => callFormAction("/admin/site", SITE, "saveSiteIdentity", { name, logoUrl }, cookie(who));
const setting = async (key: string) => (await serverRow<{ value: string } | undefined>("SELECT value FROM site_settings WHERE key = ?", key))?.value;

async function visitorHtml(path: string): Promise<string> {
  const response = await fetch(`${baseURL()}${path}`);
  expect(response.status).toBe(200);
  return response.text();
}

beforeAll(async () => {
  users.member = await createSignedInUser("sp_member");
  users.moderator = await createSignedInUser("sp_mod", { role: "moderator" });
  users.admin = await createSignedInUser("sp_admin", { role: "admin" });
});

// Later test files expect the default name and texts.
afterAll(async () => {
  await saveIdentity("", "", "admin");
  await savePage("terms", "", "admin");
  await savePage("privacy", "", "admin");
});

describe("terms and privacy", () => {
  it("show their default text in each language, linked from the footer and the registration form", async () => {
    const page = await openPage(browser(), "/", { javaScriptEnabled: false });
    await page.getByRole("contentinfo").getByRole("link", { name: "Terms of service" }).click();
    await page.waitForURL("**/terms");
    expect(await page.getByRole("heading", { level: 1, name: "Terms of service" }).isVisible()).toBe(true);
    expect(await page.getByText("These terms apply to everyone").isVisible()).toBe(true);
    await page.getByRole("contentinfo").getByRole("link", { name: "Privacy policy" }).click();
    await page.waitForURL("**/privacy");
    expect(await page.getByRole("heading", { level: 1, name: "Privacy policy" }).isVisible()).toBe(true);
    await page.goto("/register");
    const form = page.locator("form").filter({ has: page.getByLabel("Username") });
    expect(await form.getByText("By registering you agree to the").isVisible()).toBe(true);
    expect(await form.getByRole("link", { name: "terms of service" }).getAttribute("href")).toBe("/terms");
    expect(await form.getByRole("link", { name: "privacy policy" }).getAttribute("href")).toBe("/privacy");
    await page.context().close();

    const korean = await openPage(browser(), "/terms", { locale: "ko-KR" });
    expect(await korean.getByRole("heading", { level: 1, name: "이용약관" }).isVisible()).toBe(true);
    expect(await korean.getByText("이 약관은 이 사이트를 읽거나").isVisible()).toBe(true);
    expect(await korean.getByRole("contentinfo").getByRole("link", { name: "개인정보처리방침" }).isVisible()).toBe(true);
    await expectAccessible(korean);
    await korean.context().close();
  });

  it("/admin/site opens for admins only", async () => {
    const expected: Record<Who, number> = { anonymous: 307, member: 403, moderator: 403, admin: 200 };
    for (const who of Object.keys(expected) as Who[]) expect((await getPage("/admin/site", cookie(who))).status, who).toBe(expected[who]);
  });

  it("members and moderators cannot edit them or the site's name", async () => {
    for (const who of ["anonymous", "member", "moderator"] as const) {
      await savePage("terms", "Hijacked terms", who);
      await saveIdentity("Hijacked", "https://evil.example/logo.png", who);
    }
    expect(await setting("page.terms.source")).toBeUndefined();
    expect(await setting("site.name")).toBeUndefined();
    expect(await setting("site.logo_url")).toBeUndefined();
    expect(await visitorHtml("/terms")).not.toContain("Hijacked");
  });

  it("an admin's Markdown replaces the cached page at once, sanitised; an empty text brings the default back", async () => {
    await visitorHtml("/terms");
    await visitorHtml("/terms");
    await savePage("terms", "## Our rules\n\nCustom terms marker, **kindly** kept.\n\n<script>alert(1)</script>", "admin");
    const html = await visitorHtml("/terms");
    expect(html).toContain("Custom terms marker, <strong>kindly</strong> kept.");
    expect(html).not.toContain("alert(1)");
    expect(html).not.toContain("These terms apply to everyone");
    const tooLong = await savePage("terms", "x".repeat(50_001), "admin");
    expect(tooLong.body).toContain("The text is at most 50,000 characters.");
    expect(tooLong.body).toContain("x".repeat(100));
    expect(await setting("page.terms.source")).toContain("Custom terms marker");
    await savePage("terms", "", "admin");
    expect(await visitorHtml("/terms")).toContain("These terms apply to everyone");
  });

  it("an admin edits the privacy policy in the admin page's form", async () => {
    const page = await openSignedIn(browser(), "/admin/site", users.admin);
    await expectAccessible(page);
    await page.getByLabel("Privacy policy: Text (Markdown)").fill("Privacy marker from the form.");
    await page.getByRole("button", { name: "Save (Privacy policy)" }).click();
    await expect.poll(() => page.getByText("Page saved.").isVisible()).toBe(true);
    await page.context().close();
    expect(await visitorHtml("/privacy")).toContain("Privacy marker from the form.");
  });
});

describe("the header's name and logo", () => {
  it("shows the admin's name, then a logo named by it, and refuses a logo address that is not https or on the site", async () => {
    await saveIdentity("Table Talk", "", "admin");
    let page = await openPage(browser(), "/");
    const home = page.getByRole("banner").getByRole("link", { name: "Table Talk" });
    expect(await home.innerText()).toBe("Table Talk");
    await expect.poll(() => page.title()).toBe("Table Talk");
    await page.context().close();

    const refused = await saveIdentity("Table Talk", "javascript:alert(1)", "admin");
    expect(refused.body).toContain("The logo address must start with https://");
    expect(await setting("site.logo_url")).toBeUndefined();

    await saveIdentity("Table Talk", "/icon.svg", "admin");
    page = await openPage(browser(), "/");
    const logo = page.getByRole("banner").getByRole("img", { name: "Table Talk" });
    expect(await logo.getAttribute("src")).toBe("/icon.svg");
    await expectAccessible(page);
    await page.context().close();

    await saveIdentity("", "", "admin");
    expect(await visitorHtml("/")).toContain(">Rapport</a>");
  });
});

describe("the header at 390 px", () => {
  async function oneRow(page: import("playwright-core").Page) {
    const height = (await page.getByRole("banner").boundingBox())!.height;
    expect(height).toBeLessThanOrEqual(70);
  }

  it("is one row for a visitor; the menu opens and its links work without JavaScript", async () => {
    const page = await openPage(browser(), "/", { ...PHONE, javaScriptEnabled: false });
    await oneRow(page);
    const signIn = page.getByRole("banner").getByRole("link", { name: "Sign in" });
    expect(await signIn.isVisible()).toBe(false);
    await page.locator("summary", { hasText: "Menu" }).click();
    expect(await signIn.isVisible()).toBe(true);
    await signIn.click();
    await page.waitForURL("**/login**");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.context().close();
  });

  for (const who of ["member", "admin"] as const) {
    it(`is one row for a signed-in ${who}, whose links sit in the menu`, async () => {
      const page = await openSignedIn(browser(), "/", users[who], { ...PHONE, javaScriptEnabled: false });
      await oneRow(page);
      await page.locator("summary", { hasText: "Menu" }).click();
      const banner = page.getByRole("banner");
      expect(await banner.getByRole("button", { name: "Sign out" }).isVisible()).toBe(true);
      expect(await banner.getByRole("searchbox").isVisible()).toBe(true);
      if (who === "admin") {
        await banner.getByRole("link", { name: "Admin", exact: true }).click();
        await page.waitForURL("**/admin/users");
      } else {
        await banner.getByRole("link", { name: "Settings", exact: true }).click();
        await page.waitForURL("**/settings");
      }
      await page.context().close();
    });
  }

  it("counts a member's unread notifications on the menu button", async () => {
    const author = await createSignedInUser("sp_author");
    const replier = await createSignedInUser("sp_replier");
    const send = async (run: () => ReturnType<typeof callFormAction>) => {
      // The Markdown pool may still be starting when this file runs first.
      for (let attempt = 1; ; attempt++) {
        const answer = await run();
        if (!answer.body.includes("The server is busy") || attempt === 10) return answer;
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    };
    const postKey = crypto.randomUUID();
    const published = await send(() => callFormAction("/b/free/write", ACTION_FILES.write, "publishPost", { board: "free", title: "Menu badge thread", body: "A thread that will get a reply.", submissionKey: postKey }, author.cookie));
    const postId = Number(/\/b\/free\/(\d+)/.exec(published.location ?? "")?.[1]);
    const commentKey = crypto.randomUUID();
    await send(() => callFormAction(`/b/free/${postId}`, ACTION_FILES.thread, "addComment", { board: "free", postId: String(postId), body: "A reply for the badge.", submissionKey: commentKey }, replier.cookie));
    const page = await openSignedIn(browser(), "/", author, { ...PHONE, javaScriptEnabled: false });
    expect(await page.locator("summary", { hasText: "Menu" }).innerText()).toMatch(/Menu\s*1\s*new/);
    await page.context().close();
  });

  it("opens by keyboard and passes axe, open and closed", async () => {
    const page = await openPage(browser(), "/", PHONE);
    await expectAccessible(page);
    const menu = page.locator("summary", { hasText: "Menu" });
    await menu.focus();
    await page.keyboard.press("Enter");
    expect(await page.getByRole("banner").getByRole("link", { name: "Sign in" }).isVisible()).toBe(true);
    await expectAccessible(page);
    await page.context().close();
  });

  it("shows its links without a menu button on a wide screen", async () => {
    const page = await openPage(browser(), "/");
    expect(await page.locator("summary", { hasText: "Menu" }).isVisible()).toBe(false);
    expect(await page.getByRole("banner").getByRole("link", { name: "Sign in" }).isVisible()).toBe(true);
    await page.context().close();
  });

  it("leaves the moderation log readable: its table scrolls in its own box", async () => {
    // A logged action, so the log has its table whichever test file ran before.
    const promoted = await createSignedInUser("sp_promoted");
    await callFormAction("/admin/users", "app/admin/users/actions.ts", "changeRole", { userId: promoted.id, role: "moderator" }, users.admin.cookie);
    const page = await openPage(browser(), "/mod/log", PHONE);
    expect(await page.getByRole("table").count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page);
    await page.context().close();
  });
});

describe("the favicon", () => {
  it("is served as favicon.ico and as the SVG icon the pages link", async () => {
    const ico = await fetch(`${baseURL()}/favicon.ico`);
    expect(ico.status).toBe(200);
    const html = await visitorHtml("/");
    const href = /<link rel="icon" href="(\/icon\.svg[^"]*)"/.exec(html)?.[1];
    expect(href).toMatch(/^\/icon\.svg/);
    const svg = await fetch(`${baseURL()}${href}`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get("content-type")).toContain("image/svg+xml");
    expect(await svg.text()).toContain("<svg");
  });
});
