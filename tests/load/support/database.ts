import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrateDatabase } from "@tally/db/migrate";
import { testServerUrl } from "@tally/db/testing";

export interface MigratedDatabase {
  url: string;
  name: string;
  /** Deletes the database, disconnecting whoever still uses it. Safe to call twice. */
  drop(): Promise<void>;
}

function urlOf(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: urlOf(serverUrl, "postgres") });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * A new database on the PostgreSQL server of TEST_DATABASE_URL (else 127.0.0.1:5432), migrated by the db package's
 * own migrate command (with its `_prisma_migrations` bookkeeping), so that a production server started on it finds
 * it up to date, as it would a real installation.
 */
export async function createMigratedDatabase(prefix: string): Promise<MigratedDatabase> {
  if (!/^[a-z_][a-z0-9_]*$/.test(prefix)) throw new Error(`The database prefix must be a plain lower-case name, not "${prefix}".`);
  const serverUrl = testServerUrl();
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  let dropped: Promise<void> | undefined;
  const database: MigratedDatabase = {
    url: urlOf(serverUrl, name),
    name,
    drop: () => (dropped ??= onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
  try {
    await migrateDatabase({ databaseUrl: database.url });
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}
