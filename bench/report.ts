// Shows a run's numbers: an aligned table on stdout, and the latest run plus one history row in BENCHMARKS.md.
import fs from "node:fs";
import { FLOOR_PAGE } from "./first-load-js";
import { showMs, type Measurement } from "./load";
import type { RunResult } from "./results";

export const BENCHMARKS_FILE = "BENCHMARKS.md";
const LATEST_START = "<!-- bench:latest:start -->";
const LATEST_END = "<!-- bench:latest:end -->";
const HISTORY_END = "<!-- bench:history:end -->";

const HEADER = ["Case", "Request", "Accept-Encoding → sent", "Tool", "Conns", "Requests", "rps", "p50 ms", "p99 ms", "Errors", "HTTP ≥ 400", "Bytes/response", "× node:http"];
/** Columns from this one on are numbers: right-aligned. */
const FIRST_NUMBER_COLUMN = 4;

const ratio = (m: Measurement, ceiling: Measurement | undefined) => (ceiling && ceiling.rps > 0 ? `${((100 * m.rps) / ceiling.rps).toFixed(1)}%` : "");
const whole = (n: number) => Math.round(n).toLocaleString("en");
const latency = (ms: number | null) => (ms === null ? "n/a" : String(ms));
const encodingCell = (sent: string | null, answered: string | undefined) => `${sent ?? "none"}${answered ? ` → ${answered}` : ""}`;

function rows(result: RunResult): string[][] {
  const c = result.settings.connections;
  const row = (label: string, request: string, encoding: string, tool: string, connections: number, m: Measurement, ceiling?: Measurement) => [
    label,
    request,
    encoding,
    tool,
    String(connections),
    whole(m.requests),
    whole(m.rps),
    latency(m.p50Ms),
    latency(m.p99Ms),
    String(m.errors),
    String(m.httpErrors),
    m.bytesPerResponse === null ? "n/a" : whole(m.bytesPerResponse),
    ratio(m, ceiling),
  ];
  return result.cases.flatMap((k) => {
    const ceiling = result.ceilings.find((x) => x.id === k.ceilingId);
    const caseRow = row(k.label, `${k.method} ${k.path}`, encodingCell(k.acceptEncoding, k.encoding), k.tool, k.connections, k.measurement, ceiling?.measurement);
    if (!ceiling) return [caseRow];
    const s = ceiling.snapshot;
    return [row(ceiling.label, "GET (plain server)", encodingCell(s.acceptEncoding, s.encoding), "wrk", c, ceiling.measurement, ceiling.measurement), caseRow];
  });
}

const LIGHTHOUSE_HEADER = ["Lighthouse (mobile)", "Path", "Perf", "A11y", "Best pr.", "SEO", "LCP ms", "CLS", "TBT ms", "Total bytes", "Font bytes", "Script bytes", "bfcache"];
const orNa = (n: number | null) => (n === null ? "n/a" : n.toLocaleString("en"));

function lighthouseRows(result: RunResult): string[][] {
  return (result.lighthouse ?? []).map((r) => [
    r.label,
    r.path,
    orNa(r.performance),
    orNa(r.accessibility),
    orNa(r.bestPractices),
    orNa(r.seo),
    orNa(r.lcpMs),
    orNa(r.cls),
    orNa(r.tbtMs),
    orNa(r.totalBytes),
    orNa(r.fontBytes),
    orNa(r.scriptBytes),
    r.bfcache === null ? "n/a" : r.bfcache ? "yes" : `no (${r.bfcacheFailures.join("; ") || "no reason given"})`,
  ]);
}

function firstLoadLine({ firstLoadJs: f }: RunResult): string {
  return `First-load JS (gzip, each script on its own): thread ${f.thread.gzipBytes.toLocaleString("en")} bytes in ${f.thread.scripts} scripts; empty page (${FLOOR_PAGE}, root layout included) ${f.floor.gzipBytes.toLocaleString("en")} bytes in ${f.floor.scripts}; difference ${f.aboveFloorBytes.toLocaleString("en")} bytes`;
}

function pageBytesLine({ pageBytes: b }: RunResult): string {
  const probes = b.encodings.map((p) => `Accept-Encoding ${p.acceptEncoding} → ${p.encoding}, ${p.bytes.toLocaleString("en")} bytes`).join("; ");
  return `Hot thread HTML: ${b.anonymous.toLocaleString("en")} bytes uncompressed as a visitor, ${b.signedIn.toLocaleString("en")} signed in; ${probes}`;
}

function searchRows({ searchTiming: t }: RunResult): string[][] {
  return [["Search query", "Results", "Median ms", "Slowest ms"], ...t.perQuery.map((q) => [q.label, q.results < 0 ? "refused" : whole(q.results), String(q.medianMs), String(q.maxMs)])];
}
const searchLine = ({ searchTiming: t }: RunResult) =>
  `Search time (lib/search/search on the run's database, server stopped): ${t.queries} searches (${t.perQuery.length} queries × ${t.rounds}), median ${t.medianMs} ms, slowest ${t.maxMs} ms`;

function textTable(table: string[][]): string {
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  return table.map((r) => r.map((cell, i) => (i < FIRST_NUMBER_COLUMN ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ")).join("\n");
}

const markdownTable = (table: string[][], firstNumberColumn = FIRST_NUMBER_COLUMN) =>
  [table[0]!, table[0]!.map((_, i) => (i < firstNumberColumn ? "---" : "---:")), ...table.slice(1)].map((r) => `| ${r.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`).join("\n");

const verdict = (met: boolean | null) => (met === null ? "not measured" : met ? "met" : "**MISSED**");
const plainVerdict = (met: boolean | null) => (met === null ? "n/a   " : met ? "met   " : "MISSED");
const machineLine = ({ machine: m }: RunResult) =>
  `${m.cores} cores, ${m.cpuModel}, Node ${m.node}, ${m.totalMemoryGiB} GiB RAM, ${m.platform}; ` +
  `load average ${m.loadAverage.start[0]} at the start, ${m.loadAverage.end[0]} at the end` +
  (Math.max(m.loadAverage.start[0] ?? 0, m.loadAverage.end[0] ?? 0) > m.cores ? " (busier than its cores: other work was running)" : "");
const datasetLine = ({ dataset: d }: RunResult) =>
  `${d.posts.toLocaleString("en")} posts and ${d.comments.toLocaleString("en")} comments on /b/${d.board} (${d.boardPages.toLocaleString("en")} pages); hot thread ${d.hotPostId}`;

function commentsLine({ comments: c }: RunResult): string {
  const refusals = c.refused ? `, ${c.refused} refused (${c.firstRefusal})` : ", none refused";
  const stored = c.threadCommentsAfter - c.threadCommentsBefore;
  return `Comments: ${c.created.toLocaleString("en")} confirmed to writers in the measured window (${c.perSecond.toFixed(1)}/s)${refusals}; ${stored.toLocaleString("en")} stored on the thread during the case, warm-up and unanswered requests included`;
}

export function printReport(result: RunResult): void {
  console.log(`\nRapport benchmark: ${result.command}`);
  console.log(`Machine: ${machineLine(result)}`);
  console.log(`Data: ${datasetLine(result)}`);
  console.log(`Each case: ${result.settings.connections} connections, ${result.settings.warmupS} s warm-up, ${result.settings.durationS} s measured\n`);
  console.log(textTable([HEADER, ...rows(result)]));
  if (result.lighthouse) console.log(`\n${textTable([LIGHTHOUSE_HEADER, ...lighthouseRows(result)])}`);
  console.log(`\n${commentsLine(result)}`);
  console.log(`${searchLine(result)}\n`);
  console.log(textTable(searchRows(result)));
  console.log(firstLoadLine(result));
  console.log(pageBytesLine(result));
  console.log("\nTargets:");
  for (const t of result.targets) console.log(`  ${plainVerdict(t.met)}  ${t.name}: ${t.measured} (target ${t.target})`);
  for (const s of result.skipped) console.log(`Skipped ${s.label}: ${s.reason}`);
  for (const note of result.notes) console.log(`Note: ${note}`);
}

function latestSection(result: RunResult, jsonFile: string): string {
  const targets = [
    ["Target", "Goal", "Measured", "Result"],
    ...result.targets.map((t) => [t.name, t.target, t.measured, verdict(t.met)]),
  ];
  return [
    `Run started ${result.startedAt} with \`${result.command}\` (raw numbers: [${jsonFile}](${jsonFile})).`,
    "",
    `- Machine: ${machineLine(result)}`,
    `- Data: ${datasetLine(result)}`,
    `- Each case: ${result.settings.connections} connections, ${result.settings.warmupS} s warm-up, ${result.settings.durationS} s measured`,
    `- ${pageBytesLine(result)}`,
    `- ${firstLoadLine(result)}`,
    `- ${commentsLine(result)}`,
    "",
    markdownTable([HEADER, ...rows(result)]),
    "",
    ...(result.lighthouse ? [markdownTable([LIGHTHOUSE_HEADER, ...lighthouseRows(result)], 2), ""] : []),
    markdownTable(targets, targets[0]!.length),
    "",
    `- ${searchLine(result)}`,
    "",
    markdownTable(searchRows(result), 1),
    "",
    ...result.skipped.map((s) => `- Skipped ${s.label}: ${s.reason}`),
    ...result.notes.map((n) => `- ${n}`),
  ].join("\n");
}

function historyRow(result: RunResult, jsonFile: string): string {
  const find = (id: string) => result.cases.find((c) => c.id === id)?.measurement;
  const cell = (m: Measurement | undefined) => (m ? `${whole(m.rps)} rps, p99 ${showMs(m.p99Ms)}` : "n/a");
  const writers = find("comment-create");
  const met = result.targets.filter((t) => t.met === true).length;
  const measured = result.targets.filter((t) => t.met !== null).length;
  // From this harness on, "Anonymous post" is the visitor thread as a browser asks (gzip, br), not uncompressed.
  const visitor = result.cases.find((c) => c.id === "post-visitor-compressed");
  const visitorCell = visitor ? `${cell(visitor.measurement)} (${visitor.encoding ?? "?"})` : "n/a";
  return `| ${result.startedAt.slice(0, 16).replace("T", " ")} | \`${result.command}\` | ${result.machine.cores} × ${result.machine.cpuModel}, load ${result.machine.loadAverage.start[0]} → ${result.machine.loadAverage.end[0]} | ${visitorCell} | ${cell(find("post-signed-in"))} | ${result.comments.perSecond.toFixed(0)}/s, p99 ${showMs(writers?.p99Ms ?? null)} | ${met} of ${measured} | [json](${jsonFile}) |`;
}

const HISTORY_TEMPLATE = `## History\n\n| Started (UTC) | Command | Machine | Anonymous post | Signed-in post | Comments | Targets met | Raw |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n${HISTORY_END}\n`;

/** Replaces the latest-run section and appends a history row, creating either part if the file lacks it. */
export function updateBenchmarks(result: RunResult, jsonFile: string): void {
  let text = fs.existsSync(BENCHMARKS_FILE) ? fs.readFileSync(BENCHMARKS_FILE, "utf8") : "# Benchmarks\n";
  const latest = `${LATEST_START}\n${latestSection(result, jsonFile)}\n${LATEST_END}`;
  const start = text.indexOf(LATEST_START);
  const end = text.indexOf(LATEST_END);
  text = start >= 0 && end > start ? text.slice(0, start) + latest + text.slice(end + LATEST_END.length) : `${text.trimEnd()}\n\n## Latest run\n\n${latest}\n`;
  if (!text.includes(HISTORY_END)) text = `${text.trimEnd()}\n\n${HISTORY_TEMPLATE}`;
  text = text.replace(HISTORY_END, `${historyRow(result, jsonFile)}\n${HISTORY_END}`);
  fs.writeFileSync(BENCHMARKS_FILE, text);
}
