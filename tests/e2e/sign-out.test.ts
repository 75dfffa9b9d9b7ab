// Signing out against the running server: the old session cookie stops working at once, not 30 days later, and the
// reader stays on the public page they were reading.
import { describe, expect, it } from "vitest";
import { baseURL, openPage, useBrowser } from "./helpers";
import { createSignedInUser, createUser, getPage } from "./http";
import { serverRows } from "./server-db";

describe("signing out", () => {
  it("retires the session token, so a copy of the cookie no longer signs anyone in", async () => {
    const user = await createSignedInUser("so_member");
    expect((await getPage("/settings", user.cookie)).status).toBe(200);
    const csrf = await fetch(`${baseURL()}/api/auth/csrf`, { headers: { cookie: user.cookie } });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = [user.cookie, ...csrf.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");
    const out = await fetch(`${baseURL()}/api/auth/signout`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie, origin: baseURL() },
      body: new URLSearchParams({ csrfToken }),
    });
    expect(out.status).toBeLessThan(400);
    // The cookie as it was before signing out: someone who copied it gets nothing.
    const after = await getPage("/settings", user.cookie);
    expect(after.status).not.toBe(200);
    expect(after.location).toMatch(/\/login/);
  });
});

describe("the sign-out button", () => {
  const browser = useBrowser();
  it.each([
    ["JavaScript on", true],
    ["JavaScript off", false],
  ])("keeps the reader on a public page they were reading, and takes them home from a member's page (%s)", async (_label, javaScriptEnabled) => {
    const user = await createUser(`so_button_${javaScriptEnabled ? "js" : "nojs"}`);
    const [thread] = await serverRows<{ path: string }>("SELECT '/b/' || b.slug || '/' || p.id AS path FROM posts p JOIN boards b ON b.id = p.board_id WHERE p.status = 'published' ORDER BY p.id LIMIT 1");
    const page = await openPage(browser(), `/login?callbackUrl=${encodeURIComponent(thread!.path)}`, { javaScriptEnabled });
    await page.getByLabel("Username or email").fill(user.username);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`**${thread!.path}`);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("banner").getByRole("link", { name: "Sign in" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(thread!.path);

    await page.goto(`/login?callbackUrl=${encodeURIComponent("/settings")}`);
    await page.getByLabel("Username or email").fill(user.username);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL("**/settings");
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await page.context().close();
  });
});
