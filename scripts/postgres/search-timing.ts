// `npx tsx scripts/postgres/search-timing.ts "$DATABASE_URL" [query...]`: how long PostgreSQL search's SQL takes on a database
// (one filled by `npm run db:copy` from the benchmark's generated board, say): for a few words, phrases and Korean
// fragments, the median of three warm runs per kind, window by window as lib/search/search-pg-sql.ts describes.
// Only the SQL: ranking and highlighting are the same JavaScript as on SQLite.
import pg from "pg";
import { parseQuery, type SearchTerm } from "../../lib/search/query";
import { pgNewestMatches } from "../../lib/search/search-pg-sql";

const MAX_MATCHES_PER_KIND = 500;
const DEFAULT_QUERIES = ["coffee", "morning walk", '"morning walk"', "zeppelin", "찌개", "커피", "아침 산책", '"아침 산책"', "coffee 커피"];
const RUNS = 4;

const url = process.argv[2] ?? process.env.DATABASE_URL;
if (!url) {
  console.error('Usage: npx tsx scripts/postgres/search-timing.ts "postgres://..."');
  process.exit(2);
}
const QUERIES = process.argv.length > 3 ? process.argv.slice(3) : DEFAULT_QUERIES;
const pool = new pg.Pool({ connectionString: url, max: 1 });
for (const text of QUERIES) {
  const terms = (parseQuery(text) as { terms: SearchTerm[] }).terms;
  for (const kind of ["post", "comment"] as const) {
    const times: number[] = [];
    let rows = 0;
    let lastWindows = 0;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      let windows = 0;
      const found = await pgNewestMatches(
        async (query) => {
          if (query.text.includes("LIMIT")) windows++;
          return (await pool.query(query.text, query.values)).rows;
        },
        kind,
        terms,
        { boardId: null, authorId: null },
        { limit: MAX_MATCHES_PER_KIND, withText: true },
      );
      rows = found.length;
      lastWindows = windows;
      times.push(performance.now() - started);
    }
    const warm = times.slice(1).sort((a, b) => a - b);
    console.log(`${JSON.stringify(text).padEnd(18)} ${kind.padEnd(8)} ${String(rows).padStart(3)} rows, ${lastWindows} windows, median ${warm[Math.floor(warm.length / 2)]!.toFixed(1)} ms`);
  }
}
await pool.end();
