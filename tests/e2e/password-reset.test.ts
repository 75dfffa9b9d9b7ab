// Forgot your password, against the running server: the link arrives (in the outbox, which admins read at /admin/mail
// since this server has no SMTP_URL), opens in Chromium, sets a new password, signs the member in and ends the old session.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseURL, expectAccessible, openPage, useBrowser } from "./helpers";
import { ACTION_FILES, callFormAction, createSignedInUser, getPage } from "./http";
import { serverRun } from "./server-db";

const browser = useBrowser();

/** The newest mail to `to` on /admin/mail, as the admin reads it there. */
async function mailOnAdminPage(adminCookie: string, to: string): Promise<string> {
  const html = await (await fetch(`${baseURL()}/admin/mail`, { headers: { cookie: adminCookie } })).text();
  const entry = html.split("<li").find((part) => part.includes(to));
  if (!entry) throw new Error(`no mail to ${to} on /admin/mail`);
  return entry.replaceAll("&amp;", "&");
}

/** A page opened with a session cookie from http.ts's sign-in. */
async function openSignedIn(cookie: string, path: string): Promise<Page> {
  const context = await browser().newContext({ baseURL: baseURL(), locale: "en-US" });
  const [name, value] = [cookie.slice(0, cookie.indexOf("=")), cookie.slice(cookie.indexOf("=") + 1)];
  await context.addCookies([{ name, value, url: baseURL() }]);
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

const linkIn = (mail: string, path: string) => new RegExp(`${baseURL().replace(/[.:/]/g, "\\$&")}/${path}/[\\w-]+`).exec(mail)?.[0];

describe.each([
  ["JavaScript on", true, "pr_js"],
  ["JavaScript off", false, "pr_nojs"],
])("password reset with %s", (_label, javaScriptEnabled, username) => {
  it("mails a link on the configured origin, which sets a new password, signs in and ends the old session", async () => {
    const member = await createSignedInUser(username);
    const admin = await createSignedInUser(`${username}_admin`, { role: "admin" });
    expect((await getPage("/settings", member.cookie)).status).toBe(200);

    // Asked through another host name than the configured origin: the link must still name the configured one.
    const { port } = new URL(baseURL());
    const ask = await openPage(browser(), `http://localhost:${port}/login`, { javaScriptEnabled });
    await ask.getByRole("link", { name: "Forgot your password?" }).click();
    await ask.waitForURL(/\/forgot-password$/);
    await expectAccessible(ask);
    await ask.getByLabel("Username or email").fill(username);
    await ask.getByRole("button", { name: "Mail me a link" }).click();
    const answer = "If an account matches, a link is on its way to its email address. It works once, for an hour.";
    await ask.getByText(answer).waitFor();
    expect(await ask.getByLabel("Username or email").inputValue()).toBe(username);
    // An unknown account gets the identical answer.
    await ask.getByLabel("Username or email").fill("pr_nobody@example.com");
    await ask.getByRole("button", { name: "Mail me a link" }).click();
    await expect.poll(() => ask.getByLabel("Username or email").inputValue()).toBe("pr_nobody@example.com");
    await ask.getByText(answer).waitFor();
    await ask.context().close();

    const mail = await mailOnAdminPage(admin.cookie, `${username}@example.com`);
    const link = linkIn(mail, "reset-password");
    expect(link, "the reset link on the configured origin").toBeTruthy();
    expect(mail).not.toContain("localhost");

    const page = await openPage(browser(), link!, { javaScriptEnabled });
    await page.getByRole("heading", { name: "Choose a new password" }).waitFor();
    await expectAccessible(page);
    // A too-short password: a message beside the field, nothing typed echoed back.
    await page.getByLabel("New password").fill("short");
    await page.getByRole("button", { name: "Set the password and sign in" }).click();
    await page.getByText("at least", { exact: false }).first().waitFor();
    await page.getByLabel("New password").fill(`${username} new password 456`);
    await page.getByRole("button", { name: "Set the password and sign in" }).click();
    await page.waitForURL(`${baseURL()}/`);
    await page.getByRole("link", { name: `Signed in as ${username}` }).waitFor();

    // The session from before the reset is over; the link is dead.
    const old = await getPage("/settings", member.cookie);
    expect(old.status).not.toBe(200);
    expect(old.location).toMatch(/\/login/);
    await page.goto(link!);
    await page.getByText("This link no longer works").waitFor();
    await page.context().close();
  });
});

describe("/admin/mail and email verification", () => {
  it("keeps /admin/mail for admins: members and moderators are refused", async () => {
    const member = await createSignedInUser("pr_plain");
    const moderator = await createSignedInUser("pr_mod", { role: "moderator" });
    const admin = await createSignedInUser("pr_boss", { role: "admin" });
    expect((await getPage("/admin/mail", member.cookie)).status).toBe(403);
    expect((await getPage("/admin/mail", moderator.cookie)).status).toBe(403);
    expect((await getPage("/admin/mail")).location).toMatch(/\/login/);
    const page = await getPage("/admin/mail", admin.cookie);
    expect(page.status).toBe(200);
    const html = await (await fetch(`${baseURL()}/admin/mail`, { headers: { cookie: admin.cookie } })).text();
    expect(html).toContain("SMTP_URL is not set");
    expect(html).toContain("New members may start threads without confirming their email address.");
  });
});

describe("email verification turned on by an admin", () => {
  it("keeps an unverified member from starting threads until the mailed link is opened", async () => {
    const admin = await createSignedInUser("ev_admin", { role: "admin" });
    // Made straight in the database, so like a new registration its address is not confirmed.
    const member = await createSignedInUser("ev_member");
    const adminPage = await openSignedIn(admin.cookie, "/admin/mail");
    try {
      await adminPage.getByRole("button", { name: "Turn verification on" }).click();
      await adminPage.getByText("New members must confirm their email address before starting threads.").waitFor();

      const page = await openSignedIn(member.cookie, "/b/free/write");
      await page.getByText("Confirm your email address to start threads.", { exact: false }).waitFor();
      expect(await page.getByLabel("Title").count()).toBe(0);
      await expectAccessible(page);
      // The action refuses too, keeping what was typed.
      const refused = await callFormAction("/b/free/write", ACTION_FILES.write, "publishPost", { board: "free", title: "Early post", body: "Too soon", submissionKey: crypto.randomUUID(), intent: "publish" }, member.cookie);
      expect(refused.body).toContain("Confirm your email address before starting threads.");
      expect(refused.body).toContain("Too soon");

      await page.getByRole("button", { name: "Mail the link again" }).click();
      await page.getByText("A new link is on its way to your email address.").waitFor();
      const link = linkIn(await mailOnAdminPage(admin.cookie, "ev_member@example.com"), "verify-email");
      expect(link, "the verification link on the configured origin").toBeTruthy();

      await page.goto(link!);
      await page.getByRole("button", { name: "Confirm my email address" }).click();
      await page.getByText("Your email address is confirmed.").waitFor();
      await page.goto("/b/free/write");
      await page.getByLabel("Title").waitFor();
      await page.context().close();
    } finally {
      // Back to the default for the other browser tests, which share this server.
      await serverRun("DELETE FROM site_settings WHERE key = 'email_verification'");
      await adminPage.context().close();
    }
  });
});
