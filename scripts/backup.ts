// `npm run backup -- <file>`: a verified copy of DATABASE_PATH, safe to take while the server keeps running.
// With DATABASE_URL set, the PostgreSQL database instead, with pg_dump's custom format (db/backup-pg.ts).
import { parseArgs } from "node:util";
import { databasePath } from "../db";
import { backupDatabase, BackupRefusal } from "../db/backup";
import { backupPostgres } from "../db/backup-pg";
import { copyMediaFolder, mediaBackupFolder } from "../db/media-backup";
import { mediaFolder } from "../lib/media/store";

const USAGE = "Usage: npm run backup -- <file>";
const BYTES_PER_MB = 1024 * 1024;

const { positionals } = parseArgs({ allowPositionals: true });
const target = positionals[0];
if (!target || positionals.length > 1) {
  console.error(USAGE);
  process.exit(2);
}

const source = databasePath();
try {
  const url = process.env.DATABASE_URL;
  if (url) {
    const result = backupPostgres(url, target);
    console.log(
      `Backed up PostgreSQL (DATABASE_URL) to ${result.file} with ${result.tool} -Fc: ${(result.bytes / BYTES_PER_MB).toFixed(2)} MB ` +
        `in ${result.milliseconds.toFixed(0)} ms; pg_restore lists its ${result.entries} entries.`,
    );
  } else {
    const result = await backupDatabase(source, target);
    console.log(
      `Backed up ${source} to ${result.file}: ${(result.bytes / BYTES_PER_MB).toFixed(2)} MB ` +
        `(${result.bytes.toLocaleString()} bytes) in ${result.milliseconds.toFixed(0)} ms, integrity_check ok` +
        (result.restarts > 0 ? ` (restarted ${result.restarts}x by concurrent writes)` : "") +
        ".",
    );
  }
  // After the database, so every upload it names is already on disk (an upload's file is written before its row).
  const files = copyMediaFolder(mediaFolder(source), mediaBackupFolder(target));
  console.log(`Uploads: ${files} new files copied to ${mediaBackupFolder(target)}.`);
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exit(error instanceof BackupRefusal ? 2 : 1);
}
