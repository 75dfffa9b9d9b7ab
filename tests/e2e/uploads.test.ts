// Images in posts: pasted into the composer (JavaScript on) or uploaded on /upload (off), served with nosniff, and
// gone for visitors once their post is removed. Who may not upload is asked over HTTP.
import sharp from "sharp";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseURL, expectAccessible, openPage, useBrowser } from "./helpers";
import { ACTION_FILES, callFormAction, createSignedInUser, createUser, signIn } from "./http";

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";

const browser = useBrowser();
const MEDIA = /!\[([^\]]*)\]\((\/media\/[0-9a-f]{32}\.webp)\)/;

const picture = (background: string) => sharp({ create: { width: 120, height: 80, channels: 3, background } });

async function signedIn(user: { username: string; password: string }, javaScriptEnabled: boolean): Promise<Page> {
  const page = await openPage(browser(), "/login", { javaScriptEnabled });
  await page.getByLabel("Username or email").fill(user.username);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("link", { name: `Signed in as ${user.username}` }).waitFor();
  return page;
}

async function fetchMedia(path: string, cookie = "") {
  const response = await fetch(`${baseURL()}${path}`, { headers: { cookie } });
  await response.arrayBuffer();
  return response;
}

describe("uploads with JavaScript on", () => {
  it("pastes an image into the post box as Markdown, publishes it, quotes a comment, and hides the image once the post is removed", async () => {
    const author = await createUser("up_paste");
    const page = await signedIn(author, true);
    await page.goto("/b/free/write");
    const toolbar = page.getByRole("toolbar", { name: "Formatting" });
    await toolbar.waitFor();
    await expectAccessible(page);

    await page.getByLabel("Title").fill("A pasted picture");
    const body = page.getByLabel("Body");
    await body.fill("Morning light:");
    const png = (await picture("#e8a33d").png().toBuffer()).toString("base64");
    // What a browser does on Ctrl+V with an image on the clipboard: a paste event carrying the file.
    await body.evaluate((box, data) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], "morning.png", { type: "image/png" }));
      box.dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, png);
    await expect.poll(() => body.inputValue(), { timeout: 20_000 }).toMatch(MEDIA);
    const [, alt, src] = MEDIA.exec(await body.inputValue())!;
    expect(alt).toBe("morning");
    await page.getByText("morning.png added.").waitFor();

    // The toolbar's shortcut and button edit the Markdown.
    await body.press("End");
    await body.press("Control+b");
    expect(await body.inputValue()).toContain("**bold text**");
    await body.press("End");
    await toolbar.getByRole("button", { name: "Italic" }).click();
    expect(await body.inputValue()).toContain("_italic text_");

    await page.getByRole("button", { name: "Publish" }).click();
    // Under load the first publish can be slow; when it does not land, say what the form says.
    await page.waitForURL(/\/b\/free\/\d+$/, { timeout: 60_000 }).catch(async (error) => {
      throw new Error(`Publishing did not land (${String(error)}): ${await page.locator("main").innerText()}`);
    });
    const postPath = new URL(page.url()).pathname;
    const image = page.locator(`.prose-body img[src="${src}"]`);
    await image.waitFor();
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(120);
    expect(await image.getAttribute("alt")).toBe("morning");

    const served = await page.request.get(src!);
    expect(served.status()).toBe(200);
    expect(served.headers()["content-type"]).toBe("image/webp");
    expect(served.headers()["x-content-type-options"]).toBe("nosniff");
    expect(served.headers()["content-security-policy"]).toContain("sandbox");
    expect(served.headers()["cache-control"]).toContain("immutable");
    expect((await fetchMedia(src!)).status).toBe(200);

    // Quote-reply: selected text in a comment goes into a reply as a quote linking back to it.
    await page.getByLabel("Add a comment").fill("The light is lovely in the morning.\n\nAnd warm.");
    await page.getByRole("button", { name: "Post comment" }).click();
    await page.waitForURL(/#comment-\d+$/);
    const commentId = page.url().split("#comment-")[1]!;
    await page.locator(`#comment-${commentId} .prose-body p`).first().evaluate((paragraph) => {
      const range = document.createRange();
      range.setStart(paragraph.firstChild!, 4);
      range.setEnd(paragraph.firstChild!, 19);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    await page.getByRole("button", { name: "Quote in a reply" }).click();
    const reply = page.getByLabel(`Reply to ${author.username}`);
    await expect.poll(() => reply.inputValue()).toContain("> light is lovely");
    expect(await reply.inputValue()).toContain(`(#comment-${commentId})`);
    await expectAccessible(page);

    // Removed by a moderator: visitors get 404, the author still sees their own image, privately.
    const moderator = await createSignedInUser("up_mod", { role: "moderator" });
    const postId = postPath.split("/").pop()!;
    await callFormAction(postPath, ACTION_FILES.moderation, "moderateContent", { board: "free", targetType: "post", targetId: postId, op: "remove", reason: "spam" }, moderator.cookie);
    expect((await fetchMedia(src!)).status).toBe(404);
    const own = await page.request.get(src!);
    expect(own.status()).toBe(200);
    expect(own.headers()["cache-control"]).toBe("private, no-store");
    await page.context().close();
  });
});

describe("uploads with JavaScript off", () => {
  it("uploads on /upload and shows the Markdown to copy; refuses an SVG with its reason; the write box links there; sets a picture in settings", async () => {
    const member = await createUser("up_nojs");
    const page = await signedIn(member, false);
    await page.goto("/b/free/write");
    expect(await page.getByRole("toolbar").count()).toBe(0);
    expect(await page.getByRole("link", { name: "Upload an image (opens a new tab)" }).getAttribute("href")).toBe("/upload");
    await page.goto("/upload");
    await page.getByLabel("Image file").setInputFiles({ name: "garden.jpg", mimeType: "image/jpeg", buffer: await picture("#3a7").jpeg().toBuffer() });
    await page.getByRole("button", { name: "Upload" }).click();
    await page.waitForURL(/\/upload\?image=/);
    const markdown = await page.getByLabel("Markdown for the image").inputValue();
    expect(markdown).toMatch(/^!\[garden\]\(\/media\/[0-9a-f]{32}\.webp\)$/);

    await page.getByLabel("Image file").setInputFiles({ name: "logo.jpg", mimeType: "image/jpeg", buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') });
    await page.getByRole("button", { name: "Upload" }).click();
    await page.waitForURL(/\/upload\?error=svgRefused/);
    await page.getByText("SVG images are not accepted").waitFor();

    // The member's profile and one of their posts, read by a visitor first, so the page cache holds them with initials.
    const cookie = await signIn(member.username, member.password);
    const published = await callFormAction("/b/free/write", ACTION_FILES.write, "publishPost", { board: "free", title: "Posted before a picture", body: "Words.", submissionKey: crypto.randomUUID() }, cookie);
    const postPath = new URL(published.location!, baseURL()).pathname;
    const visitorHtml = async (path: string) => (await fetch(`${baseURL()}${path}`, { headers: { "user-agent": CHROME } })).text();
    for (const path of [`/u/${member.username}`, postPath]) expect(await visitorHtml(path)).not.toMatch(/<img[^>]+src="\/media\//);

    // A picture on the settings page: initials until one is uploaded, then the square picture, served to anyone.
    await page.goto("/settings");
    const section = page.getByRole("region", { name: "Picture" });
    await section.getByText("You have no picture: your initials are shown.").waitFor();
    await section.getByLabel("New picture (JPEG, PNG, GIF or WebP)").setInputFiles({ name: "me.png", mimeType: "image/png", buffer: await picture("#c33").png().toBuffer() });
    await section.getByRole("button", { name: "Upload picture" }).click();
    await page.waitForURL(/avatar=saved/);
    await section.getByText("Your picture was saved.").waitFor();
    const avatar = await section.locator("img").getAttribute("src");
    expect(avatar).toMatch(/^\/media\/[0-9a-f]{32}\.webp$/);
    expect((await fetchMedia(avatar!)).status).toBe(200);
    // Beside the member's name on their profile and their post, for visitors at once: the cached pages were expired.
    for (const path of [`/u/${member.username}`, postPath]) expect(await visitorHtml(path)).toContain(`src="${avatar}"`);
    await page.context().close();
  });
});

describe("who may not upload", () => {
  const upload = async (cookie: string, bytes: Buffer, headers: Record<string, string> = {}) => {
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(bytes)]), "photo.jpg");
    const response = await fetch(`${baseURL()}/media/upload`, { method: "POST", headers: { accept: "application/json", origin: baseURL(), cookie, ...headers }, body: form });
    const text = await response.text();
    return { status: response.status, text };
  };

  it("refuses visitors, cross-site posts, a renamed HTML file and a JPEG with script appended", async () => {
    const jpeg = await picture("#777").jpeg().toBuffer();
    const visitor = await upload("", jpeg);
    expect(visitor.status).toBe(401);
    expect(JSON.parse(visitor.text).error).toBe("Sign in to upload images.");
    const member = await createSignedInUser("up_http");
    expect((await upload(member.cookie, jpeg, { origin: "https://evil.example" })).status).toBe(403);
    const html = await upload(member.cookie, Buffer.from("<!doctype html><script>alert(1)</script>"));
    expect(html.status).toBe(422);
    expect(JSON.parse(html.text).error).toContain("not a JPEG, PNG, GIF or WebP");
    const polyglot = await upload(member.cookie, Buffer.concat([jpeg, Buffer.from("<script>alert(1)</script>")]));
    expect(JSON.parse(polyglot.text).error).toContain("web page code");
    // And the member's clean JPEG goes through, so the refusals above are about the files.
    const fine = await upload(member.cookie, jpeg);
    expect(fine.status).toBe(200);
    expect(JSON.parse(fine.text).markdown).toMatch(/^!\[photo\]\(\/media\/[0-9a-f]{32}\.webp\)$/);
    // Not yet used in any writing: only its uploader sees it.
    const href = JSON.parse(fine.text).markdown.match(/\((.*)\)/)[1];
    expect((await fetchMedia(href)).status).toBe(404);
    expect((await fetchMedia(href, member.cookie)).status).toBe(200);
  });
});

describe("the admins' switch", () => {
  it("turns uploads off for everyone and on again, on an accessible page listing the latest uploads", async () => {
    const admin = await createUser("up_admin", { role: "admin" });
    const member = await createSignedInUser("up_switch");
    const page = await signedIn(admin, true);
    await page.goto("/admin/uploads");
    await page.getByRole("heading", { level: 1, name: "Uploads" }).waitFor();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Turn uploads off" }).click();
    await page.getByText("Image uploads are off.").waitFor();
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(await picture("#123").png().toBuffer())]), "off.png");
    const refused = await fetch(`${baseURL()}/media/upload`, { method: "POST", headers: { accept: "application/json", origin: baseURL(), cookie: member.cookie }, body: form });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: string }).error).toBe("Image uploads are turned off on this site.");
    await page.goto("/upload");
    await page.getByText("Image uploads are turned off on this site.").waitFor();
    await page.goto("/admin/uploads");
    await page.getByRole("button", { name: "Turn uploads on" }).click();
    await page.getByText("Members may upload images.").waitFor();
    await page.context().close();
  });
});
