// Online backups of the live SQLite file, and verified, reversible restores of them.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { makePrivate, privately } from "./file-modes";

/** Pages copied per backup step (about 4 MB at 4 KiB pages): short steps let a quiet server checkpoint in between. */
export const BACKUP_PAGES_PER_STEP = 1000;
/**
 * A write by another connection makes SQLite start a stepped backup over. After this many restarts the rest is
 * copied in one step, under one read snapshot, so a busy server cannot keep the backup from ever finishing.
 */
export const MAX_BACKUP_RESTARTS = 3;
const ALL_PAGES = 0x7fffffff; // the most pages better-sqlite3 accepts for one step
const BUSY_TIMEOUT_MS = 5000;
/** A file without these tables is some other application's database, not a Rapport backup. */
export const RAPPORT_TABLES = ["__drizzle_migrations", "users", "boards", "posts", "comments"];
const SIDE_FILES = ["-wal", "-shm", "-journal"];
const INTEGRITY_ERRORS_SHOWN = 5;

/** A refusal on arguments or preconditions, before anything lasting was written; the scripts exit 2 on it. */
export class BackupRefusal extends Error {}

export type BackupResult = { file: string; bytes: number; milliseconds: number; restarts: number };
export type RestoreResult = { file: string; previous: string | null; milliseconds: number };

/** Copies `source` to `target` while other connections keep writing to it, then verifies the copy. */
export async function backupDatabase(
  source: string,
  target: string,
  options: { pagesPerStep?: number } = {},
): Promise<BackupResult> {
  const started = performance.now();
  const from = path.resolve(source);
  const to = path.resolve(target);
  if (!fs.existsSync(from)) throw new BackupRefusal(`There is no database at ${from} to back up.`);
  if (isLiveFile(from, to)) throw new BackupRefusal(`${to} is the live database; give the backup another name.`);
  if (fs.existsSync(to) && !fs.statSync(to).isFile()) throw new BackupRefusal(`${to} is not a file.`);
  if (!fs.existsSync(path.dirname(to))) throw new BackupRefusal(`The folder ${path.dirname(to)} does not exist.`);

  // Written under a temporary name and renamed only once verified, so a half-written backup never has the final name.
  const temp = tempFileBeside(to, "backup");
  try {
    // The umask covers the file's creation, which happens synchronously as the backup starts.
    const restarts = await privately(() => copyOnline(from, temp, options.pagesPerStep ?? BACKUP_PAGES_PER_STEP));
    makePrivate(temp);
    const problem = verifyCopy(temp, []);
    if (problem) throw new Error(`The backup of ${from} failed its integrity check: ${problem}`);
    syncFile(temp);
    fs.renameSync(temp, to);
    syncFolder(path.dirname(to));
    return { file: to, bytes: fs.statSync(to).size, milliseconds: performance.now() - started, restarts };
  } finally {
    removeWithSideFiles(temp);
  }
}

async function copyOnline(from: string, to: string, pagesPerStep: number): Promise<number> {
  // A connection of our own, read-only: it never writes to the live file, and in WAL mode its reads do not block
  // the server's writes. Like any WAL reader it may leave an empty -wal and -shm beside a stopped server's file.
  const source = new Database(from, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  let restarts = 0;
  let remainingBefore = Infinity;
  try {
    await source.backup(to, {
      progress: ({ remainingPages }) => {
        // Pages left only go down while nothing else writes; a restart sends the count back up.
        if (remainingPages >= remainingBefore) restarts++;
        remainingBefore = remainingPages;
        return restarts >= MAX_BACKUP_RESTARTS ? ALL_PAGES : pagesPerStep;
      },
    });
  } finally {
    source.close();
  }
  return restarts;
}

/** Replaces `target` with a verified copy of `backup`, keeping the previous database beside it. */
export function restoreDatabase(backup: string, target: string, now: Date = new Date()): RestoreResult {
  const started = performance.now();
  const from = path.resolve(backup);
  const to = path.resolve(target);
  if (!fs.existsSync(from) || !fs.statSync(from).isFile()) throw new BackupRefusal(`There is no backup file at ${from}.`);
  if (isLiveFile(to, from)) throw new BackupRefusal(`${from} is the live database itself.`);
  // Fail fast when the server is up, before a long copy; checked again right before the swap.
  if (fs.existsSync(to)) settleLiveFile(to);

  fs.mkdirSync(path.dirname(to), { recursive: true });
  // The copy sits in the target's folder so the final rename is atomic, and it is what gets checked: exactly
  // the bytes that will go live.
  const temp = tempFileBeside(to, "restore");
  try {
    fs.copyFileSync(from, temp);
    makePrivate(temp);
    const problem = verifyCopy(temp, RAPPORT_TABLES);
    if (problem) throw new BackupRefusal(`${from} cannot be restored: ${problem}`);
    syncFile(temp);
    const previous = fs.existsSync(to) ? setAsidePrevious(to, now) : null;
    fs.renameSync(temp, to);
    syncFolder(path.dirname(to));
    return { file: to, previous, milliseconds: performance.now() - started };
  } finally {
    removeWithSideFiles(temp);
  }
}

/**
 * Keeps the live database as `<name>.before-restore-<timestamp>`. A hard link leaves the live name in place
 * until the rename that swaps the backup in, so there is no moment without a database. Any WAL or journal left
 * (the check below normally folds the WAL in) moves along with it, so the kept copy is whole and the restored
 * file never meets a stale one.
 */
function setAsidePrevious(live: string, now: Date): string {
  settleLiveFile(live);
  const kept = `${live}.before-restore-${now.toISOString().replace(/[:.]/g, "-")}`;
  try {
    fs.linkSync(live, kept);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw error;
    fs.copyFileSync(live, kept, fs.constants.COPYFILE_EXCL); // filesystems without hard links
  }
  for (const suffix of ["-wal", "-journal"]) {
    if (fs.existsSync(live + suffix)) fs.renameSync(live + suffix, kept + suffix);
  }
  fs.rmSync(`${live}-shm`, { force: true }); // only an index of the WAL, rebuilt by whoever opens the file next
  return kept;
}

/**
 * Refuses while another connection has the live database open, and folds its WAL into the main file.
 *
 * In WAL mode every open connection keeps a shared lock on the database file, idle or not. A plain
 * `BEGIN EXCLUSIVE` does not conflict with it (in WAL mode it only takes the write lock, so it catches a server
 * only mid-write); exclusive locking mode asks for the file lock itself, so it fails while any server is open.
 *
 * Limits: these are advisory POSIX locks, seen only from the same machine and on filesystems that honour them
 * (not reliably NFS or some container volume drivers); a process that has opened the file but not yet read it
 * holds no lock (Rapport's server reads it at start, when it migrates); and a server starting between this check
 * and the rename opens whichever file is there then.
 * It is a safety net for "the server is stopped", not a replacement for stopping it.
 */
function settleLiveFile(live: string): void {
  const db = new Database(live, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE");
    db.exec("COMMIT");
    db.pragma("wal_checkpoint(TRUNCATE)");
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
      throw new BackupRefusal(`${live} is open in another process (is the server running?). Stop it and try again.`);
    }
    // Any other failure is most often a damaged live file, which is why it is being restored: it is kept as found,
    // and a real obstacle (permissions, a read-only disk) stops the link or rename that follows.
  } finally {
    db.close();
  }
}

/** Why the copy is unusable, or null. Leaves it a single self-contained file rather than one needing a -wal. */
function verifyCopy(file: string, requiredTables: string[]): string | null {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma("journal_mode = DELETE");
    const results = (db.pragma("integrity_check") as { integrity_check: string }[]).map((row) => row.integrity_check);
    if (results.join() !== "ok") return `integrity_check: ${results.slice(0, INTEGRITY_ERRORS_SHOWN).join("; ")}`;
    const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all());
    const missing = requiredTables.filter((table) => !tables.has(table));
    return missing.length > 0 ? `not a Rapport database (no ${missing.join(", ")} table)` : null;
  } catch (error) {
    return (error as Error).message; // "file is not a database", "database disk image is malformed", ...
  } finally {
    db.close();
  }
}

/** True when `candidate` names the live database `live` or one of its side files, by path or by inode. */
function isLiveFile(live: string, candidate: string): boolean {
  if ([live, ...SIDE_FILES.map((suffix) => live + suffix)].includes(candidate)) return true;
  if (!fs.existsSync(live) || !fs.existsSync(candidate)) return false;
  const [a, b] = [fs.statSync(live), fs.statSync(candidate)];
  return a.dev === b.dev && a.ino === b.ino;
}

function tempFileBeside(file: string, purpose: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${purpose}-${process.pid}-${Date.now()}`);
}

function removeWithSideFiles(file: string): void {
  for (const suffix of ["", ...SIDE_FILES]) fs.rmSync(file + suffix, { force: true });
}

/** Flushes a file, so a crash right after cannot lose a backup or restore that was reported done. */
function syncFile(file: string): void {
  const fd = fs.openSync(file, "r"); // read-only is enough to fsync, and the only way to open a folder
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Flushes a folder's entries after a rename; best effort, as some platforms cannot open a folder to fsync it. */
function syncFolder(folder: string): void {
  try {
    syncFile(folder);
  } catch {
    // The rename itself is done; only its durability across a power cut is less certain.
  }
}
