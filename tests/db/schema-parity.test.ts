// The two engines' schemas (db/schema.ts for SQLite, db/schema-pg.ts for PostgreSQL) describe the same database:
// the same tables, columns, keys, indexes and constraints, and rows of the same TypeScript types. A change made to one
// file only fails here.
import { is, type SQL } from "drizzle-orm";
import { getTableConfig as pgTableConfig, PgDialect, PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteTableConfig, SQLiteSyncDialect, SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, expectTypeOf, it } from "vitest";
import * as sqliteSchema from "@/db/schema-sqlite";
import * as pgSchema from "@/db/schema-pg";

// Compile-time: every table's rows, read and written, have the same types on both engines.
type Tables<M> = { [K in keyof M as M[K] extends { $inferSelect: unknown } ? K : never]: M[K] };
type Rows<M> = { [K in keyof Tables<M>]: Tables<M>[K] extends { $inferSelect: infer S } ? S : never };
type Inserts<M> = { [K in keyof Tables<M>]: Tables<M>[K] extends { $inferInsert: infer I } ? I : never };
expectTypeOf<Rows<typeof pgSchema>>().toEqualTypeOf<Rows<typeof sqliteSchema>>();
expectTypeOf<Inserts<typeof pgSchema>>().toEqualTypeOf<Inserts<typeof sqliteSchema>>();

/** Everything the parity test compares about one table, in a form both dialects produce alike. */
type Shape = {
  columns: Record<string, { notNull: boolean; primary: boolean; hasDefault: boolean; dataType: string; enumValues: string[] | null }>;
  primaryKeys: string[][];
  indexes: Record<string, { columns: string[]; unique: boolean; where: string | null }>;
  foreignKeys: Record<string, { references: string; onDelete: string }>;
  uniqueConstraints: string[];
  checks: string[];
};

type AnyConfig = ReturnType<typeof sqliteTableConfig> | ReturnType<typeof pgTableConfig>;

function shape(config: AnyConfig, renderSql: (where: SQL) => string): Shape {
  const name = (column: unknown) => (column && typeof column === "object" && "name" in column ? String(column.name) : "<expression>");
  return {
    columns: Object.fromEntries(
      config.columns.map((c) => [
        c.name,
        { notNull: c.notNull, primary: c.primary, hasDefault: c.hasDefault, dataType: c.dataType, enumValues: c.enumValues?.length ? [...c.enumValues] : null },
      ]),
    ),
    primaryKeys: config.primaryKeys.map((pk) => pk.columns.map(name)),
    indexes: Object.fromEntries(
      config.indexes.map((i) => [
        i.config.name,
        { columns: i.config.columns.map(name), unique: i.config.unique, where: i.config.where ? renderSql(i.config.where) : null },
      ]),
    ),
    foreignKeys: Object.fromEntries(
      config.foreignKeys.map((fk) => {
        const ref = fk.reference();
        const from = ref.columns.map(name).join(",");
        const to = `${getName(ref.foreignTable)}(${ref.foreignColumns.map(name).join(",")})`;
        return [from, { references: to, onDelete: fk.onDelete ?? "no action" }];
      }),
    ),
    uniqueConstraints: config.uniqueConstraints.map((u) => u.getName() ?? "").sort(),
    checks: config.checks.map((c) => c.name).sort(),
  };
}

function getName(table: SQLiteTable | PgTable): string {
  return is(table, SQLiteTable) ? sqliteTableConfig(table).name : pgTableConfig(table as PgTable).name;
}

const sqliteDialect = new SQLiteSyncDialect();
const pgDialect = new PgDialect();

function sqliteShapes(): Map<string, Shape> {
  const tables = (Object.values(sqliteSchema) as unknown[]).filter((v): v is SQLiteTable => is(v, SQLiteTable));
  return new Map(tables.map((t) => {
    const config = sqliteTableConfig(t);
    return [config.name, shape(config, (where) => sqliteDialect.sqlToQuery(where).sql)];
  }));
}

function pgShapes(): Map<string, Shape> {
  const tables = (Object.values(pgSchema) as unknown[]).filter((v): v is PgTable => is(v, PgTable));
  return new Map(tables.map((t) => {
    const config = pgTableConfig(t);
    return [config.name, shape(config, (where) => pgDialect.sqlToQuery(where).sql)];
  }));
}

/** The differences between two schemas' shapes, one readable line each; empty when they match. */
export function schemaDifferences(a: Map<string, Shape>, b: Map<string, Shape>): string[] {
  const out: string[] = [];
  for (const name of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(name);
    const y = b.get(name);
    if (!x || !y) {
      out.push(`table ${name}: only in ${x ? "SQLite" : "PostgreSQL"}`);
      continue;
    }
    for (const part of Object.keys(x) as (keyof Shape)[]) {
      const left = x[part] as unknown;
      const right = y[part] as unknown;
      if (Array.isArray(left)) {
        if (JSON.stringify(left) !== JSON.stringify(right)) out.push(`${name}.${part}: SQLite ${JSON.stringify(left)} vs PostgreSQL ${JSON.stringify(right)}`);
        continue;
      }
      const l = left as Record<string, unknown>;
      const r = right as Record<string, unknown>;
      for (const key of new Set([...Object.keys(l), ...Object.keys(r)])) {
        if (JSON.stringify(l[key]) !== JSON.stringify(r[key])) {
          out.push(`${name}.${part}.${key}: SQLite ${JSON.stringify(l[key]) ?? "missing"} vs PostgreSQL ${JSON.stringify(r[key]) ?? "missing"}`);
        }
      }
    }
  }
  return out;
}

describe("the SQLite and PostgreSQL schemas", () => {
  const sqlite = sqliteShapes();
  const pg = pgShapes();

  it("define the same tables", () => {
    expect([...pg.keys()].sort()).toEqual([...sqlite.keys()].sort());
    expect(sqlite.size).toBeGreaterThan(20);
  });

  it("define the same columns, keys, indexes, foreign keys and constraints", () => {
    expect(schemaDifferences(sqlite, pg)).toEqual([]);
  });

  it("compare what they claim to: a column or index on one side only is a difference", () => {
    const changed = new Map(pg);
    const posts = structuredClone(pg.get("posts")!);
    posts.columns.extra = { notNull: false, primary: false, hasDefault: false, dataType: "string", enumValues: null };
    delete posts.indexes.posts_latest_idx;
    posts.indexes.posts_author_idx!.unique = true;
    posts.foreignKeys.board_id!.onDelete = "cascade";
    changed.set("posts", posts);
    changed.delete("uploads");
    const differences = schemaDifferences(sqlite, changed);
    expect(differences).toHaveLength(5);
    for (const part of ["posts.columns.extra", "posts.indexes.posts_latest_idx", "posts.indexes.posts_author_idx", "posts.foreignKeys.board_id"]) {
      expect(differences.some((d) => d.startsWith(`${part}:`)), part).toBe(true);
    }
    expect(differences).toContain("table uploads: only in SQLite");
  });

  it("render partial indexes' conditions the same way", () => {
    expect(pg.get("comments")!.indexes.comments_held_idx!.where).toBe(`"comments"."status" = 'held'`);
    expect(sqlite.get("appeals")!.indexes.appeals_open_uq!.where).toBe(pg.get("appeals")!.indexes.appeals_open_uq!.where);
  });
});
