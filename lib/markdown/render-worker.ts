// The task a render worker runs (loaded by render-pool.ts through tsx, from the project root): one body to HTML.
import os from "node:os";
import type { MessagePort } from "node:worker_threads";
import { renderMarkdown } from "./pipeline";

/**
 * Renders yield the CPU to the event loop: on a busy 2-core machine, /api/health waited over a second behind a
 * render at the same priority. On Linux a priority set with pid 0 applies to the calling thread only: this worker.
 */
const RENDER_NICENESS = 10;
os.setPriority(0, RENDER_NICENESS);

export type RenderTask = { source: string; headingOffset: number; started: MessagePort };

export default function render({ source, headingOffset, started }: RenderTask): string {
  // The pool's clock for the render budget starts here, not while the task waited for a (re)starting worker.
  started.postMessage("started");
  started.close();
  return renderMarkdown(source, headingOffset);
}
