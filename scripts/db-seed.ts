// `npm run db:seed -- --posts N --comments M [--board SLUG]`: fills the database for benchmarks, with a progress bar.
// `--demo` writes only the demo content, and only into an empty database (what `npm run dev` does first).
import { parseArgs } from "node:util";
import { SingleBar, Presets } from "cli-progress";
import { closeDatabase, databasePath, getDb, getSqlite } from "../db";
import { seedDemoIfEmpty, seedDemoOnFirstStart } from "./seed/demo";
import { generate } from "./seed/generate";

const USAGE = `Usage: npm run db:seed -- [--posts N] [--comments M] [--board SLUG] [--seed N]
       npm run db:seed -- --demo

Fills the database named by DATABASE_PATH (default ./data/rapport.db): the demo content if it is empty, then
N generated posts (default 100000) with M comments (default 1000000) on board SLUG (default free), the same
rows for the same --seed (default 42). With --demo, only the demo content, and only into an empty database.`;

const { values } = parseArgs({
  options: {
    posts: { type: "string", default: "100000" },
    comments: { type: "string", default: "1000000" },
    board: { type: "string", default: "free" },
    seed: { type: "string", default: "42" },
    demo: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (values.demo) {
  seedDemoOnFirstStart();
  process.exit(0);
}

const count = (name: string, raw: string | undefined) => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a whole number, got ${JSON.stringify(raw)}`);
    process.exit(2);
  }
  return n;
};

const posts = count("posts", values.posts);
const comments = count("comments", values.comments);
const sqlite = getSqlite();
seedDemoIfEmpty(sqlite);
console.log(`Filling ${databasePath()} with ${posts.toLocaleString()} posts and ${comments.toLocaleString()} comments`);
const bar = new SingleBar({ format: " {bar} {percentage}% | {value}/{total} rows | {duration}s" }, Presets.shades_classic);
bar.start(posts + comments, 0);
const started = Date.now();
const result = generate(sqlite, {
  posts,
  comments,
  board: values.board ?? "free",
  seed: count("seed", values.seed),
  onProgress: (done) => bar.update(done),
});
bar.stop();
console.log(
  `Done in ${((Date.now() - started) / 1000).toFixed(1)}s: board id ${result.boardId}, posts from ${result.firstPostId}, ` +
    `hot thread ${result.hotPostId}.`,
);
closeDatabase();
