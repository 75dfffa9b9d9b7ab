// The benchmark's command line: dataset size, how long each case runs, and the --quick smoke run.
import { parseArgs } from "node:util";
import { ENGINES, type Engine } from "./engines";

export type BenchOptions = {
  posts: number;
  comments: number;
  board: string;
  /** Seconds each case is measured for, after its warm-up. */
  durationS: number;
  warmupS: number;
  connections: number;
  quick: boolean;
  /** Whether to run the Lighthouse audits (Chromium); --no-lighthouse skips them. */
  lighthouse: boolean;
  /** Whether to write bench/results/*.json and update BENCHMARKS.md; smoke runs do not unless asked. */
  record: boolean;
  /** The engines to serve the dataset from, in order: `--engine both` runs SQLite, then PostgreSQL. */
  engines: Engine[];
  /** The command as typed, for the report. */
  command: string;
};

const DEFAULTS = { posts: 100_000, comments: 1_000_000, durationS: 10, warmupS: 2, connections: 16 };
// Small enough to build and measure in a couple of minutes, large enough that the hot thread and paging are real.
const QUICK = { posts: 10_000, comments: 100_000, durationS: 3, warmupS: 1 };

const HELP = `npm run bench [-- options]
  --quick              smoke run: ${QUICK.posts.toLocaleString()} posts, ${QUICK.comments.toLocaleString()} comments, ${QUICK.durationS}-second cases
  --posts N            posts to generate (default ${DEFAULTS.posts.toLocaleString()}; --posts 1000000 for a million-post board)
  --comments N         comments to generate (default ${DEFAULTS.comments.toLocaleString()})
  --duration S         seconds per case (default ${DEFAULTS.durationS})
  --warmup S           warm-up seconds before each case (default ${DEFAULTS.warmupS})
  --connections N      concurrent connections per case (default ${DEFAULTS.connections})
  --engine E           sqlite (default), postgres (a throwaway PostgreSQL cluster, the run's copy moved into it with
                       db:copy's copier), or both (SQLite, then PostgreSQL, on the same dataset and build)
  --no-lighthouse      skip the Lighthouse audits (which need Chromium: /usr/bin/chromium or CHROMIUM_PATH)
  --no-record          print only: write no results file and leave BENCHMARKS.md alone (the default with --quick)
  --record             write bench/results/<date>.json and update BENCHMARKS.md even with --quick`;

function whole(name: string, raw: string | undefined, fallback: number, min = 1): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name} must be a whole number of at least ${min}, got ${JSON.stringify(raw)}\n\n${HELP}`);
    process.exit(2);
  }
  return n;
}

function engines(raw: string): Engine[] {
  if (raw === "both") return [...ENGINES];
  const engine = ENGINES.find((e) => e === raw);
  if (!engine) {
    console.error(`--engine must be sqlite, postgres or both, got ${JSON.stringify(raw)}\n\n${HELP}`);
    process.exit(2);
  }
  return [engine];
}

export function parseOptions(argv = process.argv.slice(2)): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: "boolean", default: false },
      posts: { type: "string" },
      comments: { type: "string" },
      board: { type: "string", default: "free" },
      duration: { type: "string" },
      warmup: { type: "string" },
      connections: { type: "string" },
      engine: { type: "string", default: "sqlite" },
      record: { type: "boolean", default: false },
      "no-record": { type: "boolean", default: false },
      "no-lighthouse": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const base = values.quick ? { ...DEFAULTS, ...QUICK } : DEFAULTS;
  return {
    posts: whole("posts", values.posts, base.posts),
    comments: whole("comments", values.comments, base.comments, 100),
    board: values.board ?? "free",
    durationS: whole("duration", values.duration, base.durationS),
    warmupS: whole("warmup", values.warmup, base.warmupS, 0),
    connections: whole("connections", values.connections, base.connections, 2),
    quick: values.quick ?? false,
    lighthouse: !values["no-lighthouse"],
    engines: engines(values.engine ?? "sqlite"),
    record: values.record || (!values["no-record"] && !values.quick),
    command: ["npm run bench", ...(argv.length ? ["--", ...argv] : [])].join(" "),
  };
}
