// Child process of the benchmark: times the search itself (lib/search/search's `search`, the query and its snippets, without
// the page around it) for a spread of queries on the run's database (DATABASE_PATH, or DATABASE_URL for PostgreSQL), and
// writes every sample as JSON.
// It runs under the react-server condition, which lib/'s "server-only" marker needs outside Next.js.
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { closeDatabase } from "../db";
import { search, type SearchRequest } from "../lib/search/search";

/** What readers type: common and rare words, phrases, Korean inside longer words, filters, sorting, deep pages and noise. */
const SEARCH_QUERIES: { label: string; request: SearchRequest }[] = [
  { label: "common English word", request: { query: "coffee" } },
  { label: "two English words", request: { query: "coffee garden" } },
  { label: "English phrase", request: { query: '"morning walk"' } },
  { label: "word no post has", request: { query: "zeppelin" } },
  { label: "Korean, 2 syllables inside longer words", request: { query: "찌개" } },
  { label: "Korean, 2 syllables", request: { query: "커피" } },
  { label: "Korean, 4 syllables", request: { query: "김치찌개" } },
  { label: "Korean and English together", request: { query: "커피 coffee" } },
  { label: "Korean, 1 syllable (refused as too short)", request: { query: "봄" } },
  { label: "board filter", request: { query: "garden", board: "free" } },
  { label: "author filter", request: { query: "coffee", author: "reader1" } },
  { label: "newest first", request: { query: "coffee", sort: "new" } },
  { label: "page 10", request: { query: "coffee", page: 10 } },
  { label: "unbalanced quote and FTS syntax", request: { query: '"coffee AND (NEAR( garden* ^' } },
  { label: "1,000 characters of noise", request: { query: "xq9!@#$%^&*()_+=-{}[]|\\:;'<>,.?/~` ".repeat(29).slice(0, 1_000) } },
];

const { values } = parseArgs({ options: { rounds: { type: "string" }, out: { type: "string" } } });
const rounds = Number(values.rounds ?? 5);
const samples: { label: string; ms: number; results: number }[] = [];
for (let round = 0; round < rounds; round++) {
  for (const { label, request } of SEARCH_QUERIES) {
    const started = performance.now();
    const outcome = await search(request);
    const ms = performance.now() - started;
    samples.push({ label, ms, results: outcome.ok ? outcome.total : -1 });
  }
}
await closeDatabase();
fs.writeFileSync(values.out ?? "", JSON.stringify(samples));
