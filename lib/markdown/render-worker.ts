// The task a render worker runs (loaded by render-pool.ts through tsx, from the project root): one body to HTML.
import type { MessagePort } from "node:worker_threads";
import { renderMarkdown } from "./pipeline";

export type RenderTask = { source: string; headingOffset: number; started: MessagePort };

export default function render({ source, headingOffset, started }: RenderTask): string {
  // The pool's clock for the render budget starts here, not while the task waited for a (re)starting worker.
  started.postMessage("started");
  started.close();
  return renderMarkdown(source, headingOffset);
}
