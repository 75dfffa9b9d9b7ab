// Shows a run's numbers: an aligned table on stdout, and the latest run plus one history row in BENCHMARKS.md.
import fs from "node:fs";
import { ENGINE_NAMES } from "./engines";
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
const searchLine = ({ searchTiming: t, engine }: RunResult) =>
  `Search time (lib/search/search on the run's ${engine === "postgres" ? "PostgreSQL " : ""}database, server stopped): ${t.queries} searches (${t.perQuery.length} queries × ${t.rounds}), median ${t.medianMs} ms, slowest ${t.maxMs} ms`;

function textTable(table: string[][], firstNumberColumn = FIRST_NUMBER_COLUMN): string {
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  return table.map((r) => r.map((cell, i) => (i < firstNumberColumn ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ")).join("\n");
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

/** PostgreSQL runs only: the server, and how long db:copy's copier took to move the run's copy into it. */
function postgresLine({ postgres: p }: RunResult): string | null {
  if (!p) return null;
  const c = p.copy;
  return (
    `Engine: PostgreSQL ${p.version} (a throwaway cluster, scripts/postgres/cluster.ts: fsync off, on the same machine), database ${p.database}; ` +
    `the run's SQLite copy was moved into it with copySqliteToPostgres (db/copy-pg.ts): ${c.rows.toLocaleString("en")} rows in ${c.tables} tables, ` +
    `${c.totalS} s (rows ${c.copyS} s, indexes ${c.indexesS} s, checks ${c.verifyS} s)`
  );
}

function commentsLine({ comments: c }: RunResult): string {
  const refusals = c.refused ? `, ${c.refused} refused (${c.firstRefusal})` : ", none refused";
  const stored = c.threadCommentsAfter - c.threadCommentsBefore;
  return `Comments: ${c.created.toLocaleString("en")} confirmed to writers in the measured window (${c.perSecond.toFixed(1)}/s)${refusals}; ${stored.toLocaleString("en")} stored on the thread during the case, warm-up and unanswered requests included`;
}

export function printReport(result: RunResult): void {
  console.log(`\nRapport benchmark: ${result.command}`);
  console.log(`Machine: ${machineLine(result)}`);
  console.log(`Data: ${datasetLine(result)}`);
  const engine = postgresLine(result);
  if (engine) console.log(engine);
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
    ...(result.postgres ? [`- ${postgresLine(result)}`] : []),
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

function historyRow(result: RunResult, jsonFile: string, sideBySide: boolean): string {
  const find = (id: string) => result.cases.find((c) => c.id === id)?.measurement;
  const cell = (m: Measurement | undefined) => (m ? `${whole(m.rps)} rps, p99 ${showMs(m.p99Ms)}` : "n/a");
  const writers = find("comment-create");
  const met = result.targets.filter((t) => t.met === true).length;
  const measured = result.targets.filter((t) => t.met !== null).length;
  // From this harness on, "Anonymous post" is the visitor thread as a browser asks (gzip, br), not uncompressed.
  const visitor = result.cases.find((c) => c.id === "post-visitor-compressed");
  const visitorCell = visitor ? `${cell(visitor.measurement)} (${visitor.encoding ?? "?"})` : "n/a";
  // SQLite-only rows stay as they always were; other rows name their engine.
  const engine = sideBySide || result.engine !== "sqlite" ? ` (${ENGINE_NAMES[result.engine]})` : "";
  return `| ${result.startedAt.slice(0, 16).replace("T", " ")} | \`${result.command}\`${engine} | ${result.machine.cores} × ${result.machine.cpuModel}, load ${result.machine.loadAverage.start[0]} → ${result.machine.loadAverage.end[0]} | ${visitorCell} | ${cell(find("post-signed-in"))} | ${result.comments.perSecond.toFixed(0)}/s, p99 ${showMs(writers?.p99Ms ?? null)} | ${met} of ${measured} | [json](${jsonFile}) |`;
}

const HISTORY_TEMPLATE = `## History\n\n| Started (UTC) | Command | Machine | Anonymous post | Signed-in post | Comments | Targets met | Raw |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n${HISTORY_END}\n`;

/**
 * Replaces the latest-run section and appends a history row per engine, creating either part if the file lacks it.
 * One result keeps the single-engine layout; several (`--engine both`) are shown side by side.
 */
export function updateBenchmarks(results: RunResult[], jsonFiles: string[]): void {
  let text = fs.existsSync(BENCHMARKS_FILE) ? fs.readFileSync(BENCHMARKS_FILE, "utf8") : "# Benchmarks\n";
  const section = results.length === 1 ? latestSection(results[0]!, jsonFiles[0]!) : sideBySideSection(results, jsonFiles);
  const latest = `${LATEST_START}\n${section}\n${LATEST_END}`;
  const start = text.indexOf(LATEST_START);
  const end = text.indexOf(LATEST_END);
  text = start >= 0 && end > start ? text.slice(0, start) + latest + text.slice(end + LATEST_END.length) : `${text.trimEnd()}\n\n## Latest run\n\n${latest}\n`;
  if (!text.includes(HISTORY_END)) text = `${text.trimEnd()}\n\n${HISTORY_TEMPLATE}`;
  const historyRows = results.map((r, i) => historyRow(r, jsonFiles[i]!, results.length > 1));
  text = text.replace(HISTORY_END, `${historyRows.join("\n")}\n${HISTORY_END}`);
  fs.writeFileSync(BENCHMARKS_FILE, text);
}

// Side by side: one run that measured several engines (`--engine both`), one column per engine.

const engineName = (r: RunResult) => ENGINE_NAMES[r.engine];
const perEngine = (results: RunResult[], heading: string) => results.map((r) => `${heading} (${engineName(r)})`);
const errorsCell = (m: Measurement | undefined) => (m ? (m.httpErrors ? `${m.errors} + ${m.httpErrors} HTTP ≥ 400` : String(m.errors)) : "n/a");

/** Every case and ceiling of the first run (then any only a later one has), with each engine's rps, p99, ceiling share, errors. */
function comparisonRows(results: RunResult[]): string[][] {
  type Line = { key: string; label: string; request: string; pick: (r: RunResult) => { m: Measurement; ceiling?: Measurement } | undefined };
  const lines: Line[] = [];
  const seen = new Set<string>();
  const add = (line: Line) => {
    if (seen.has(line.key)) return;
    seen.add(line.key);
    lines.push(line);
  };
  for (const result of results) {
    for (const k of result.cases) {
      if (k.ceilingId) {
        const ceiling = result.ceilings.find((c) => c.id === k.ceilingId);
        if (ceiling) {
          add({
            key: ceiling.id,
            label: ceiling.label,
            request: "GET (plain server)",
            pick: (r) => {
              const c = r.ceilings.find((x) => x.id === ceiling.id);
              return c && { m: c.measurement, ceiling: c.measurement };
            },
          });
        }
      }
      add({
        key: k.id,
        label: k.label,
        request: `${k.method} ${k.path}`,
        pick: (r) => {
          const mine = r.cases.find((x) => x.id === k.id);
          return mine && { m: mine.measurement, ceiling: r.ceilings.find((x) => x.id === mine.ceilingId)?.measurement };
        },
      });
    }
  }
  return lines.map((line) => {
    const picked = results.map(line.pick);
    return [
      line.label,
      line.request,
      ...picked.map((p) => (p ? whole(p.m.rps) : "n/a")),
      ...picked.map((p) => (p ? latency(p.m.p99Ms) : "n/a")),
      ...picked.map((p) => (p ? ratio(p.m, p.ceiling) : "n/a")),
      ...picked.map((p) => errorsCell(p?.m)),
    ];
  });
}

const comparisonHeader = (results: RunResult[]) => [
  "Case",
  "Request",
  ...perEngine(results, "rps"),
  ...perEngine(results, "p99 ms"),
  ...perEngine(results, "× node:http"),
  ...perEngine(results, "Errors"),
];

/** Each target once, with every engine's measurement and verdict beside each other. */
function comparisonTargets(results: RunResult[], show: (met: boolean | null) => string): string[][] {
  const names = [...new Set(results.flatMap((r) => r.targets.map((t) => t.name)))];
  return names.map((name) => {
    const found = results.map((r) => r.targets.find((t) => t.name === name));
    const goal = found.find(Boolean)!.target;
    return [name, goal, ...found.flatMap((t) => (t ? [t.measured, show(t.met)] : ["not measured", show(null)]))];
  });
}
const comparisonTargetsHeader = (results: RunResult[]) => ["Target", "Goal", ...results.flatMap((r) => [`Measured (${engineName(r)})`, engineName(r)])];

function comparisonSearchRows(results: RunResult[]): string[][] {
  const labels = [...new Set(results.flatMap((r) => r.searchTiming.perQuery.map((q) => q.label)))];
  const header = ["Search query", ...perEngine(results, "Results"), ...perEngine(results, "Median ms"), ...perEngine(results, "Slowest ms")];
  return [
    header,
    ...labels.map((label) => {
      const found = results.map((r) => r.searchTiming.perQuery.find((q) => q.label === label));
      return [
        label,
        ...found.map((q) => (q ? (q.results < 0 ? "refused" : whole(q.results)) : "n/a")),
        ...found.map((q) => (q ? String(q.medianMs) : "n/a")),
        ...found.map((q) => (q ? String(q.maxMs) : "n/a")),
      ];
    }),
  ];
}

const loadLine = (results: RunResult[]) =>
  `Load average: ${results.map((r) => `${engineName(r)} run ${r.machine.loadAverage.start[0]} → ${r.machine.loadAverage.end[0]}`).join(", ")}`;

/** The side-by-side summary on stdout, after each engine's own report. */
export function printComparison(results: RunResult[]): void {
  console.log(`\n=== ${results.map(engineName).join(" and ")}, side by side (each engine against its own node:http ceilings, measured in its own part of the run) ===`);
  console.log(loadLine(results));
  console.log(`\n${textTable([comparisonHeader(results), ...comparisonRows(results)], 2)}`);
  for (const r of results) console.log(`${engineName(r)}: ${commentsLine(r)}`);
  for (const r of results) console.log(`${engineName(r)}: ${searchLine(r)}`);
  console.log(`\n${textTable(comparisonSearchRows(results), 1)}`);
  console.log("\nTargets:");
  for (const [name, goal, ...cells] of comparisonTargets(results, (met) => plainVerdict(met).trim())) {
    const perEngineCells = results.map((r, i) => `${engineName(r)} ${cells[2 * i + 1]}: ${cells[2 * i]}`);
    console.log(`  ${name} (target ${goal})\n    ${perEngineCells.join("\n    ")}`);
  }
}

function sideBySideSection(results: RunResult[], jsonFiles: string[]): string {
  const first = results[0]!;
  const raw = results.map((r, i) => `${engineName(r)}: [${jsonFiles[i]}](${jsonFiles[i]})`).join(", ");
  const lighthouse = results.filter((r) => r.lighthouse);
  const notes = [...new Set(results.flatMap((r) => r.notes))];
  return [
    `Run started ${first.startedAt} with \`${first.command}\`: ${results.map(engineName).join(", then ")}, on the same generated dataset and the same build, ` +
      `each engine on a fresh copy with its own members, measured against node:http ceilings taken in its own part of the run (raw numbers: ${raw}).`,
    "",
    `- Machine: ${machineLine(first)}`,
    `- ${loadLine(results)}`,
    `- Data: ${datasetLine(first)}`,
    ...results.flatMap((r) => (r.postgres ? [`- ${postgresLine(r)}`] : [])),
    `- Each case: ${first.settings.connections} connections, ${first.settings.warmupS} s warm-up, ${first.settings.durationS} s measured`,
    ...results.map((r) => `- ${engineName(r)}: ${pageBytesLine(r)}`),
    ...results.map((r) => `- ${engineName(r)}: ${firstLoadLine(r)}`),
    ...results.map((r) => `- ${engineName(r)}: ${commentsLine(r)}`),
    "",
    markdownTable([comparisonHeader(results), ...comparisonRows(results)], 2),
    "",
    markdownTable([comparisonTargetsHeader(results), ...comparisonTargets(results, verdict)], 2 + 2 * results.length),
    "",
    ...results.map((r) => `- ${engineName(r)}: ${searchLine(r)}`),
    "",
    markdownTable(comparisonSearchRows(results), 1),
    "",
    ...(lighthouse.length
      ? [markdownTable([LIGHTHOUSE_HEADER, ...lighthouse.flatMap((r) => lighthouseRows(r).map(([label, ...rest]) => [`${label} (${engineName(r)})`, ...rest]))], 2), ""]
      : []),
    ...results.flatMap((r) => [`Every figure, ${engineName(r)}:`, "", markdownTable([HEADER, ...rows(r)]), ""]),
    ...results.flatMap((r) => r.skipped.map((s) => `- ${engineName(r)}: skipped ${s.label}: ${s.reason}`)),
    ...notes.map((n) => `- ${n}`),
  ].join("\n");
}
