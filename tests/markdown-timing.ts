// Timing helpers for the slow-Markdown tests: times are compared with plain text, never with a fixed figure alone.
import { POST_HEADING_OFFSET } from "@/lib/markdown/pipeline";
import { renderMarkdownOffThread } from "@/lib/markdown/render-pool";

/** What a refused render may add to the budget: the abort, the answer, and a busy machine's scheduling. */
export const MARGIN_MS = 1_500;

/** Milliseconds the pool takes to answer for this body, rendered or refused. */
export async function answerMs(source: string): Promise<number> {
  const started = performance.now();
  await renderMarkdownOffThread(source, POST_HEADING_OFFSET);
  return performance.now() - started;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? 0;
}
