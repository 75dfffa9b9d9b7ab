import { afterAll, describe, expect, it, vi } from "vitest";
import type { Piscina } from "piscina";
import { POST_HEADING_OFFSET, renderMarkdown } from "@/lib/markdown/pipeline";
import { countBlocks, MAX_MARKDOWN_BLOCKS } from "@/lib/markdown/pre-check";
import { closeMarkdownPool, MARKDOWN_RENDER_BUDGET_MS, renderMarkdownOffThread } from "@/lib/markdown/render-pool";
import { plainText, slowMarkdownCorpus } from "../../../scripts/harness/slow-markdown-corpus";
import { answerMs, MARGIN_MS, median } from "../../markdown-timing";

afterAll(closeMarkdownPool);

/**
 * Slow shapes may take this many times as long as plain text of the same length, in the median. Plain text takes
 * tens of milliseconds through the pool; the shapes' median was 10-20 times that on a busy 2-core machine, and
 * several seconds each (hundreds of times) before the pre-check and the budget.
 */
const MEDIAN_RATIO = 40;
/** Every entry through the pool takes a minute or more on a busy machine; every CORPUS_STEP-th keeps all families. */
const CORPUS_STEP = 7;

describe("the render pool", () => {
  it("renders as the pipeline does, off the event loop", async () => {
    const body = "# Title\n\n*a* [link](https://example.com)\n\n- one\n- two";
    expect(await renderMarkdownOffThread(body, POST_HEADING_OFFSET)).toEqual({ ok: true, html: renderMarkdown(body, POST_HEADING_OFFSET) });
  });

  it(`refuses a body of more than ${MAX_MARKDOWN_BLOCKS} blocks before parsing it`, async () => {
    expect(countBlocks("a\n\nb\n- c\n- d\n> e\ntext\n# h")).toBe(6);
    const started = performance.now();
    expect(await renderMarkdownOffThread("a\n\n".repeat(MAX_MARKDOWN_BLOCKS + 1), POST_HEADING_OFFSET)).toEqual({ ok: false, message: "markdownTooManyBlocks" });
    expect(performance.now() - started).toBeLessThan(MARKDOWN_RENDER_BUDGET_MS);
  });

  it("stops a render over its budget, refuses it, and renders the next body with a fresh worker", async () => {
    const slow = "[](([".repeat(10_000);
    expect(await renderMarkdownOffThread(slow, POST_HEADING_OFFSET, 1)).toEqual({ ok: false, message: "markdownTooSlow" });
    expect(await renderMarkdownOffThread("*still here*", POST_HEADING_OFFSET)).toEqual({ ok: true, html: "<p><em>still here</em></p>" });
  });
});

/** The process's pool, where every copy of lib/markdown/render-pool.ts keeps it. */
const processPool = () => (globalThis as { __rapportMarkdownPool?: { pool?: Piscina } }).__rapportMarkdownPool?.pool;

describe("one pool per process", () => {
  // Next.js loads lib/ once for instrumentation.ts, which starts the pool, and again for the server actions, which
  // render through it: with a pool per copy, the first comment after every start waited seconds for cold workers.
  it("is the same pool for every copy of the module, so the one warmed at start is the one writes use", async () => {
    const warming = await import("@/lib/markdown/render-pool");
    warming.warmMarkdownPool();
    const warmed = processPool();
    expect(warmed).toBeDefined();
    vi.resetModules();
    const writing = await import("@/lib/markdown/render-pool");
    expect(writing).not.toBe(warming);
    expect(await writing.renderMarkdownOffThread("*one pool*", POST_HEADING_OFFSET)).toEqual({ ok: true, html: "<p><em>one pool</em></p>" });
    expect(processPool()).toBe(warmed);
    expect(warmed!.threads.length).toBeLessThanOrEqual(warmed!.options.maxThreads);
  });
});

describe("a corpus of slow Markdown through the pool", () => {
  const corpus = slowMarkdownCorpus();
  const sample = corpus.filter((_, i) => i % CORPUS_STEP === 0);

  it("has several hundred entries, none over the body limit", () => {
    expect(corpus.length).toBeGreaterThan(250);
    for (const { source } of corpus) expect(source.length).toBeLessThanOrEqual(50_000);
  });

  it(`answers each within the budget, with a median at most ${MEDIAN_RATIO} times plain text of the same length`, async () => {
    await renderMarkdownOffThread("warm", POST_HEADING_OFFSET);
    const ratios: number[] = [];
    for (const { name, source } of sample) {
      await answerMs("warm"); // waits out a worker restarting after the previous entry's refusal
      const plain = await answerMs(plainText(source.length));
      const { ms, outcome } = await answerMsWithOutcome(source);
      expect(outcome.ok || ["markdownTooSlow", "markdownTooManyBlocks"].includes(outcome.message), name).toBe(true);
      // A refused render may pay for the worker restarting after the previous one; the budget itself is checked.
      expect(ms, name).toBeLessThan(MARKDOWN_RENDER_BUDGET_MS + MARGIN_MS);
      ratios.push(ms / Math.max(plain, 1));
    }
    console.log(`${sample.length} slow shapes: median ${median(ratios).toFixed(1)}× plain text, worst ${Math.max(...ratios).toFixed(0)}×`);
    expect(median(ratios)).toBeLessThanOrEqual(MEDIAN_RATIO);
  }, 300_000);
});

async function answerMsWithOutcome(source: string) {
  const started = performance.now();
  const outcome = await renderMarkdownOffThread(source, POST_HEADING_OFFSET);
  return { ms: performance.now() - started, outcome };
}
