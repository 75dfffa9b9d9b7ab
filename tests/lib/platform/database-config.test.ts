import { describe, expect, it } from "vitest";
import { chooseDatabase, DatabaseConfigError } from "@/lib/platform/database-config";

const URL = "postgres://rapport:secret@db.internal:5432/rapport";

describe("chooseDatabase", () => {
  it("is SQLite without DATABASE_URL, or with a blank one", () => {
    expect(chooseDatabase({})).toEqual({ engine: "sqlite" });
    expect(chooseDatabase({ DATABASE_URL: "  " })).toEqual({ engine: "sqlite" });
  });

  it("is PostgreSQL for a postgres:// or postgresql:// address with AUTH_SECRET set", () => {
    expect(chooseDatabase({ DATABASE_URL: URL, AUTH_SECRET: "s3cret" })).toEqual({ engine: "postgres", url: URL });
    expect(chooseDatabase({ DATABASE_URL: "postgresql://h/db", AUTH_SECRET: "s3cret" }).engine).toBe("postgres");
  });

  it("refuses DATABASE_URL without AUTH_SECRET, saying every node needs the same one", () => {
    expect(() => chooseDatabase({ DATABASE_URL: URL })).toThrow(DatabaseConfigError);
    expect(() => chooseDatabase({ DATABASE_URL: URL, AUTH_SECRET: " " })).toThrow(/AUTH_SECRET must be set too, to the same value on every node/);
  });

  it("refuses an address that is not PostgreSQL's, whatever else is set", () => {
    for (const DATABASE_URL of ["mysql://h/db", "./data/rapport.db", "file:rapport.db"]) {
      expect(() => chooseDatabase({ DATABASE_URL, AUTH_SECRET: "s3cret" })).toThrow(/must be a PostgreSQL address/);
    }
  });
});
