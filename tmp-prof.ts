import { getPgClient, closeDatabase } from "./db";
import { search } from "./lib/search/search";
const client = getPgClient();
const orig = client.query.bind(client);
(client as any).query = async (text: string, values?: unknown[]) => {
  const s = performance.now(); const r = await orig(text, values);
  console.log("  q", (performance.now() - s).toFixed(1), text.slice(0, 60).replace(/\s+/g, " "), JSON.stringify(values)?.slice(0, 60));
  if (performance.now() - s > 100 && !String(text).startsWith("EXPLAIN")) {
    const e = await orig("EXPLAIN (ANALYZE, BUFFERS) " + text, values);
    console.log(e.rows.map((x: any) => x["QUERY PLAN"]).join("\n"));
  }
  return r;
};
for (let i = 0; i < 3; i++) {
  const s = performance.now();
  const o = await search({ query: process.argv[2]! });
  console.log("search", (performance.now() - s).toFixed(1), o.ok && o.total);
}
await closeDatabase();
