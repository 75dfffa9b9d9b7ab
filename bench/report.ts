// Shows a run's numbers: an aligned table on stdout, and the latest run plus one history row in BENCHMARKS.md.
import fs from "node:fs";
import { showMs, type Measurement } from "./load";
import type { RunResult } from "./results";

export const BENCHMARKS_FILE = "BENCHMARKS.md";
const LATEST_START = "<!-- bench:latest:start -->";
const LATEST_END = "<!-- bench:latest:end -->";
const HISTORY_END = "<!-- bench:history:end -->";

const HEADER = ["Case", "Request", "Conns", "Requests", "rps", "p50 ms", "p99 ms", "Errors", "Non-2xx", "× node:http", "× Next static"];
/** Columns from this one on are numbers: right-aligned. */
const FIRST_NUMBER_COLUMN = 2;

const ratio = (m: Measurement, ceiling: Measurement) => (ceiling.rps > 0 ? `${((100 * m.rps) / ceiling.rps).toFixed(1)}%` : "n/a");
const whole = (n: number) => Math.round(n).toLocaleString("en");
const latency = (ms: number | null) => (ms === null ? "n/a" : String(ms));

function rows(result: RunResult): string[][] {
  const { nodeHttp, nextStatic } = result.ceilings;
  const row = (label: string, request: string, connections: number, m: Measurement) => [
    label,
    request,
    String(connections),
    whole(m.requests),
    whole(m.rps),
    latency(m.p50Ms),
    latency(m.p99Ms),
    String(m.errors),
    String(m.non2xx),
    ratio(m, nodeHttp),
    ratio(m, nextStatic),
  ];
  const c = result.settings.connections;
  return [
    row("Ceiling: node:http, same HTML", "GET (plain server)", c, nodeHttp),
    row("Ceiling: static Next.js route, same HTML", "GET /bench-static", c, nextStatic),
    ...result.cases.map((k) => row(k.label, `${k.method} ${k.path}`, k.connections, k.measurement)),
  ];
}

function searchRows({ searchTiming: t }: RunResult): string[][] {
  return [["Search query", "Results", "Median ms", "Slowest ms"], ...t.perQuery.map((q) => [q.label, q.results < 0 ? "refused" : whole(q.results), String(q.medianMs), String(q.maxMs)])];
}
const searchLine = ({ searchTiming: t }: RunResult) =>
  `Search time (lib/search on the run's database, server stopped): ${t.queries} searches (${t.perQuery.length} queries × ${t.rounds}), median ${t.medianMs} ms, slowest ${t.maxMs} ms`;

function textTable(table: string[][]): string {
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  return table.map((r) => r.map((cell, i) => (i < FIRST_NUMBER_COLUMN ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ")).join("\n");
}

const markdownTable = (table: string[][], firstNumberColumn = FIRST_NUMBER_COLUMN) =>
  [table[0]!, table[0]!.map((_, i) => (i < firstNumberColumn ? "---" : "---:")), ...table.slice(1)].map((r) => `| ${r.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`).join("\n");

const verdict = (met: boolean) => (met ? "met" : "**MISSED**");
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
  console.log(`\n${commentsLine(result)}`);
  console.log(`${searchLine(result)}\n`);
  console.log(textTable(searchRows(result)));
  console.log(`First-load JS (post page): ${result.firstLoadJs.gzipBytes.toLocaleString("en")} bytes gzip in ${result.firstLoadJs.scripts} scripts`);
  console.log(`Post page HTML: ${result.pageBytes.anonymous.toLocaleString("en")} bytes anonymous, ${result.pageBytes.signedIn.toLocaleString("en")} signed in`);
  console.log("\nTargets:");
  for (const t of result.targets) console.log(`  ${t.met ? "met   " : "MISSED"}  ${t.name}: ${t.measured} (target ${t.target})`);
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
    `- Each case: ${result.settings.connections} connections, ${result.settings.warmupS} s warm-up, ${result.settings.durationS} s measured; post page HTML ${result.pageBytes.anonymous.toLocaleString("en")} bytes anonymous, ${result.pageBytes.signedIn.toLocaleString("en")} signed in`,
    `- ${commentsLine(result)}`,
    "",
    markdownTable([HEADER, ...rows(result)]),
    "",
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
  const met = result.targets.filter((t) => t.met).length;
  return `| ${result.startedAt.slice(0, 16).replace("T", " ")} | \`${result.command}\` | ${result.machine.cores} × ${result.machine.cpuModel}, load ${result.machine.loadAverage.start[0]} → ${result.machine.loadAverage.end[0]} | ${cell(find("post-anonymous"))} | ${cell(find("post-signed-in"))} | ${result.comments.perSecond.toFixed(0)}/s, p99 ${showMs(writers?.p99Ms ?? null)} | ${met} of ${result.targets.length} | [json](${jsonFile}) |`;
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
