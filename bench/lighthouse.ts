// Lighthouse's mobile audit (its default config: a mid-range phone, simulated slow 4G) of the thread, board and home
// pages, on Debian's Chromium, launched with flags that keep it off the network except for our loopback server.
import fs from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export type LighthousePage = { id: string; label: string; path: string };

/**
 * The audit of the empty page (/bench-empty, the bench build only) in the same run: what any page of this build
 * scores with nothing of its own, the floor the pages' scores are read against, as first-load JS is.
 */
export const FLOOR_AUDIT_ID = "floor";

export type LighthouseResult = LighthousePage & {
  /** Category scores, 0-100. */
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  lcpMs: number | null;
  cls: number | null;
  tbtMs: number | null;
  /** Everything the first visit transferred (compressed sizes, headers included), and its fonts and scripts. */
  totalBytes: number | null;
  fontBytes: number | null;
  scriptBytes: number | null;
  /** Whether the page may enter the back/forward cache (the `bf-cache` audit). */
  bfcache: boolean | null;
  bfcacheFailures: string[];
  /** Lighthouse's estimate of this machine's speed: lower on a busy machine, and TBT rises with it. */
  benchmarkIndex: number | null;
};

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];
type SummaryItem = { resourceType?: string; transferSize?: number };

const score = (lhr: Lhr, id: string) => {
  const s = lhr.categories[id]?.score;
  return typeof s === "number" ? Math.round(s * 100) : null;
};
const numeric = (lhr: Lhr, id: string) => lhr.audits[id]?.numericValue ?? null;

function summarize(page: LighthousePage, lhr: Lhr): LighthouseResult {
  const items = ((lhr.audits["resource-summary"]?.details as { items?: SummaryItem[] } | undefined)?.items ?? []);
  const bytesOf = (type: string) => items.find((item) => item.resourceType === type)?.transferSize ?? null;
  const bf = lhr.audits["bf-cache"];
  const failures = ((bf?.details as { items?: { reason?: string }[] } | undefined)?.items ?? []).map((i) => String(i.reason ?? "unknown"));
  const cls = numeric(lhr, "cumulative-layout-shift");
  return {
    ...page,
    performance: score(lhr, "performance"),
    accessibility: score(lhr, "accessibility"),
    bestPractices: score(lhr, "best-practices"),
    seo: score(lhr, "seo"),
    lcpMs: roundOrNull(numeric(lhr, "largest-contentful-paint")),
    cls: cls === null ? null : Math.round(cls * 1000) / 1000,
    tbtMs: roundOrNull(numeric(lhr, "total-blocking-time")),
    totalBytes: roundOrNull(numeric(lhr, "total-byte-weight")),
    fontBytes: bytesOf("font"),
    scriptBytes: bytesOf("script"),
    bfcache: bf ? bf.score === 1 : null,
    bfcacheFailures: failures,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
  };
}

const roundOrNull = (n: number | null) => (n === null ? null : Math.round(n));

/** Audits each page in turn in one Chromium; its profile is a temporary directory, removed afterwards. */
export async function runLighthouse(base: string, pages: LighthousePage[]): Promise<LighthouseResult[]> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium, set CHROMIUM_PATH, or run with --no-lighthouse`);
  // Only our flags: chrome-launcher's defaults would add ones we did not choose.
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, ignoreDefaultFlags: true, logLevel: "error" });
  try {
    const results: LighthouseResult[] = [];
    for (const page of pages) {
      console.log(`• Lighthouse (mobile): ${page.path}...`);
      const run = await lighthouse(base + page.path, { port: chrome.port, logLevel: "error", output: "json", onlyCategories: CATEGORIES });
      if (!run) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      if (run.lhr.runtimeError) throw new Error(`Lighthouse failed on ${page.path}: ${run.lhr.runtimeError.message}`);
      const result = summarize(page, run.lhr);
      console.log(`  performance ${result.performance}, LCP ${result.lcpMs} ms, CLS ${result.cls}, TBT ${result.tbtMs} ms, ${result.totalBytes?.toLocaleString("en")} bytes, bfcache ${result.bfcache ? "ok" : "no"}`);
      results.push(result);
    }
    return results;
  } finally {
    await chrome.kill();
  }
}
