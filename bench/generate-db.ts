// Child process of the benchmark: fills one database file with the large-data generator; writes where the hot thread is.
// A separate process, so that Ctrl-C stops a long generation at once instead of after its synchronous loop.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { openDatabase } from "../db";
import { seedDemoIfEmpty } from "../scripts/seed/demo";
import { generate } from "../scripts/seed/generate";

const PROGRESS_STEP = 0.1;

const { values } = parseArgs({
  options: { file: { type: "string" }, result: { type: "string" }, posts: { type: "string" }, comments: { type: "string" }, board: { type: "string" } },
});

const { db, sqlite } = openDatabase(values.file ?? "");
seedDemoIfEmpty(sqlite);
let nextReport = PROGRESS_STEP;
const result = generate(sqlite, {
  posts: Number(values.posts),
  comments: Number(values.comments),
  board: values.board ?? "free",
  onProgress: (done, total) => {
    if (done / total < nextReport) return;
    console.log(`  generated ${Math.round((100 * done) / total)}% (${done.toLocaleString()} of ${total.toLocaleString()} rows)`);
    nextReport = Math.floor((done / total) / PROGRESS_STEP) * PROGRESS_STEP + PROGRESS_STEP;
  },
});
// Folds the write-ahead log into the file, so the cached database is one self-contained file to copy.
sqlite.pragma("wal_checkpoint(TRUNCATE)");
sqlite.close();
fs.writeFileSync(values.result ?? "", JSON.stringify(result));
