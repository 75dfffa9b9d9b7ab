// Backups taken beside a writing server are consistent; restores are checked, refuse the wrong files, and can be undone.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import Database from "better-sqlite3";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/db";
import { backupDatabase, BackupRefusal, MAX_BACKUP_RESTARTS, restoreDatabase } from "@/db/backup";
import { counterMismatches } from "@/db/counters";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-backup-"));
// Bodies big enough that the database spans a few hundred pages, so a backup takes many steps.
const BODY = "Lorem ipsum dolor sit amet. ".repeat(70);
const RESTORED_AT = new Date("2030-01-02T03:04:05.006Z");
const KEPT_SUFFIX = ".before-restore-2030-01-02T03-04-05-006Z";

let dir: string;
let live: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(root, "case-"));
  live = path.join(dir, "rapport.db");
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** A running server's connection, with one author and one board to write posts to. */
function startServer(file = live) {
  const { sqlite } = openDatabase(file);
  sqlite.prepare("INSERT OR IGNORE INTO users (id, username, username_key, name) VALUES ('u1', 'ann', 'ann', 'Ann')").run();
  sqlite.prepare("INSERT OR IGNORE INTO boards (id, slug, name) VALUES (1, 'free', 'Free')").run();
  return sqlite;
}

/** A post written the way the app writes one: the row and every counter it moves, in one transaction. */
function writePost(sqlite: Database.Database): void {
  sqlite.transaction(() => {
    sqlite
      .prepare(
        "INSERT INTO posts (board_id, author_id, title, body_source, body_html, last_activity_at) VALUES (1, 'u1', 'Hello', ?, ?, 0)",
      )
      .run(BODY, BODY);
    sqlite.prepare("UPDATE boards SET post_count = post_count + 1 WHERE id = 1").run();
    sqlite.prepare("UPDATE users SET post_count = post_count + 1 WHERE id = 'u1'").run();
  })();
}

const postCount = (sqlite: Database.Database) => sqlite.prepare("SELECT count(*) FROM posts").pluck().get() as number;

function countIn(file: string): number {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return postCount(sqlite);
  } finally {
    sqlite.close();
  }
}

/** Files in the case folder, without the side files SQLite keeps beside an open database. */
const filesInDir = () => fs.readdirSync(dir).filter((name) => !/-(wal|shm)$/.test(name)).sort();

describe("backupDatabase", () => {
  it("takes a consistent copy while another connection keeps writing", async () => {
    const server = startServer();
    for (let i = 0; i < 300; i++) writePost(server);
    const committed = new Set([postCount(server)]);

    let finished = false;
    const backup = backupDatabase(live, path.join(dir, "backup.db"), { pagesPerStep: 10 }).finally(() => {
      finished = true;
    });
    // Between each of the backup's steps (also scheduled with setImmediate) the server commits another post.
    while (!finished) {
      writePost(server);
      committed.add(postCount(server));
      await nextTurn();
    }
    const result = await backup;

    expect(committed.size).toBeGreaterThan(MAX_BACKUP_RESTARTS); // the writer really ran during the backup
    expect(result.restarts).toBe(MAX_BACKUP_RESTARTS); // and its writes forced the single-step fallback
    expect(result.bytes).toBe(fs.statSync(result.file).size);
    const copy = new Database(result.file, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(copy.pragma("journal_mode", { simple: true })).toBe("delete"); // one self-contained file
    expect(committed).toContain(postCount(copy));
    expect(postCount(copy)).toBeGreaterThan(300); // a snapshot from after the restarts, not the starting state
    expect(counterMismatches(copy)).toEqual([]);
    copy.close();
    server.close();
    expect(filesInDir()).toEqual(["backup.db", "rapport.db"]); // no temporary file left behind
  });

  it("replaces an older backup of the same name", async () => {
    const server = startServer();
    writePost(server);
    const target = path.join(dir, "nightly.db");
    await backupDatabase(live, target);
    writePost(server);
    const result = await backupDatabase(live, target);
    expect(countIn(result.file)).toBe(2);
    expect(result.restarts).toBe(0); // nothing wrote during it
    server.close();
  });

  it("refuses a missing source, and never writes over the live database", async () => {
    await expect(backupDatabase(path.join(dir, "missing.db"), path.join(dir, "b.db"))).rejects.toThrow(BackupRefusal);
    expect(fs.existsSync(path.join(dir, "b.db"))).toBe(false);

    const server = startServer();
    writePost(server);
    server.close();
    await expect(backupDatabase(live, live)).rejects.toThrow(/is the live database/);
    await expect(backupDatabase(live, `${live}-wal`)).rejects.toThrow(BackupRefusal);
    fs.linkSync(live, path.join(dir, "alias.db"));
    await expect(backupDatabase(live, path.join(dir, "alias.db"))).rejects.toThrow(/is the live database/);
    expect(countIn(live)).toBe(1);
  });
});

describe("restoreDatabase", () => {
  it("brings back the backup's rows and keeps the replaced database", async () => {
    const server = startServer();
    for (let i = 0; i < 20; i++) writePost(server);
    const backup = path.join(dir, "backup.db");
    await backupDatabase(live, backup);
    for (let i = 0; i < 5; i++) writePost(server);
    server.close();

    const result = restoreDatabase(backup, live, RESTORED_AT);

    expect(result.previous).toBe(live + KEPT_SUFFIX);
    expect(fs.existsSync(`${live}-wal`)).toBe(false); // the restored file never meets the old WAL
    expect(countIn(result.previous!)).toBe(25);
    const reopened = openDatabase(live).sqlite;
    expect(postCount(reopened)).toBe(20);
    expect(counterMismatches(reopened)).toEqual([]);
    reopened.close();
    expect(filesInDir()).toEqual(["backup.db", "rapport.db", `rapport.db${KEPT_SUFFIX}`]);
  });

  it("refuses while a server has the database open, even an idle one", async () => {
    const server = startServer();
    writePost(server);
    const backup = path.join(dir, "backup.db");
    await backupDatabase(live, backup);
    writePost(server);

    expect(() => restoreDatabase(backup, live, RESTORED_AT)).toThrow(/server running/);
    expect(postCount(server)).toBe(2);
    expect(filesInDir()).toEqual(["backup.db", "rapport.db"]);
    server.close();
  });

  it("refuses a file of garbage bytes", () => {
    const server = startServer();
    writePost(server);
    server.close();
    const garbage = path.join(dir, "garbage.db");
    fs.writeFileSync(garbage, Buffer.alloc(64 * 1024, 0xa5));

    expect(() => restoreDatabase(garbage, live, RESTORED_AT)).toThrow(/file is not a database/);
    expect(countIn(live)).toBe(1);
    expect(filesInDir()).toEqual(["garbage.db", "rapport.db"]);
  });

  it("refuses a backup whose pages were damaged", async () => {
    const server = startServer();
    for (let i = 0; i < 50; i++) writePost(server);
    const backup = path.join(dir, "backup.db");
    await backupDatabase(live, backup);
    server.close();
    const bytes = fs.readFileSync(backup);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0xa5, pageSize * 2, pageSize * 12); // keep the header, ruin ten pages after it
    fs.writeFileSync(backup, bytes);

    expect(() => restoreDatabase(backup, live, RESTORED_AT)).toThrow(BackupRefusal);
    expect(countIn(live)).toBe(50);
  });

  it("refuses a SQLite database that is not Rapport's", () => {
    startServer().close();
    const other = path.join(dir, "other.db");
    const sqlite = new Database(other);
    sqlite.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hi');");
    sqlite.close();

    expect(() => restoreDatabase(other, live, RESTORED_AT)).toThrow(/not a Rapport database/);
    expect(filesInDir()).toEqual(["other.db", "rapport.db"]);
  });

  it("replaces a damaged live database, keeping it as it was found", async () => {
    const server = startServer();
    writePost(server);
    const backup = path.join(dir, "backup.db");
    await backupDatabase(live, backup);
    server.close();
    fs.writeFileSync(live, "not a database any more");

    const result = restoreDatabase(backup, live, RESTORED_AT);
    expect(countIn(live)).toBe(1);
    expect(fs.readFileSync(result.previous!, "utf8")).toBe("not a database any more");
  });

  it("refuses a backup that does not exist", () => {
    expect(() => restoreDatabase(path.join(dir, "none.db"), live)).toThrow(BackupRefusal);
    expect(fs.existsSync(live)).toBe(false);
  });
});
