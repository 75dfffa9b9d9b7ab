// Forgot your password, against the running server: the link arrives (in the outbox, which admins read at /admin/mail
// since this server has no SMTP_URL), opens in Chromium, sets a new password, signs the member in and ends the old session.
import { describe, expect, it } from "vitest";
import { baseURL, expectAccessible, openPage, useBrowser } from "./helpers";
import { createSignedInUser, getPage } from "./http";

const browser = useBrowser();

/** The newest mail to `to` on /admin/mail, as the admin reads it there. */
async function mailOnAdminPage(adminCookie: string, to: string): Promise<string> {
  const html = await (await fetch(`${baseURL()}/admin/mail`, { headers: { cookie: adminCookie } })).text();
  const entry = html.split("<li").find((part) => part.includes(to));
  if (!entry) throw new Error(`no mail to ${to} on /admin/mail`);
  return entry.replaceAll("&amp;", "&");
}

describe("password reset", () => {
  it("mails a link on the configured origin, which sets a new password, signs in and ends the old session", async () => {
    const member = await createSignedInUser("pr_member");
    const admin = await createSignedInUser("pr_admin", { role: "admin" });
    expect((await getPage("/settings", member.cookie)).status).toBe(200);

    // Asked through another host name than the configured origin: the link must still name the configured one.
    const { port } = new URL(baseURL());
    const ask = await openPage(browser(), `http://localhost:${port}/login`);
    await ask.getByRole("link", { name: "Forgot your password?" }).click();
    await ask.waitForURL(/\/forgot-password$/);
    await expectAccessible(ask);
    await ask.getByLabel("Username or email").fill("pr_member");
    await ask.getByRole("button", { name: "Mail me a link" }).click();
    const answer = "If an account matches, a link is on its way to its email address. It works once, for an hour.";
    await ask.getByText(answer).waitFor();
    expect(await ask.getByLabel("Username or email").inputValue()).toBe("pr_member");
    // An unknown account gets the identical answer.
    await ask.getByLabel("Username or email").fill("pr_nobody@example.com");
    await ask.getByRole("button", { name: "Mail me a link" }).click();
    await expect.poll(() => ask.getByLabel("Username or email").inputValue()).toBe("pr_nobody@example.com");
    await ask.getByText(answer).waitFor();
    await ask.context().close();

    const mail = await mailOnAdminPage(admin.cookie, "pr_member@example.com");
    const link = new RegExp(`${baseURL().replace(/[.:/]/g, "\\$&")}/reset-password/[\\w-]+`).exec(mail)?.[0];
    expect(link, "the reset link on the configured origin").toBeTruthy();
    expect(mail).not.toContain("localhost");

    const page = await openPage(browser(), link!);
    await page.getByRole("heading", { name: "Choose a new password" }).waitFor();
    await expectAccessible(page);
    // A too-short password: a message beside the field, nothing typed echoed back.
    await page.getByLabel("New password").fill("short");
    await page.getByRole("button", { name: "Set the password and sign in" }).click();
    await page.getByText("at least", { exact: false }).first().waitFor();
    await page.getByLabel("New password").fill("pr_member new password 456");
    await page.getByRole("button", { name: "Set the password and sign in" }).click();
    await page.waitForURL(`${baseURL()}/`);
    await page.getByRole("link", { name: "Signed in as pr_member" }).waitFor();

    // The session from before the reset is over; the link is dead.
    const old = await getPage("/settings", member.cookie);
    expect(old.status).not.toBe(200);
    expect(old.location).toMatch(/\/login/);
    await page.goto(link!);
    await page.getByText("This link no longer works").waitFor();
    await page.context().close();
  });

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
