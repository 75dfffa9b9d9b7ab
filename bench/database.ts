// The benchmark's data: a generated database cached per size, a fresh copy per run, and the members who sign in.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { BenchOptions } from "./options";
import type { NumberQuery } from "./served-database";
import { finished, startProcess, TS_NODE_ARGS } from "../scripts/harness/processes";

export const WORK_DIR = path.join("bench", ".work");
/** A million posts take minutes here; this only stops a generation that hangs. */
const GENERATE_TIMEOUT_MS = 60 * 60 * 1000;

export type Dataset = { file: string; boardId: number; firstPostId: number; hotPostId: number; generatedInS: number | null };

const sidecars = (file: string) => [`${file}-wal`, `${file}-shm`];
const removeDatabase = (file: string) => [file, ...sidecars(file)].forEach((f) => fs.rmSync(f, { force: true }));

/** The cached generated database for these options, made on first use (into a temporary name, so a crash leaves none). */
export async function cachedDataset(options: BenchOptions): Promise<Dataset> {
  const name = `${options.posts}-${options.comments}${options.board === "free" ? "" : `-${options.board}`}`;
  const file = path.join(WORK_DIR, `${name}.db`);
  const facts = `${file}.json`;
  if (fs.existsSync(file) && fs.existsSync(facts)) {
    console.log(`Reusing the generated database ${file}`);
    return { ...(JSON.parse(fs.readFileSync(facts, "utf8")) as Omit<Dataset, "file">), file, generatedInS: null };
  }
  const partial = `${file}.partial`;
  const partialFacts = `${partial}.json`;
  removeDatabase(partial);
  fs.rmSync(partialFacts, { force: true });
  fs.mkdirSync(WORK_DIR, { recursive: true });
  console.log(`Generating ${options.posts.toLocaleString()} posts and ${options.comments.toLocaleString()} comments into ${file} (once per size)...`);
  const started = Date.now();
  const args = ["bench/generate-db.ts", "--file", partial, "--result", partialFacts, "--posts", String(options.posts), "--comments", String(options.comments), "--board", options.board];
  const child = startProcess("the generator", process.execPath, [...TS_NODE_ARGS, ...args], { env: process.env }, true);
  const code = await finished(child, GENERATE_TIMEOUT_MS);
  if (code !== 0 || !fs.existsSync(partialFacts)) throw new Error(`The generator failed (exit ${code}):\n${child.log()}`);
  const result = JSON.parse(fs.readFileSync(partialFacts, "utf8")) as { boardId: number; firstPostId: number; hotPostId: number };
  const generatedInS = Math.round((Date.now() - started) / 100) / 10;
  fs.renameSync(partial, file);
  removeDatabase(partial);
  fs.rmSync(partialFacts, { force: true });
  const dataset = { boardId: result.boardId, firstPostId: result.firstPostId, hotPostId: result.hotPostId };
  fs.writeFileSync(facts, JSON.stringify(dataset, null, 2));
  return { ...dataset, file, generatedInS };
}

/** A fresh copy of the cached database for one run, so the run's writes never reach the cache. */
export function copyForRun(dataset: Dataset, runDir: string): Dataset {
  fs.rmSync(runDir, { recursive: true, force: true });
  fs.mkdirSync(runDir, { recursive: true });
  const file = path.join(runDir, "bench.db");
  fs.copyFileSync(dataset.file, file);
  return { ...dataset, file };
}

/** One number from the run's database, read with a short-lived read-only connection. */
export function queryNumber(file: string, sql: string, ...params: unknown[]): number {
  const db = new Database(file, { readonly: true });
  try {
    return Number(db.prepare(sql).pluck().get(...params) ?? 0);
  } finally {
    db.close();
  }
}

export const publishedPosts = (query: NumberQuery, boardId: number) =>
  query("SELECT count(*) FROM posts WHERE board_id = ? AND status = 'published'", boardId);

export const commentsOn = (query: NumberQuery, postId: number) => query("SELECT count(*) FROM comments WHERE post_id = ?", postId);
