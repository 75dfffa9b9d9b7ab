// First-load JavaScript of a page: every <script src> it names, each gzipped on its own, summed.
import zlib from "node:zlib";

export type FirstLoadJs = {
  scripts: number;
  rawBytes: number;
  gzipBytes: number;
  files: { src: string; gzipBytes: number }[];
  /** `nomodule` scripts (Next's polyfills): only browsers without ES modules load them, so they are not counted. */
  skippedNoModule: string[];
};

const SCRIPT_TAG = /<script\b[^>]*>/gi;
const SRC = /\ssrc="([^"]+)"/i;
const NO_MODULE = /\snomodule\b/i;

export async function firstLoadJs(base: string, html: string): Promise<FirstLoadJs> {
  const tags = [...html.matchAll(SCRIPT_TAG)].map((m) => m[0]).filter((tag) => SRC.test(tag));
  const srcOf = (tag: string) => SRC.exec(tag)![1]!.replaceAll("&amp;", "&");
  const sources = [...new Set(tags.filter((tag) => !NO_MODULE.test(tag)).map(srcOf))];
  const skippedNoModule = tags.filter((tag) => NO_MODULE.test(tag)).map(srcOf);
  const files = await Promise.all(
    sources.map(async (src) => {
      const url = new URL(src, base);
      // The benchmark only ever talks to its own loopback server; a script elsewhere is reported, not fetched.
      if (url.origin !== new URL(base).origin) throw new Error(`Script ${src} is not served by the app under test`);
      const response = await fetch(url);
      if (!response.ok) throw new Error(`Script ${src} answered ${response.status}`);
      const bytes = Buffer.from(await response.arrayBuffer());
      return { src, rawBytes: bytes.length, gzipBytes: zlib.gzipSync(bytes).length };
    }),
  );
  return {
    scripts: files.length,
    rawBytes: files.reduce((sum, f) => sum + f.rawBytes, 0),
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
    files: files.map(({ src, gzipBytes }) => ({ src, gzipBytes })),
    skippedNoModule,
  };
}

/** Set by the benchmark's own build only (app/bench-empty/page.bench.tsx): the smallest page, inside the root layout. */
export const FLOOR_PAGE = "/bench-empty";

export type FirstLoadJsReport = { thread: FirstLoadJs; floor: FirstLoadJs; aboveFloorBytes: number };

/** A page's first-load JS, fetched as a visitor; the HTML is asked for uncompressed, the scripts are gzipped here. */
export async function firstLoadJsOf(base: string, pagePath: string): Promise<FirstLoadJs> {
  const response = await fetch(base + pagePath, { headers: { "accept-encoding": "identity" } });
  if (!response.ok) throw new Error(`${pagePath} answered ${response.status}${pagePath === FLOOR_PAGE ? " (is .next-bench a bench build? RAPPORT_BENCH_BUILD=1)" : ""}`);
  return firstLoadJs(base, await response.text());
}
