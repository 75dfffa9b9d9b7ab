// `npm run db:migrate`: applies the migrations in db/migrations to DATABASE_PATH (the server also does this at start).
import { closeDatabase, databasePath, getSqlite } from "../db";

getSqlite();
console.log(`Migrated ${databasePath()}`);
closeDatabase();
