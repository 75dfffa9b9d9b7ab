// Gives each test file its own freshly migrated SQLite database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { closeDatabase } from "@/db";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-test-"));
process.env.DATABASE_PATH = path.join(dir, "test.db");
process.env.RAPPORT_DEMO_CONTENT ??= "off";

afterAll(() => {
  closeDatabase();
  fs.rmSync(dir, { recursive: true, force: true });
});
