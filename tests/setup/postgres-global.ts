// The unit suite on PostgreSQL (RAPPORT_TEST_ENGINE=postgres, `npm run test:unit:pg`): one throwaway cluster for the
// whole run, and a migrated template database that each test file copies into a database of its own
// (tests/setup/database.ts). Without that setting it does nothing, and the suite runs on SQLite.
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migratePostgres } from "../../db/migrate-pg";
import { startCluster } from "../../scripts/postgres/cluster";

declare module "vitest" {
  export interface ProvidedContext {
    /** The cluster's address (its `postgres` database), or "" when the suite runs on SQLite. */
    postgresCluster: string;
  }
}

export const TEMPLATE_DATABASE = "rapport_template";

export default async function setup(project: TestProject) {
  if (process.env.RAPPORT_TEST_ENGINE !== "postgres") {
    project.provide("postgresCluster", "");
    return;
  }
  const cluster = await startCluster();
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  const template = new pg.Pool({ connectionString: databaseUrl(cluster.url, TEMPLATE_DATABASE), max: 1 });
  await migratePostgres(template);
  await template.end();
  project.provide("postgresCluster", cluster.url);
  return () => cluster.stop();
}

/** The same cluster's address for another database. */
export function databaseUrl(clusterUrl: string, database: string): string {
  const url = new URL(clusterUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
