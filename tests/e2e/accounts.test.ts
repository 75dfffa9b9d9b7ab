// A visitor joins, signs out and in, changes the password; a wrong password keeps the username typed.
import { describe, expect, it } from "vitest";
import { expectAccessible, openPage, useBrowser } from "./helpers";

const browser = useBrowser();

describe.each([
  ["JavaScript on", true],
  ["JavaScript off", false],
])("a member with %s", (_label, javaScriptEnabled) => {
  it("registers, signs out, signs in, and changes the password", async () => {
    const username = `e2e_${javaScriptEnabled ? "js" : "nojs"}`;
    const first = "first password 123";
    const second = "second password 456";
    const page = await openPage(browser(), "/b/health", { javaScriptEnabled });

    await page.getByRole("link", { name: "Register" }).click();
    await page.waitForURL(/\/register\?callbackUrl=%2Fb%2Fhealth/);
    await expectAccessible(page);
    await page.getByLabel("Username").fill(username);
    await page.getByLabel("Email").fill(`${username}@example.com`);
    await page.getByLabel("Password").fill(first);
    await page.getByRole("button", { name: "Register" }).click();
    await page.waitForURL("**/b/health");
    expect(await page.getByRole("link", { name: `Signed in as ${username}` }).isVisible()).toBe(true);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("link", { name: "Sign in" }).waitFor();

    // A wrong password: the message, and the username still in the field.
    await page.goto("/login?callbackUrl=%2Fb%2Ffree");
    await page.getByLabel("Username or email").fill(username);
    await page.getByLabel("Password").fill("not my password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("The username, email or password is not right.").waitFor();
    expect(await page.getByLabel("Username or email").inputValue()).toBe(username);
    expect(await page.getByLabel("Password").inputValue()).toBe("");
    await expectAccessible(page);

    await page.getByLabel("Password").fill(first);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL("**/b/free");
    expect(await page.getByRole("link", { name: `Signed in as ${username}` }).isVisible()).toBe(true);

    await page.goto("/settings");
    await expectAccessible(page);
    await page.getByLabel("Current password").fill(first);
    await page.getByLabel("New password").fill(second);
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByText("Your password is changed.", { exact: false }).waitFor();
    // This session survives the change.
    await page.goto("/settings");
    expect(await page.getByRole("heading", { level: 1, name: "Settings" }).isVisible()).toBe(true);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("link", { name: "Sign in" }).waitFor();
    await page.goto("/login");
    await page.getByLabel("Username or email").fill(`${username}@example.com`);
    await page.getByLabel("Password").fill(first);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("The username, email or password is not right.").waitFor();
    await page.getByLabel("Password").fill(second);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    expect(await page.getByRole("link", { name: `Signed in as ${username}` }).isVisible()).toBe(true);

    await page.goto(`/u/${username}`);
    expect(await page.getByRole("heading", { level: 1, name: username }).isVisible()).toBe(true);
    await expectAccessible(page);
    await page.context().close();
  });

  it("shows registration errors next to their fields and keeps what was typed", async () => {
    const page = await openPage(browser(), "/register", { javaScriptEnabled });
    await page.getByLabel("Username").fill("ad");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Register" }).click();
    await page.getByText("Usernames are 3 to 20 characters.").waitFor();
    expect(await page.getByText("Enter a valid email address.").isVisible()).toBe(true);
    expect(await page.getByText("Passwords are at least 10 characters.").isVisible()).toBe(true);
    expect(await page.getByLabel("Email").inputValue()).toBe("not-an-email");
    expect(await page.getByLabel("Username").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("Password").inputValue()).toBe("");
    await expectAccessible(page);
    await page.context().close();
  });
});

describe("pages for members only", () => {
  it("sends a visitor to sign in and back", async () => {
    const page = await openPage(browser(), "/settings");
    await page.waitForURL(/\/login\?callbackUrl=%2Fsettings/);
    expect(await page.getByRole("heading", { level: 1, name: "Sign in" }).isVisible()).toBe(true);
    await page.context().close();
  });
});
