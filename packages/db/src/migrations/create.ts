import { PGlite } from "@electric-sql/pglite";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { NO_FILTERS, openSchemaEngine } from "./engine";
import { ensureMigrationLock, readMigrationList } from "./files";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "./paths";
import { pgliteMigrationFactory } from "./pglite-factory";

export type CreateMigrationOptions = { migrationsDir?: string; schemaPath?: string; now?: Date };
export type CreatedMigration = ({ path: string; sql: string } | { path: null }) & { wroteLockfile: boolean };

/** Lower-case words joined by underscores, as `prisma migrate dev --name` names its folders. */
export function migrationSlug(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
  if (!slug) throw new Error(`"${name}" is not usable as a migration name; use letters, digits and underscores.`);
  return slug;
}

/** Prisma's folder prefix: the UTC time as YYYYMMDDHHMMSS. */
function timestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/**
 * Writes `<timestamp>_<name>/migration.sql` with the difference between the committed migrations
 * and the schema, or returns `path: null` when there is none.
 *
 * The wasm engine's createMigration cannot obtain a shadow database from a driver adapter once
 * migrations exist, so this asks `diff` (migrations → schema), which does, for the same script.
 * The migrations are replayed into a throwaway in-memory PGlite: no local database is involved.
 */
export async function createMigration(name: string, options: CreateMigrationOptions = {}): Promise<CreatedMigration> {
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR;
  const schemaPath = options.schemaPath ?? SCHEMA_PATH;
  const slug = migrationSlug(name);
  const wroteLockfile = ensureMigrationLock(migrationsDir);

  const scratch = new PGlite("memory://");
  let script: string | null;
  try {
    const engine = await openSchemaEngine(pgliteMigrationFactory(scratch), schemaPath);
    try {
      const result = await engine.diff({
        from: { tag: "migrations", ...readMigrationList(migrationsDir) },
        to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: readFileSync(schemaPath, "utf8") }] },
        script: true,
        exitCode: true,
        filters: NO_FILTERS,
      });
      // exitCode 2 means "the diff is not empty".
      script = result.exitCode === 2 ? result.stdout : null;
    } finally {
      engine.free();
    }
  } finally {
    await scratch.close();
  }
  if (!script) return { path: null, wroteLockfile };

  const dir = join(migrationsDir, `${timestamp(options.now ?? new Date())}_${slug}`);
  if (existsSync(dir)) throw new Error(`${dir} already exists; wait a second and run again.`);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, "migration.sql");
  writeFileSync(path, script);
  return { path, sql: script, wroteLockfile };
}
