// The uploads folder's copy beside a backup, and back on restore.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { copyMediaFolder, mediaBackupFolder } from "@/db/media-backup";
import { LocalMediaStore, mediaFolder } from "@/lib/media/store";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-media-backup-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("copyMediaFolder", () => {
  it("copies the uploads beside a backup and back into an empty data folder", async () => {
    const live = mediaFolder(path.join(dir, "data", "rapport.db"));
    expect(live).toBe(path.join(dir, "data", "media"));
    const store = new LocalMediaStore(live);
    await store.put(`${"a".repeat(32)}.webp`, Buffer.from("one"));
    await store.put(`${"b".repeat(32)}-thumb.webp`, Buffer.from("two"));

    const backup = mediaBackupFolder(path.join(dir, "backup.db"));
    expect(copyMediaFolder(live, backup)).toBe(2);
    // A second backup into the same place adds only what is new.
    expect(copyMediaFolder(live, backup)).toBe(0);

    const restored = new LocalMediaStore(mediaFolder(path.join(dir, "restored", "rapport.db")));
    expect(copyMediaFolder(backup, mediaFolder(path.join(dir, "restored", "rapport.db")))).toBe(2);
    expect(String(await restored.get(`${"a".repeat(32)}.webp`))).toBe("one");
    expect(String(await restored.get(`${"b".repeat(32)}-thumb.webp`))).toBe("two");
  });

  it("does nothing when there are no uploads", () => {
    expect(copyMediaFolder(path.join(dir, "nowhere"), path.join(dir, "elsewhere"))).toBe(0);
  });
});
