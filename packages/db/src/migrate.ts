import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { closeEmbedded, isEmbeddedOpen, openEmbedded } from "./embedded/open";
import { readEnv } from "./env";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "./migrations/paths";
import { redact } from "./url";

export type MigrateOptions = {
  /** A postgresql:// URL. Defaults to DATABASE_URL. */
  databaseUrl?: string;
  /** The embedded database folder, used when no URL is given. Defaults to PGLITE_DIR. */
  pgliteDir?: string;
  migrationsDir?: string;
};

export type MigrateResult = { appliedMigrationNames: string[]; target: string };

/**
 * Applies the committed migrations that the database lacks (`prisma migrate deploy`), recording them
 * in `_prisma_migrations` as the Prisma CLI does. The embedded folder is used under its lock.
 */
export async function migrateDatabase(options: MigrateOptions = {}): Promise<MigrateResult> {
  const env = options.databaseUrl || options.pgliteDir ? undefined : readEnv();
  const url = options.databaseUrl ?? env?.DATABASE_URL;
  const pgliteDir = options.pgliteDir ?? env?.PGLITE_DIR ?? readEnv().PGLITE_DIR;

  // Loaded here, not at the top, so that importing this package never pulls in the wasm engine.
  const { openSchemaEngine, NO_FILTERS } = await import("./migrations/engine");
  const { readMigrationList } = await import("./migrations/files");
  const { pgliteMigrationFactory } = await import("./migrations/pglite-factory");

  // A folder this process already serves stays open; one opened just for migrating is closed again.
  // The pool is ours too: the engine does not dispose of its adapter when freed.
  const closeAfter = !url && !isEmbeddedOpen(pgliteDir);
  const pool = url ? new pg.Pool({ connectionString: url, max: 1 }) : undefined;
  const factory: SqlMigrationAwareDriverAdapterFactory = pool
    ? new PrismaPg(pool)
    : pgliteMigrationFactory(openEmbedded(pgliteDir));
  try {
    const engine = await openSchemaEngine(factory, SCHEMA_PATH);
    try {
      const { appliedMigrationNames } = await engine.applyMigrations({
        migrationsList: readMigrationList(options.migrationsDir ?? MIGRATIONS_DIR),
        filters: NO_FILTERS,
      });
      return { appliedMigrationNames, target: url ? redact(url) : pgliteDir };
    } finally {
      engine.free();
    }
  } finally {
    await pool?.end();
    if (closeAfter) await closeEmbedded(pgliteDir);
  }
}
