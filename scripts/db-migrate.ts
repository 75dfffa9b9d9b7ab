// `npm run db:migrate`: brings the database up to date: DATABASE_URL's PostgreSQL (db/migrations-pg) when it is set,
// else DATABASE_PATH's SQLite file (db/migrations). The server also does this at start.
import { closeDatabase, databasePath, databaseReady, usesPostgres } from "../db";

await databaseReady();
console.log(`Migrated ${usesPostgres() ? "the PostgreSQL database at DATABASE_URL" : databasePath()}`);
await closeDatabase();
