import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { TRANSACTION_OPTIONS } from "../client";
import { PrismaClient } from "../generated/prisma/client";
import { readMigrationScripts, type MigrationScript } from "../migrations/files";
import { MIGRATIONS_DIR } from "../migrations/paths";
import { databaseUrl, redact } from "../url";
import { testServerUrl } from "./server";

export type TestDatabase = {
  prisma: PrismaClient;
  /** The new database's URL; `memory://` for the embedded fallback. */
  url: string;
  kind: "postgresql" | "pglite";
  /** Disconnects and deletes the database. Safe to call twice. */
  drop(): Promise<void>;
};

export type CreateTestDatabaseOptions = {
  /** Any URL on the server to use. Defaults to TEST_DATABASE_URL, else the local server. */
  serverUrl?: string;
  /** The start of the new database's name, a plain lower-case identifier. Defaults to `tally_test`. */
  namePrefix?: string;
};

const CONNECT_TIMEOUT_MS = 2_000;
let migrations: MigrationScript[] | undefined;
let warnedAboutFallback = false;

// A brand-new database needs no bookkeeping or locking, so the committed scripts are run as they
// are: much faster than the schema engine, and the same SQL that `pnpm db:migrate` applies.
const committedMigrations = () => (migrations ??= readMigrationScripts(MIGRATIONS_DIR));

/**
 * A fresh, fully migrated database of its own for a test file: a uniquely named database on the
 * PostgreSQL server, or an in-memory PGlite when no server answers within two seconds.
 */
export async function createTestDatabase(options: CreateTestDatabaseOptions = {}): Promise<TestDatabase> {
  const serverUrl = options.serverUrl ?? testServerUrl();
  const admin = new pg.Client({
    connectionString: databaseUrl(serverUrl, "postgres"),
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  try {
    await admin.connect();
  } catch (error) {
    await admin.end().catch(() => {});
    if (!warnedAboutFallback) {
      warnedAboutFallback = true;
      const reason = error instanceof Error ? error.message : String(error);
      process.stderr.write(`createTestDatabase: no PostgreSQL at ${redact(serverUrl)} (${reason}); using in-memory PGlite.\n`);
    }
    return createPgliteDatabase();
  }

  const prefix = options.namePrefix ?? "tally_test";
  if (!/^[a-z_][a-z0-9_]*$/.test(prefix)) throw new Error(`A database name prefix must be a plain lower-case identifier, not "${prefix}".`);
  const name = `${prefix}_${randomBytes(8).toString("hex")}`;
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(serverUrl, name);
  const dropDatabase = async () => {
    const client = new pg.Client({ connectionString: databaseUrl(serverUrl, "postgres") });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await client.end();
    }
  };

  try {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      for (const { sql } of committedMigrations()) await client.query(sql);
    } finally {
      await client.end();
    }
  } catch (error) {
    await dropDatabase();
    throw error;
  }

  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), transactionOptions: TRANSACTION_OPTIONS });
  const drop = once(async () => {
    await prisma.$disconnect();
    await dropDatabase();
  });
  return { prisma, url, kind: "postgresql", drop };
}

async function createPgliteDatabase(): Promise<TestDatabase> {
  const pglite = new PGlite("memory://");
  for (const { sql } of committedMigrations()) await pglite.exec(sql);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite), transactionOptions: TRANSACTION_OPTIONS });
  const drop = once(async () => {
    await prisma.$disconnect();
    await pglite.close();
  });
  return { prisma, url: "memory://", kind: "pglite", drop };
}

function once(action: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= action());
}
