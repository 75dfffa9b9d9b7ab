import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db";
import { backupDatabase } from "@/db/backup";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-modes-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const othersMayRead = (file: string) => (fs.statSync(file).mode & 0o077) !== 0;

describe("database files", () => {
  it("are created readable by their owner only, the -wal, -shm and backups too, whatever the umask", async () => {
    const previous = process.umask(0o022);
    try {
      const file = path.join(root, "forum.db");
      const { sqlite } = openDatabase(file);
      sqlite.exec("CREATE TABLE IF NOT EXISTS t (x); INSERT INTO t VALUES (1);");
      for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(othersMayRead(f), f).toBe(false);
      const backup = path.join(root, "forum.backup.db");
      await backupDatabase(file, backup);
      expect(othersMayRead(backup)).toBe(false);
      sqlite.close();
    } finally {
      process.umask(previous);
    }
  });

  it("are made private when an existing database was world-readable", () => {
    const file = path.join(root, "old.db");
    fs.writeFileSync(file, "");
    fs.chmodSync(file, 0o644);
    openDatabase(file).sqlite.close();
    expect(othersMayRead(file)).toBe(false);
  });
});
