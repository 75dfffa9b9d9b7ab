// Reads the tests make to check what was written, through the app's asynchronous interface, so they run on every
// engine: one stored value, and the counter checks.
import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { first, getDb, selectRows } from "@/db";
// Written for PostgreSQL, in SQL SQLite also speaks (concatenation, LEFT JOIN, coalesce), so one list serves both.
import { PG_COUNTER_CHECKS } from "@/db/counters-pg";

/** One column of the first row `where` picks from the column's table, or undefined: `valueOf(posts.locked, eq(posts.id, id))`. */
export async function valueOf<C extends AnyColumn>(column: C, where?: SQL): Promise<C["_"]["data"] | undefined> {
  // Every table column knows its table; AnyColumn's type does not say so.
  const table = (column as unknown as { table: never }).table;
  const row = await first(getDb().select({ value: column as unknown as SQL }).from(table).where(where));
  return (row as { value?: C["_"]["data"] } | undefined)?.value;
}

/** Rows whose stored counter differs from a recount ("post.comment_count: post 12"); empty when every counter is right. */
export async function counterMismatches(): Promise<string[]> {
  const out: string[] = [];
  for (const [name, query] of PG_COUNTER_CHECKS) {
    const rows = await selectRows<{ row: string }>(sql.raw(query));
    out.push(...rows.map((r) => `${name}: ${r.row}`));
  }
  return out;
}
