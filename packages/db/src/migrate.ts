import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { closeEmbedded, isEmbeddedOpen, openEmbedded } from "./embedded/open";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "./migrations/paths";
import { resolveTarget, type DatabaseTarget, type TargetOptions } from "./target";
import { redact } from "./url";

export type MigrateOptions = TargetOptions & { migrationsDir?: string };

export type MigrateResult = { appliedMigrationNames: string[]; target: string };

/**
 * Applies the committed migrations that the database lacks (`prisma migrate deploy`), recording them
 * in `_prisma_migrations` as the Prisma CLI does. The embedded folder is used under its lock.
 */
export async function migrateDatabase(options: MigrateOptions = {}): Promise<MigrateResult> {
  const target = resolveTarget(options);
  // Loaded here, not at the top, so that importing this package never pulls in the wasm engine.
  const { openSchemaEngine, NO_FILTERS } = await import("./migrations/engine");
  const { readMigrationList } = await import("./migrations/files");

  const appliedMigrationNames = await withMigrationAdapter(target, async (factory) => {
    const engine = await openSchemaEngine(factory, SCHEMA_PATH);
    try {
      const migrationsList = readMigrationList(options.migrationsDir ?? MIGRATIONS_DIR);
      return (await engine.applyMigrations({ migrationsList, filters: NO_FILTERS })).appliedMigrationNames;
    } finally {
      engine.free();
    }
  });
  return { appliedMigrationNames, target: target.kind === "postgresql" ? redact(target.url) : target.dir };
}

/** Runs `work` on an adapter for `target`, then gives back what was opened for it. */
async function withMigrationAdapter<T>(
  target: DatabaseTarget,
  work: (factory: SqlMigrationAwareDriverAdapterFactory) => Promise<T>,
): Promise<T> {
  if (target.kind === "postgresql") {
    // Our own pool, because the engine does not dispose of its adapter when freed.
    const pool = new pg.Pool({ connectionString: target.url, max: 1 });
    try {
      return await work(new PrismaPg(pool));
    } finally {
      await pool.end();
    }
  }
  const { pgliteMigrationFactory } = await import("./migrations/pglite-factory");
  // A folder this process already serves stays open; one opened just for migrating is closed again.
  const openedHere = !isEmbeddedOpen(target.dir);
  try {
    return await work(pgliteMigrationFactory(openEmbedded(target.dir)));
  } finally {
    if (openedHere) await closeEmbedded(target.dir);
  }
}
