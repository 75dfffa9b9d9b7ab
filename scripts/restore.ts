// `npm run restore -- <file>`, with the server stopped: puts a checked backup in place of DATABASE_PATH, reversibly.
import { parseArgs } from "node:util";
import { databasePath } from "../db";
import { BackupRefusal, restoreDatabase } from "../db/backup";
import { copyMediaFolder, mediaBackupFolder } from "../db/media-backup";
import { mediaFolder } from "../lib/media/store";

const USAGE = "Usage: npm run restore -- <file>   (stop the server first)";

const { positionals } = parseArgs({ allowPositionals: true });
const backup = positionals[0];
if (!backup || positionals.length > 1) {
  console.error(USAGE);
  process.exit(2);
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
