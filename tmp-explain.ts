import { Client } from "pg";
import { parseQuery } from "@/lib/search/query";
import { pgNewestMatches, type PgQuery } from "@/lib/search/search-pg-sql";
const q = process.argv[2]!;
const analyze = process.argv[3] === "explain";
const client = new Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
const parsed = parseQuery(q) as any;
console.log(JSON.stringify(parsed).slice(0, 300));
for (const kind of ["post", "comment"] as const) {
  const t0 = performance.now();
  const rows = await pgNewestMatches(async (query: PgQuery) => {
    const s = performance.now();
    const r = await client.query(query.text, query.values);
    const ms = performance.now() - s;
    console.log(kind, ms.toFixed(1), "ms", r.rows.length, "rows", query.text.slice(0, 0), JSON.stringify(query.values));
    if (analyze && !query.text.startsWith("SELECT max")) {
      const e = await client.query("EXPLAIN (ANALYZE, BUFFERS) " + query.text, query.values);
      console.log(e.rows.map((x: any) => x["QUERY PLAN"]).join("\n"));
    }
    return r.rows as any;
  }, kind, parsed.terms, { boardId: null, authorId: null }, { limit: 500, withText: true });
  console.log(kind, "total", (performance.now() - t0).toFixed(1), rows.length);
}
await client.end();
