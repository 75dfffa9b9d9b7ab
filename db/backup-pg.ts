// Backups of a PostgreSQL database with PostgreSQL's own tools: pg_dump's custom format (-Fc), checked by listing it
// with pg_restore, and restores with pg_restore in one transaction (--clean --if-exists: the database's objects are
// replaced; a failed restore changes nothing). `npm run backup` / `restore` use these when DATABASE_URL is set.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { BackupRefusal } from "./backup";

export type PgBackupResult = { file: string; bytes: number; milliseconds: number; tool: string; entries: number };
export type PgRestoreResult = { milliseconds: number; tool: string };

/** Raised when pg_dump or pg_restore cannot be found; the scripts print it and exit 2. */
export class PgToolMissing extends BackupRefusal {
  constructor(tool: string, looked: string[]) {
    super(
      `${tool} was not found (looked on PATH and in ${looked.join(", ") || "no PostgreSQL folder"}), so a PostgreSQL database cannot be ` +
        `${tool === "pg_dump" ? "backed up" : "restored"} here. Install PostgreSQL's client programs, at least the server's version ` +
        "(Debian or Ubuntu: apt-get install postgresql-client), or run it where they are.",
    );
  }
}

/** A PostgreSQL client program: on PATH first (Debian's wrapper picks a suitable version), then the newest install. */
export function findPgTool(tool: "pg_dump" | "pg_restore"): string {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, tool);
    if (fs.existsSync(candidate)) return candidate;
  }
  const looked: string[] = [];
  const debian = "/usr/lib/postgresql";
  if (fs.existsSync(debian)) {
    const versions = fs.readdirSync(debian).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const candidate = path.join(debian, version, "bin", tool);
      looked.push(path.dirname(candidate));
      if (fs.existsSync(candidate)) return candidate;
    }
  }
  throw new PgToolMissing(tool, looked);
}

function run(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${path.basename(tool)} failed (exit ${result.status}): ${result.stderr.trim() || result.stdout.trim()}`);
  return result.stdout;
}

/** How many entries (tables, indexes, data...) a custom-format archive lists; throws when it is not one. */
function listArchive(restore: string, file: string): number {
  return run(restore, ["--list", file]).split("\n").filter((line) => line && !line.startsWith(";")).length;
}

/** Dumps the database at `url` to `target` (custom format), written under a temporary name and renamed once checked. */
export function backupPostgres(url: string, target: string): PgBackupResult {
  const started = performance.now();
  const to = path.resolve(target);
  if (fs.existsSync(to) && !fs.statSync(to).isFile()) throw new BackupRefusal(`${to} is not a file.`);
  if (!fs.existsSync(path.dirname(to))) throw new BackupRefusal(`The folder ${path.dirname(to)} does not exist.`);
  const dump = findPgTool("pg_dump");
  const restore = findPgTool("pg_restore");
  const temp = `${to}.${process.pid}.backup-tmp`;
  try {
    run(dump, ["--format=custom", `--file=${temp}`, `--dbname=${url}`]);
    fs.chmodSync(temp, 0o600);
    const entries = listArchive(restore, temp);
    fs.renameSync(temp, to);
    return { file: to, bytes: fs.statSync(to).size, milliseconds: performance.now() - started, tool: dump, entries };
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** Replaces the database at `url` with the archive `file`, in one transaction. Stop the servers first. */
export function restorePostgres(file: string, url: string): PgRestoreResult {
  const started = performance.now();
  const from = path.resolve(file);
  if (!fs.existsSync(from) || !fs.statSync(from).isFile()) throw new BackupRefusal(`There is no backup file at ${from}.`);
  const restore = findPgTool("pg_restore");
  try {
    listArchive(restore, from);
  } catch {
    throw new BackupRefusal(`${from} is not a pg_dump archive (custom format): it cannot be restored into PostgreSQL.`);
  }
  run(restore, ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", `--dbname=${url}`, from]);
  return { milliseconds: performance.now() - started, tool: restore };
}
