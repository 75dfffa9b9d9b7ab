// `npm run db:copy -- --to "$DATABASE_URL" [--from path]`: copies a SQLite community into an empty PostgreSQL
// database, then verifies it (db/copy-pg.ts). Run it with the server stopped, so no write lands after the copy.
import { parseArgs } from "node:util";
import { Presets, SingleBar } from "cli-progress";
import { databasePath } from "../db";
import { copySqliteToPostgres, CopyRefusal, type CopyProgress } from "../db/copy-pg";

const USAGE = `Usage: npm run db:copy -- --to "postgres://user@host/database" [--from path/to/rapport.db]

Copies the SQLite database (--from, default DATABASE_PATH or ./data/rapport.db) into an EMPTY PostgreSQL database
(--to, default DATABASE_URL): creates the schema, copies every table, rebuilds the search indexes, and checks row
counts and every counter before committing. Stop the server first. Uploaded images stay where they are.`;

const { values } = parseArgs({
  options: {
    to: { type: "string" },
    from: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const to = values.to ?? process.env.DATABASE_URL;
if (!to || !/^postgres(ql)?:\/\//.test(to)) {
  console.error(to ? `--to must be a postgres:// URL, got ${JSON.stringify(to)}` : USAGE);
  process.exit(2);
}
const from = values.from ?? databasePath();
const target = to.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");

const tty = Boolean(process.stdout.isTTY);
const bar = new SingleBar({ format: " {bar} {percentage}% | {value}/{total} rows | {table} | {duration}s" }, Presets.shades_classic);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function show(event: CopyProgress) {
  switch (event.phase) {
    case "start":
      console.log(`Copying ${from} to ${target}: ${event.totalRows.toLocaleString()} rows in ${event.tables.length} tables`);
      if (tty) bar.start(event.totalRows, 0, { table: "" });
      break;
    case "table":
      if (tty) bar.update(event.totalDone, { table: event.table });
      break;
    case "tableDone":
      if (!tty && event.rows > 0) console.log(`  ${event.table}: ${event.rows.toLocaleString()} rows in ${seconds(event.ms)}`);
      break;
    case "indexes":
      if (tty) bar.stop();
      console.log(`Building ${event.count} indexes (search included)...`);
      break;
    case "indexesDone":
      console.log(`  indexes built in ${seconds(event.ms)}`);
      break;
    case "verify":
      console.log("Verifying row counts and counters...");
      break;
  }
}

try {
  const result = await copySqliteToPostgres({ from, to, onProgress: show });
  console.log(
    `Done: ${result.rows.toLocaleString()} rows in ${seconds(result.ms.total)} (rows ${seconds(result.ms.copy)}, indexes ` +
      `${seconds(result.ms.indexes)}, verification ${seconds(result.ms.verify)}); row counts of all ${result.tables.length} tables and every counter match.`,
  );
  if (result.replacedNuls) console.log(`Note: ${result.replacedNuls} NUL characters, which PostgreSQL cannot store in text, were replaced by U+FFFD.`);
  if (result.inheritedCounterMismatches.length) {
    console.log(`Note: ${result.inheritedCounterMismatches.length} counters were already wrong in the SQLite database and were copied as they were.`);
  }
} catch (error) {
  if (tty) bar.stop();
  const refused = error instanceof CopyRefusal;
  console.error(`Copy ${refused ? "refused" : "failed"}: ${(error as Error).message}`);
  process.exit(refused ? 2 : 1);
}
