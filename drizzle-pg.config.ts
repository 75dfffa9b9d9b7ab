// drizzle-kit for the PostgreSQL engine: `npm run db:generate:pg`. The SQLite engine's is drizzle.config.ts; a schema
// change goes into db/schema.ts and db/schema-pg.ts and is generated for both (tests/db/schema-parity.test.ts).
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema-pg.ts",
  out: "./db/migrations-pg",
  dbCredentials: { url: process.env.DATABASE_URL || "postgres://localhost/rapport" },
});
