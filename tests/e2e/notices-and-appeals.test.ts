// Telling members what happened to them, against the running server in Chromium: a suspended member's notice where
// they would write, their appeal and a moderator's answer in the queue, held writing's explanation to its author,
// the @mention autocomplete by keyboard, and a mention's immediate email delivered over SMTP.
import nodemailer from "nodemailer";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpInbox, type SmtpInbox } from "../smtp-inbox";
import { baseURL, expectAccessible, openPage, useBrowser } from "./helpers";
import { callFormAction, createSignedInUser, createUser } from "./http";
import { serverRow, serverRun } from "./server-db";

const browser = useBrowser();
const WRITE = "app/b/[board]/write/actions.ts";
const PROFILE = "app/u/[username]/actions.ts";

let inbox: SmtpInbox;
beforeAll(async () => {
  inbox = await startSmtpInbox();
});
afterAll(() => inbox.close());

async function publish(cookie: string, title: string, body = "A calm post about tea."): Promise<string> {
  const published = await callFormAction("/b/free/write", WRITE, "publishPost", { board: "free", title, body, submissionKey: crypto.randomUUID() }, cookie);
  expect(published.location, `publishing "${title}"`).toMatch(/^\/b\/free\/\d+$/);
  return published.location!;
}

/** A page opened with a session cookie. */
async function openAs(cookie: string, path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const [name, value] = [cookie.slice(0, cookie.indexOf("=")), cookie.slice(cookie.indexOf("=") + 1)];
  const context = await browser().newContext({ baseURL: baseURL(), locale: "en-US", ...options });
  await context.addCookies([{ name, value, url: baseURL() }]);
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

describe("a suspended member", () => {
  it("sees until when and why where they would write, appeals, and writes again once a moderator lifts it", async () => {
    const mod = await createSignedInUser("na_mod", { role: "moderator" });
    const member = await createSignedInUser("na_member");
    const thread = await publish(mod.cookie, "A thread to comment on");
    const suspended = await callFormAction(`/u/na_member`, PROFILE, "sanctionAction", { userId: member.id, username: member.username, op: "suspend", reason: "Repeated off-topic posts", days: "3" }, mod.cookie);
    expect(suspended.status).toBe(200);
    expect((await serverRow<{ status: string }>("SELECT status FROM users WHERE id = ?", member.id)).status).toBe("suspended");

    const page = await openAs(member.cookie, thread);
    const notice = page.getByRole("region", { name: "Your account is suspended: you cannot write for now." });
    await notice.waitFor();
    await notice.getByText("Suspended until").waitFor();
    expect(await notice.locator("time").count()).toBe(1);
    await notice.getByText("Reason given by the moderators: Repeated off-topic posts").waitFor();
    expect(await page.getByLabel("Add a comment").count()).toBe(0);
    await expectAccessible(page);

    await page.goto("/b/free/write");
    await page.getByRole("region", { name: "Your account is suspended: you cannot write for now." }).getByText("Repeated off-topic posts").waitFor();
    expect(await page.getByLabel("Title").count()).toBe(0);

    await page.getByRole("link", { name: "Appeal this decision" }).click();
    await page.waitForURL(/\/appeal$/);
    await page.getByRole("heading", { level: 1, name: "Appeal a sanction" }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("Why should the moderators look again?").fill("short");
    await page.getByRole("button", { name: "Send appeal" }).click();
    await page.getByText("Write at least 10 characters.").waitFor();
    expect(await page.getByLabel("Why should the moderators look again?").inputValue()).toBe("short");
    await page.getByLabel("Why should the moderators look again?").fill("My posts were about the board's topic; please look again.");
    await page.getByRole("button", { name: "Send appeal" }).click();
    await page.getByText("Your appeal was sent to the moderators.").waitFor();

    // Only moderators answer: the member's own call is refused and changes nothing.
    const appealId = (await serverRow<{ id: number }>("SELECT id FROM appeals WHERE user_id = ?", member.id)).id;
    const refused = await callFormAction("/mod/queue", "app/mod/queue/actions.ts", "answerAppealAction", { appealId: String(appealId), outcome: "lift", answer: "lifting myself" }, member.cookie);
    expect(refused.status).toBe(200);
    const visitor = await callFormAction("/mod/queue", "app/mod/queue/actions.ts", "answerAppealAction", { appealId: String(appealId), outcome: "lift", answer: "lifting as a visitor" }, "");
    expect(visitor.status).toBe(200);
    expect((await serverRow<{ status: string }>("SELECT status FROM appeals WHERE id = ?", appealId)).status).toBe("open");

    const queue = await openAs(mod.cookie, "/mod/queue");
    const item = queue.getByRole("article", { name: "Appeal by na_member" });
    await item.getByText("My posts were about the board's topic").waitFor();
    await item.getByLabel("Answer to the member").fill("You are right; sorry for the trouble.");
    await item.getByRole("button", { name: "Lift the sanction" }).click();
    // Answered, the appeal leaves the queue.
    await expect.poll(() => item.count(), { timeout: 15_000 }).toBe(0);
    expect(await serverRow<{ action: string; note: string }>("SELECT action, note FROM moderation_log ORDER BY id DESC LIMIT 1")).toEqual({ action: "appeal_lift", note: "You are right; sorry for the trouble." });

    await page.goto("/notifications");
    await page.getByRole("link", { name: "The moderators lifted your sanction: “You are right; sorry for the trouble.”" }).waitFor();
    await page.goto(thread);
    await page.getByLabel("Add a comment").fill("Thanks, glad to be back.");
    await page.getByRole("button", { name: "Post comment" }).click();
    await page.getByText("Thanks, glad to be back.").last().waitFor();
    expect((await serverRow<{ n: number }>("SELECT count(*) AS n FROM comments WHERE author_id = ? AND status = 'published'", member.id)).n).toBe(1);
  });
});

describe("a banned member", () => {
  it("is sent from a refused sign-in to the appeal page by a signed link, and appeals without a session", async () => {
    const banned = await createUser("na_banned", { status: "banned" });
    const wrong = await callFormAction("/login", "app/login/actions.ts", "login", { identifier: banned.username, password: "not the password" });
    expect(wrong.location ?? "").not.toContain("/appeal");
    const refused = await callFormAction("/login", "app/login/actions.ts", "login", { identifier: banned.username, password: banned.password });
    expect(refused.location).toMatch(/^\/appeal\?t=/);
    const page = await openPage(browser(), refused.location!);
    await page.getByRole("region", { name: "Your account is banned: you cannot write here." }).waitFor();
    await page.getByLabel("Why should the moderators look again?").fill("I was banned by mistake, I think.");
    await page.getByRole("button", { name: "Send appeal" }).click();
    await page.getByText("Your appeal was sent to the moderators.").waitFor();
    expect((await serverRow<{ n: number }>("SELECT count(*) AS n FROM appeals WHERE user_id = ? AND status = 'open'", banned.id)).n).toBe(1);
    // A tampered link shows nothing of anyone.
    const forged = await openPage(browser(), `/appeal?t=${encodeURIComponent(`${banned.id}.9999999999999.forged`)}`);
    await forged.getByText("This appeal link has expired or is not valid.").waitFor();
  });
});

describe("held writing", () => {
  it("tells its author why it is held and that a moderator will review it", async () => {
    const newcomer = await createSignedInUser("na_newcomer", { ageDays: 0 });
    const links = Array.from({ length: 4 }, (_, i) => `https://example.com/page${i}`).join(" ");
    const thread = await publish(newcomer.cookie, "Links I like", `Some links: ${links}`);
    expect((await serverRow<{ status: string }>("SELECT status FROM posts WHERE id = ?", Number(thread.split("/").pop()))).status).toBe("held");
    const page = await openAs(newcomer.cookie, thread);
    await page.getByText("Awaiting review (many links from a new account).").waitFor();
    await page.getByText("you can still edit or delete it", { exact: false }).waitFor();
    await expectAccessible(page);
  });
});

describe("mentions", () => {
  it("autocomplete by keyboard, and mail the member who asked for it at once", async () => {
    const writer = await createSignedInUser("na_writer");
    const target = await createSignedInUser("na_target");
    await serverRun("UPDATE users SET email_verified = ? WHERE id = ?", new Date(), target.id);
    const thread = await publish(writer.cookie, "Who wants tea?");

    // The target asks for mentions by email at once, on the preferences page.
    const prefs = await openAs(target.cookie, "/settings/notifications");
    await prefs.getByRole("heading", { level: 1, name: "Notification settings" }).waitFor();
    await expectAccessible(prefs);
    await prefs.getByRole("group", { name: "Mentions of your @username" }).getByLabel("Site and email at once").check();
    await prefs.getByRole("button", { name: "Save notification settings" }).click();
    await prefs.getByText("Notification settings saved.").waitFor();
    expect(await prefs.getByRole("group", { name: "Mentions of your @username" }).getByLabel("Site and email at once").isChecked()).toBe(true);

    const page = await openAs(writer.cookie, thread);
    const box = page.getByLabel("Add a comment");
    await box.click();
    await box.pressSequentially("Hello @na_ta");
    const list = page.getByRole("listbox", { name: "Members matching @na_ta" });
    await list.getByRole("option", { name: /@na_target/ }).waitFor();
    expect(await box.getAttribute("aria-autocomplete")).toBe("list");
    expect(await box.getAttribute("aria-activedescendant")).toBeTruthy();
    await box.press("ArrowDown");
    await box.press("ArrowUp");
    await box.press("Enter");
    expect(await box.inputValue()).toBe("Hello @na_target ");
    expect(await list.count()).toBe(0);
    await expectAccessible(page);
    await box.pressSequentially("come over");
    await page.getByRole("button", { name: "Post comment" }).click();
    await page.getByRole("link", { name: "@na_target" }).waitFor();

    // The site has no SMTP_URL, so the mail waits in its outbox; it is sent here as the sender would, over SMTP.
    const mail = await serverRow<{ to: string; subject: string; text: string; html: string }>(`SELECT "to", subject, text, html FROM mail_outbox WHERE kind = 'notification' AND "to" = ?`, "na_target@example.com");
    expect(mail.text).toContain("na_writer mentioned you in “Who wants tea?”");
    const transport = nodemailer.createTransport(inbox.url);
    await transport.sendMail({ from: "rapport@example.com", ...mail });
    transport.close();
    const received = await inbox.next("na_target@example.com");
    expect(received.body).toContain("na_writer mentioned you in");
    expect(received.body).toContain(`${baseURL()}/b/free/`);

    // Visitors and suspended members get no names from the look-up.
    expect((await fetch(`${baseURL()}/api/members?q=na_ta`)).status).toBe(401);
  });
});
