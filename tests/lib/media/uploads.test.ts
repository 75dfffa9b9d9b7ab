// Taking uploads (who may, daily quotas, storage, the Markdown) and who may see them once writing uses them.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { findSessionUser, type SessionUser } from "@/lib/accounts/members";
import { setEmailVerificationRequired } from "@/lib/accounts/email-verification";
import { createComment, editComment } from "@/lib/content/commenting";
import { createPost, editPost } from "@/lib/content/posting";
import { setContentStatus } from "@/lib/content/status";
import { renderMarkdown } from "@/lib/markdown/pipeline";
import { parseMediaName } from "@/lib/media/names";
import { setUploadsEnabled } from "@/lib/media/setting";
import { LocalMediaStore } from "@/lib/media/store";
import { altText, NEW_ACCOUNT_UPLOADS_PER_DAY, saveUpload, UPLOADS_PER_DAY } from "@/lib/media/uploads";
import { mediaAccess } from "@/lib/media/uses";
import { MAX_UPLOAD_BYTES } from "@/lib/limits";
import { makeBoard, makeUser } from "../../factories";
import { resetDatabase } from "../../reset-database";

const DAY = 86_400_000;
let clock = Date.now();
const later = (ms = 10 * 60_000) => (clock += ms);
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-media-"));
const store = new LocalMediaStore(folder);

async function member(name: string, options: { ageMs?: number; role?: "member" | "moderator"; verified?: boolean } = {}): Promise<SessionUser> {
  const row = await makeUser({ username: name, role: options.role, createdAt: new Date(clock - (options.ageMs ?? 30 * DAY)) });
  if (options.verified) await getDb().update(users).set({ emailVerified: new Date(clock) }).where(eq(users.id, row.id));
  return (await findSessionUser(row.id))!;
}

let colour = 0;
/** A different picture each time, so each upload has its own hash. */
async function png(): Promise<Buffer> {
  colour++;
  return sharp({ create: { width: 40, height: 30, channels: 3, background: { r: colour % 256, g: (colour >> 8) % 256, b: 99 } } }).png().toBuffer();
}

async function upload(user: SessionUser | null, name = "holiday photo.png") {
  return saveUpload(user, { name, bytes: await png() }, later(), store);
}

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

beforeEach(async () => {
  await resetDatabase();
  await makeBoard({ slug: "free" });
  await setUploadsEnabled(true);
  await setEmailVerificationRequired(false);
});

describe("saveUpload", () => {
  it("stores the display image and thumbnail by hash and answers with the Markdown", async () => {
    const result = await upload(await member("alice"));
    if (!result.ok) throw new Error(result.message);
    expect(result.markdown).toBe(`![holiday photo](/media/${result.hash}.webp)`);
    expect(parseMediaName(`${result.hash}.webp`)).toEqual({ hash: result.hash, thumb: false });
    expect((await sharp((await store.get(`${result.hash}.webp`))!).metadata()).format).toBe("webp");
    expect(await store.exists(`${result.hash}-thumb.webp`)).toBe(true);
  });

  it("refuses visitors, suspended and banned members, and everyone while uploads are off", async () => {
    expect(await upload(null)).toMatchObject({ ok: false, message: "signIn" });
    const suspended = { ...await member("sam"), status: "suspended" as const };
    expect(await upload(suspended)).toMatchObject({ ok: false, message: "accountRestricted" });
    const banned = { ...await member("ben"), status: "banned" as const };
    expect(await upload(banned)).toMatchObject({ ok: false, message: "accountRestricted" });
    await setUploadsEnabled(false);
    expect(await upload(await member("ada", { role: "moderator" }))).toMatchObject({ ok: false, message: "uploadsOff" });
  });

  it("waits for a confirmed email address when the site asks for one; staff are exempt", async () => {
    await setEmailVerificationRequired(true);
    expect(await upload(await member("newbie"))).toMatchObject({ ok: false, message: "confirmEmail" });
    expect((await upload(await member("confirmed", { verified: true }))).ok).toBe(true);
    expect((await upload(await member("mod", { role: "moderator" }))).ok).toBe(true);
  });

  it("refuses a file over the size limit and a file that is not an image, with the reason", async () => {
    const alice = await member("alice");
    const big = Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0xff);
    expect(await saveUpload(alice, { name: "big.jpg", bytes: big }, later(), store)).toMatchObject({ ok: false, message: "fileTooLarge" });
    expect(await saveUpload(alice, { name: "page.jpg", bytes: Buffer.from("<html><script>alert(1)</script>") }, later(), store)).toMatchObject({ ok: false, message: "notAnImage" });
    expect(await saveUpload(alice, { name: "empty.png", bytes: Buffer.alloc(0) }, later(), store)).toMatchObject({ ok: false, message: "emptyFile" });
  });

  it("allows a first-day account only a few uploads a day", async () => {
    const fresh = await member("fresh", { ageMs: 60_000 });
    for (let i = 0; i < NEW_ACCOUNT_UPLOADS_PER_DAY; i++) expect((await upload(fresh)).ok).toBe(true);
    expect(await upload(fresh)).toMatchObject({ ok: false, message: "newAccountQuota", messageValues: { count: NEW_ACCOUNT_UPLOADS_PER_DAY } });
  });

  it("limits an established member per 24 hours, counted on a rolling window", async () => {
    const alice = await member("alice");
    for (let i = 0; i < UPLOADS_PER_DAY; i++) expect((await saveUpload(alice, { name: "a.png", bytes: await png() }, clock + i, store)).ok).toBe(true);
    expect(await saveUpload(alice, { name: "a.png", bytes: await png() }, clock + UPLOADS_PER_DAY, store)).toMatchObject({ ok: false, message: "dailyQuota" });
    // Another member's quota is their own.
    expect((await upload(await member("bob"))).ok).toBe(true);
    later(DAY + 1000);
    expect((await upload(alice)).ok).toBe(true);
  });
});

describe("altText", () => {
  it("uses the file's name without its type and without Markdown that could break the image", () => {
    expect(altText("cat.JPG")).toBe("cat");
    expect(altText("a](javascript:alert(1)).png")).toBe("a javascript:alert 1");
    expect(altText(".png")).toBe("image");
  });
});

describe("mediaAccess: an upload is public while visible writing shows it", () => {
  async function uploaded(user: SessionUser) {
    const result = await upload(user);
    if (!result.ok) throw new Error(result.message);
    return result;
  }

  it("shows an unused upload to its uploader and staff only", async () => {
    const alice = await member("alice");
    const { hash } = await uploaded(alice);
    expect(await mediaAccess(hash, null)).toBe("hidden");
    expect(await mediaAccess(hash, await member("bob"))).toBe("hidden");
    expect(await mediaAccess(hash, alice)).toBe("private");
    expect(await mediaAccess(hash, await member("mod", { role: "moderator" }))).toBe("private");
    expect(await mediaAccess("0".repeat(32), alice)).toBe("hidden");
  });

  it("follows the post that shows it: public while published, hidden from others once removed", async () => {
    const alice = await member("alice");
    const { hash, markdown } = await uploaded(alice);
    const written = await createPost(alice, "free", { title: "Pictures", body: `Look:\n\n${markdown}` }, null, later());
    if (!written.ok) throw new Error(written.message);
    expect(await mediaAccess(hash, null)).toBe("public");
    await getDb().transaction((tx) => setContentStatus(tx, "post", written.id, "removed"));
    expect(await mediaAccess(hash, null)).toBe("hidden");
    expect(await mediaAccess(hash, await member("bob"))).toBe("hidden");
    expect(await mediaAccess(hash, alice)).toBe("private");
  });

  it("follows comments and edits: an edit that drops the image drops its use", async () => {
    const alice = await member("alice");
    const bob = await member("bob");
    const { hash, markdown } = await uploaded(bob);
    const post = await createPost(alice, "free", { title: "Thread", body: "No pictures here" }, null, later());
    if (!post.ok) throw new Error(post.message);
    const comment = await createComment(bob, post.id, null, { body: markdown }, null, later());
    if (!comment.ok) throw new Error(comment.message);
    expect(await mediaAccess(hash, null)).toBe("public");
    expect((await editComment(bob, comment.id, { body: "Changed my mind" }, later())).ok).toBe(true);
    expect(await mediaAccess(hash, null)).toBe("hidden");
    // Shown in the post instead; and a comment in a removed thread does not keep an image public.
    expect((await editPost(alice, post.id, { title: "Thread", body: markdown }, later())).ok).toBe(true);
    expect(await mediaAccess(hash, null)).toBe("public");
    expect((await editComment(bob, comment.id, { body: markdown }, later())).ok).toBe(true);
    expect((await editPost(alice, post.id, { title: "Thread", body: "gone" }, later())).ok).toBe(true);
    expect(await mediaAccess(hash, null)).toBe("public");
    await getDb().transaction((tx) => setContentStatus(tx, "post", post.id, "removed"));
    expect(await mediaAccess(hash, null)).toBe("hidden");
  });
});

describe("the Markdown pipeline and uploads", () => {
  it("keeps this site's upload images, lazy and without referrer, and still drops http and other relative images", () => {
    const hash = "a".repeat(32);
    const html = renderMarkdown(`![cat](/media/${hash}.webp) ![x](/etc/passwd) ![y](http://example.com/a.png) ![z](https://example.com/b.png)`);
    expect(html).toContain(`<img src="/media/${hash}.webp" alt="cat" loading="lazy" referrerpolicy="no-referrer">`);
    expect(html).not.toContain("/etc/passwd");
    expect(html).not.toContain("http://example.com");
    expect(html).toContain('src="https://example.com/b.png"');
  });
});
