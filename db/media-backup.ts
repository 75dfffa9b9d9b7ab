// The uploads folder in backups: beside a backup file `x.db` goes `x.db.media/`, a copy of the media folder. Files
// there are named by their content and never rewritten, so a copy is hard links where the filesystem allows.
import fs from "node:fs";
import path from "node:path";

/** Where a backup file's uploads go. */
export const mediaBackupFolder = (backupFile: string) => `${path.resolve(backupFile)}.media`;

/** Copies every file of `from` missing from `to` (linked when possible); returns how many files `to` gained. */
export function copyMediaFolder(from: string, to: string): number {
  if (!fs.existsSync(from)) return 0;
  let copied = 0;
  for (const entry of fs.readdirSync(from, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name.endsWith(".tmp")) continue;
    const source = path.join(entry.parentPath, entry.name);
    const target = path.join(to, path.relative(from, source));
    if (fs.existsSync(target)) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    try {
      fs.linkSync(source, target);
    } catch {
      fs.copyFileSync(source, target);
    }
    copied++;
  }
  return copied;
}
