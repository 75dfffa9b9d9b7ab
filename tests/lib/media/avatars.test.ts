// Members' pictures: checked like every upload, drawn square, public while shown; initials when there is none.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { findSessionUser } from "@/lib/accounts/members";
import { initialsOf } from "@/components/account/avatar";
import { AVATAR_SIDE, avatarOf, removeAvatar, saveAvatar } from "@/lib/media/avatars";
import { parseMediaName } from "@/lib/media/names";
import { setUploadsEnabled } from "@/lib/media/setting";
import { LocalMediaStore } from "@/lib/media/store";
import { mediaAccess } from "@/lib/media/uses";
import { makeUser } from "../../factories";
import { resetDatabase } from "../../reset-database";

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-avatars-"));
const store = new LocalMediaStore(folder);
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
const member = async (name: string) => (await findSessionUser((await makeUser({ username: name, createdAt: new Date(Date.now() - 30 * 86_400_000) })).id))!;

beforeEach(async () => {
  await resetDatabase();
  await setUploadsEnabled(true);
});

describe("saveAvatar", () => {
  it("draws the picture square and small, sets it, and makes it public until removed", async () => {
    const alice = await member("alice");
    const wide = await sharp({ create: { width: 600, height: 300, channels: 3, background: "#48c" } }).jpeg().toBuffer();
    const result = await saveAvatar(alice, wide, Date.now(), store);
    if (!result.ok) throw new Error(result.message);
    expect(await avatarOf(alice.id)).toBe(result.href);
    const name = result.href.slice("/media/".length);
    const meta = await sharp((await store.get(name))!).metadata();
    expect([meta.width, meta.height, meta.format]).toEqual([AVATAR_SIDE, AVATAR_SIDE, "webp"]);
    const { hash } = parseMediaName(name)!;
    expect(await mediaAccess(hash, null)).toBe("public");
    await removeAvatar(alice.id);
    expect(await avatarOf(alice.id)).toBeNull();
    expect(await mediaAccess(hash, null)).toBe("hidden");
  });

  it("refuses what every upload refuses, and everyone while uploads are off", async () => {
    const bob = await member("bob");
    expect(await saveAvatar(bob, Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"), Date.now(), store)).toMatchObject({ ok: false, message: "svgRefused" });
    expect(await saveAvatar(null, Buffer.from("x"), Date.now(), store)).toMatchObject({ ok: false, message: "signIn" });
    await setUploadsEnabled(false);
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: "#000" } }).png().toBuffer();
    expect(await saveAvatar(bob, png, Date.now(), store)).toMatchObject({ ok: false, message: "uploadsOff" });
    expect(await avatarOf(bob.id)).toBeNull();
  });
});

describe("initialsOf", () => {
  it("takes the first letters of two words, or the first syllable of a Hangul name", () => {
    expect(initialsOf("ada lovelace")).toBe("AL");
    expect(initialsOf("김민준")).toBe("김");
    expect(initialsOf("  ")).toBe("?");
  });
});
