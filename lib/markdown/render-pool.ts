// Renders Markdown in worker threads, off the event loop, within a time budget: the only way the server renders.
import os from "node:os";
import path from "node:path";
import { MessageChannel } from "node:worker_threads";
import { Piscina } from "piscina";
import { markdownShapeRefusal } from "./pre-check";
import type { RenderTask } from "./render-worker";
import { processWide } from "../platform/process-wide";

/**
 * A render that runs longer is stopped (piscina terminates its worker) and the write or preview is refused.
 * Honest bodies render in milliseconds, a few hundred on a busy machine. The clock starts when a worker picks the
 * task up, so a body is never refused because a worker was restarting after someone else's refused render.
 */
export const MARKDOWN_RENDER_BUDGET_MS = 2_000;
/** How long a render may wait for a worker: a queue of budget-long renders must not hold a request for minutes. */
export const MARKDOWN_QUEUE_WAIT_MS = 10_000;

/** Renders at once: one core stays for the event loop, so pages and /api/health keep answering while they run. */
export const MARKDOWN_THREADS = Math.max(1, os.availableParallelism() - 1);
/**
 * Workers kept: one more than renders at once. A render stopped for its budget takes its worker down, and a new one
 * needs a second or more to start (tsx and the unified pipeline); the spare, already warm, takes the next render.
 */
const MARKDOWN_WORKERS = MARKDOWN_THREADS + 1;
/** Renders waiting beyond this are refused at once as "busy" rather than queued. */
const MAX_QUEUED_RENDERS = 32 * MARKDOWN_THREADS;

/**
 * The worker is a file Node loads at run time, not part of the Next.js bundle: turbopack bundles lib/, so a path
 * relative to this module would not exist in .next. The server, tests and scripts all run from the project root.
 */
const WORKER_FILE = path.join(process.cwd(), "lib", "markdown", "render-worker.ts");

export type RenderRefusal = "markdownTooSlow" | "markdownTooManyBlocks" | "markdownBusy";
export type RenderOutcome = { ok: true; html: string } | { ok: false; message: RenderRefusal };

/**
 * The pool and its count of renders, one per process (lib/platform/process-wide.ts): the server starts it from
 * instrumentation.ts and server actions render through it, and a pool per bundle left the actions' pool to start
 * cold on the first write after every start (2 or 3 seconds).
 */
type PoolState = {
  pool: Piscina | undefined;
  /** Renders handed to the pool and not yet finished. */
  inPool: number;
  /** Renders waiting for one of those to finish. */
  waiting: Set<() => void>;
};

const state = processWide<PoolState>("__rapportMarkdownPool", () => ({ pool: undefined, inPool: 0, waiting: new Set() }));

function renderPool(): Piscina {
  state.pool ??= new Piscina({
    filename: WORKER_FILE,
    // tsx compiles the worker's TypeScript, as it does for `npm start`.
    execArgv: ["--import", "tsx"],
    minThreads: MARKDOWN_WORKERS,
    maxThreads: MARKDOWN_WORKERS,
    // Workers stay warm: starting one (tsx and the unified pipeline) takes a second on a busy machine.
    idleTimeout: Number.MAX_SAFE_INTEGER,
  });
  return state.pool;
}

/** Starts the workers ahead of the first render; the server calls this at start. */
export function warmMarkdownPool(): void {
  renderPool();
}

/** Waits until fewer than MARKDOWN_THREADS renders are in the pool; false if `signal` aborts first. */
function poolSlot(signal: AbortSignal): Promise<boolean> {
  if (state.inPool < MARKDOWN_THREADS) {
    state.inPool++;
    return Promise.resolve(true);
  }
  return new Promise((resolve) => {
    const take = () => {
      signal.removeEventListener("abort", giveUp);
      state.inPool++;
      resolve(true);
    };
    const giveUp = () => {
      state.waiting.delete(take);
      resolve(false);
    };
    state.waiting.add(take);
    signal.addEventListener("abort", giveUp, { once: true });
  });
}

function releaseSlot(): void {
  state.inPool--;
  const next = state.waiting.values().next();
  if (!next.done) {
    state.waiting.delete(next.value);
    next.value();
  }
}

/** Runs one task, aborting it after MARKDOWN_QUEUE_WAIT_MS waiting or `budgetMs` running. */
async function runWithBudget(source: string, headingOffset: number, budgetMs: number): Promise<RenderOutcome> {
  if (state.waiting.size >= MAX_QUEUED_RENDERS) return { ok: false, message: "markdownBusy" };
  const abort = new AbortController();
  const { port1, port2 } = new MessageChannel();
  let running = false;
  let timer = setTimeout(() => abort.abort(), MARKDOWN_QUEUE_WAIT_MS);
  port1.once("message", () => {
    running = true;
    clearTimeout(timer);
    timer = setTimeout(() => abort.abort(), budgetMs);
  });
  const slotted = await poolSlot(abort.signal);
  try {
    if (!slotted) return { ok: false, message: "markdownBusy" };
    const task: RenderTask = { source, headingOffset, started: port2 };
    // Aborted before it starts, the task is dropped; aborted while running, its worker is terminated and replaced.
    const html: string = await renderPool().run(task, { signal: abort.signal, transferList: [port2] });
    return { ok: true, html };
  } catch (error) {
    if (abort.signal.aborted) return { ok: false, message: running ? "markdownTooSlow" : "markdownBusy" };
    throw error;
  } finally {
    if (slotted) releaseSlot();
    clearTimeout(timer);
    port1.close();
  }
}

/**
 * Sanitised HTML for a body, or a refusal (catalogue key under "validation"): too complex, too slow, or busy.
 * Only tests pass another budget, to see a render stopped whatever the machine's speed.
 */
export async function renderMarkdownOffThread(source: string, headingOffset: number, budgetMs = MARKDOWN_RENDER_BUDGET_MS): Promise<RenderOutcome> {
  const shape = markdownShapeRefusal(source);
  if (shape) return { ok: false, message: shape };
  return runWithBudget(source, headingOffset, budgetMs);
}

/** Ends the workers, so that a script or a test run can exit. */
export async function closeMarkdownPool(): Promise<void> {
  const closing = state.pool;
  state.pool = undefined;
  await closing?.destroy();
}
