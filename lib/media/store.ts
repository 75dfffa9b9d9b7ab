// Where upload files live: a small interface, so that an S3-compatible store can take the local folder's place.
import fs from "node:fs";
import path from "node:path";
import { databasePath } from "@/db";

/** Files are named by content, so a name always means the same bytes: put is idempotent, nothing is ever rewritten. */
export interface MediaStore {
  put(name: string, bytes: Buffer): Promise<void>;
  get(name: string): Promise<Buffer | null>;
  exists(name: string): Promise<boolean>;
}

/** The folder beside the database (`media/` next to `rapport.db`), so one data folder holds everything to back up. */
export function mediaFolder(database = databasePath()): string {
  return path.join(path.dirname(database), "media");
}

/** A local folder, two levels of fan-out by the name's first characters so no folder grows huge. */
export class LocalMediaStore implements MediaStore {
  constructor(private readonly folder: string) {}

  private fileOf(name: string): string {
    if (!/^[a-z0-9-]+\.webp$/.test(name)) throw new Error(`Not a media file name: ${name}`);
    return path.join(this.folder, name.slice(0, 2), name);
  }

  async put(name: string, bytes: Buffer): Promise<void> {
    const file = this.fileOf(name);
    if (fs.existsSync(file)) return;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Written aside and renamed, so a reader never sees half a file.
    const temp = `${file}.${process.pid}-${Date.now()}.tmp`;
    await fs.promises.writeFile(temp, bytes);
    await fs.promises.rename(temp, file);
  }

  async get(name: string): Promise<Buffer | null> {
    try {
      return await fs.promises.readFile(this.fileOf(name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async exists(name: string): Promise<boolean> {
    return fs.existsSync(this.fileOf(name));
  }
}

const holder = globalThis as typeof globalThis & { __rapportMediaStore?: { folder: string; store: MediaStore } };

/** The process's store: the local folder beside the database. */
export function mediaStore(): MediaStore {
  const folder = mediaFolder();
  if (holder.__rapportMediaStore?.folder !== folder) holder.__rapportMediaStore = { folder, store: new LocalMediaStore(folder) };
  return holder.__rapportMediaStore.store;
}
