// The database and everything beside it (-wal, -shm, backups) readable by its owner only: it holds password hashes
// and email addresses, and other users on the machine have no business reading them.
import fs from "node:fs";

const PRIVATE_UMASK = 0o077;
const PRIVATE_MODE = 0o600;

/**
 * Runs `create` with a umask that keeps group and others out, so files SQLite creates (including the -wal and -shm
 * it makes later from the same connection's first write) start private rather than being fixed afterwards.
 */
export function privately<T>(create: () => T): T {
  const previous = process.umask(PRIVATE_UMASK);
  try {
    return create();
  } finally {
    process.umask(previous);
  }
}

/** Sets the file and its -wal and -shm, where they exist, to owner read-write: for files made before this rule. */
export function makePrivate(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      fs.chmodSync(f, PRIVATE_MODE);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
}
