// `npm run restore -- <file>`, with the server stopped: puts a checked backup in place of DATABASE_PATH, reversibly.
// With DATABASE_URL set, restores a pg_dump archive into that PostgreSQL database, in one transaction (db/backup-pg.ts).
import { parseArgs } from "node:util";
import { databasePath } from "../db";
import { BackupRefusal, restoreDatabase } from "../db/backup";
import { restorePostgres } from "../db/backup-pg";
import { copyMediaFolder, mediaBackupFolder } from "../db/media-backup";
import { mediaFolder } from "../lib/media/store";

const USAGE = "Usage: npm run restore -- <file>   (stop the server first)";

const { positionals } = parseArgs({ allowPositionals: true });
const backup = positionals[0];
if (!backup || positionals.length > 1) {
  console.error(USAGE);
  process.exit(2);
}

const url = process.env.DATABASE_URL;
if (url) {
  try {
    const result = restorePostgres(backup, url);
    console.log(`Restored PostgreSQL (DATABASE_URL) from ${backup} with ${result.tool} in ${result.milliseconds.toFixed(0)} ms.`);
    const files = copyMediaFolder(mediaBackupFolder(backup), mediaFolder(databasePath()));
    console.log(`Uploads: ${files} files restored from ${mediaBackupFolder(backup)}.`);
  } catch (error) {
    const refused = error instanceof BackupRefusal;
    console.error(`Restore ${refused ? "refused" : "failed"}: ${(error as Error).message}`);
    process.exit(refused ? 2 : 1);
  }
  process.exit(0);
}

try {
  const result = restoreDatabase(backup, databasePath());
  console.log(`Restored ${result.file} from ${backup} in ${result.milliseconds.toFixed(0)} ms.`);
  // Uploads are only ever added: the files the restored database names come back, newer ones stay.
  const files = copyMediaFolder(mediaBackupFolder(backup), mediaFolder(result.file));
  console.log(`Uploads: ${files} files restored from ${mediaBackupFolder(backup)}.`);
  if (result.previous) {
    console.log(`The previous database is kept at ${result.previous}; to undo: npm run restore -- ${result.previous}`);
  }
} catch (error) {
  const refused = error instanceof BackupRefusal;
  console.error(`Restore ${refused ? "refused" : "failed"}: ${(error as Error).message}`);
  process.exit(refused ? 2 : 1);
}
