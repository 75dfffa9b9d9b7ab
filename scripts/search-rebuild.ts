// `npm run search:rebuild`: empties the full-text search index and fills it again from the posts and comments.
import { spawnSync } from "node:child_process";

// lib/ modules are marked "server-only", which resolves to an empty module only under the react-server condition
// (Next.js sets it; scripts/user.ts gets it from package.json). Started without it, run again with it.
const CONDITION = "--conditions=react-server";
if (![...process.execArgv, process.env.NODE_OPTIONS ?? ""].some((arg) => arg.includes(CONDITION))) {
  const child = spawnSync(process.execPath, [...process.execArgv, CONDITION, ...process.argv.slice(1)], { stdio: "inherit" });
  process.exit(child.status ?? 1);
}

const { closeDatabase, databasePath } = await import("../db");
const { rebuildSearchIndex } = await import("../lib/search/search");

console.log(`Rebuilding the search index of ${databasePath()}`);
const { posts, comments, ms } = await rebuildSearchIndex();
console.log(`Indexed ${posts.toLocaleString()} posts and ${comments.toLocaleString()} comments in ${(ms / 1000).toFixed(1)}s.`);
await closeDatabase();
