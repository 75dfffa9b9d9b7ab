// Visitors' reads (no cookie) of the thread, home and board page 1, uncompressed and as a browser asks, each beside
// its own node:http ceiling for the same bytes and encoding, measured right before it.
import { BROWSER_ACCEPT_ENCODING, measureCeiling, snapshotPage, type Ceiling, type Snapshot } from "./ceilings";
import type { CaseContext, CaseResult } from "./cases";
import { describe } from "./cases";
import { measureWrk } from "./wrk";

type VisitorPage = { id: string; label: string; path: string };
type Variant = { id: "plain" | "compressed"; acceptEncoding: string | null; label: string };

const VARIANTS: Variant[] = [
  { id: "plain", acceptEncoding: null, label: "uncompressed" },
  { id: "compressed", acceptEncoding: BROWSER_ACCEPT_ENCODING, label: `Accept-Encoding: ${BROWSER_ACCEPT_ENCODING}` },
];

export const visitorPages = (ctx: CaseContext): VisitorPage[] => [
  { id: "post-visitor", label: "Thread (100 comments), visitor", path: `/b/${ctx.board}/${ctx.hotPostId}` },
  { id: "home", label: "Home, visitor", path: "/" },
  { id: "board-first", label: "Board page 1, visitor", path: `/b/${ctx.board}` },
];

/** The case id of a page read as a browser asks; targets look these up. */
export const compressedCaseId = (pageId: string) => `${pageId}-compressed`;

export type VisitorSnapshots = Map<string, Snapshot>;

/** Every page in every variant, fetched once before any load, so each ceiling serves what a quiet app sent. */
export async function snapshotVisitorPages(ctx: CaseContext, dir: string): Promise<VisitorSnapshots> {
  const snapshots: VisitorSnapshots = new Map();
  for (const page of visitorPages(ctx)) {
    for (const variant of VARIANTS) {
      const id = `${page.id}-${variant.id}`;
      snapshots.set(id, await snapshotPage(ctx.base, page.path, variant.acceptEncoding, dir, id));
    }
  }
  return snapshots;
}

export async function visitorCases(ctx: CaseContext, snapshots: VisitorSnapshots): Promise<{ cases: CaseResult[]; ceilings: Ceiling[] }> {
  const cases: CaseResult[] = [];
  const ceilings: Ceiling[] = [];
  for (const page of visitorPages(ctx)) {
    for (const variant of VARIANTS) {
      const id = `${page.id}-${variant.id}`;
      const snapshot = snapshots.get(id)!;
      const { file: _file, ...kept } = snapshot;
      console.log(`• Ceiling: node:http with ${page.path}'s ${snapshot.bytes.toLocaleString("en")} bytes (${snapshot.encoding}), ${ctx.warmupS} + ${ctx.durationS} s...`);
      const ceiling = await measureCeiling(snapshot, ctx.connections, ctx.warmupS, ctx.durationS);
      console.log(`  ${describe(ceiling)}`);
      ceilings.push({ id: `ceiling-${id}`, label: `Ceiling: node:http, ${page.path} bytes, ${snapshot.encoding}`, snapshot: kept, measurement: ceiling });

      console.log(`• ${page.label}, ${variant.label}: GET ${page.path} for ${ctx.warmupS} + ${ctx.durationS} s...`);
      const headers: Record<string, string> = variant.acceptEncoding ? { "Accept-Encoding": variant.acceptEncoding } : {};
      const measurement = await measureWrk({ url: ctx.base + page.path, connections: ctx.connections, headers }, ctx.warmupS, ctx.durationS);
      console.log(`  ${describe(measurement)}`);
      cases.push({
        id,
        label: `${page.label}, ${variant.label}`,
        method: "GET",
        path: page.path,
        connections: ctx.connections,
        tool: "wrk",
        acceptEncoding: variant.acceptEncoding,
        encoding: snapshot.encoding,
        ceilingId: `ceiling-${id}`,
        measurement,
      });
    }
  }
  return { cases, ceilings };
}
