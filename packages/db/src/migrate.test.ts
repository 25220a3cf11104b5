import { createHash, randomBytes } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { createPrismaClient, disconnectDb } from "./client";
import { migrateDatabase } from "./migrate";
import { readMigrationScripts } from "./migrations/files";
import { MIGRATIONS_DIR } from "./migrations/paths";
import { isServerReachable, testServerUrl } from "./testing/server";
import { databaseUrl } from "./url";

const committed = readMigrationScripts(MIGRATIONS_DIR);
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

type Row = { migration_name: string; checksum: string; finished_at: Date | null };

describe("migrateDatabase on an embedded folder", () => {
  const dirs: string[] = [];
  afterEach(async () => {
    await disconnectDb();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("applies every committed migration once, records them as Prisma does, and applies nothing the second time", async () => {
    expect(committed.length).toBeGreaterThan(0);
    expect(committed[0]?.name).toMatch(/^\d{14}_init$/);
    expect(committed.map((m) => m.name)).toEqual(committed.map((m) => m.name).sort());
    const parent = mkdtempSync(join(tmpdir(), "tally-migrate-"));
    dirs.push(parent);
    const pgliteDir = join(parent, "pglite");

    const first = await migrateDatabase({ pgliteDir });
    expect(first.appliedMigrationNames).toEqual(committed.map((m) => m.name));
    const second = await migrateDatabase({ pgliteDir });
    expect(second.appliedMigrationNames).toEqual([]);

    const prisma = createPrismaClient({ pgliteDir });
    const rows = await prisma.$queryRaw<Row[]>`SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows.map((row) => row.migration_name)).toEqual(committed.map((m) => m.name));
    for (const row of rows) {
      expect(row.checksum).toBe(sha256(readFileSync(join(MIGRATIONS_DIR, row.migration_name, "migration.sql"), "utf8")));
      expect(row.finished_at).not.toBeNull();
    }
    expect(await prisma.organization.count()).toBe(0);
  });

  it("reports a failing migration instead of recording it as applied", async () => {
    const parent = mkdtempSync(join(tmpdir(), "tally-migrate-"));
    dirs.push(parent);
    const migrationsDir = join(parent, "migrations");
    cpSync(MIGRATIONS_DIR, migrationsDir, { recursive: true });
    mkdirSync(join(migrationsDir, "20990101000000_broken"));
    writeFileSync(join(migrationsDir, "20990101000000_broken", "migration.sql"), 'ALTER TABLE "NoSuchTable" ADD COLUMN "x" TEXT;');
    const pgliteDir = join(parent, "pglite");

    await expect(migrateDatabase({ pgliteDir, migrationsDir })).rejects.toThrow(/NoSuchTable/);
    const prisma = createPrismaClient({ pgliteDir });
    const rows = await prisma.$queryRaw<Row[]>`SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows.map((row) => [row.migration_name, row.finished_at !== null])).toEqual([
      ...committed.map((m) => [m.name, true]),
      ["20990101000000_broken", false],
    ]);
  });
});

describe.skipIf(!(await isServerReachable()))("migrateDatabase on PostgreSQL", () => {
  it("applies init to an empty database and nothing the second time", async () => {
    const name = `tally_test_${randomBytes(8).toString("hex")}`;
    const admin = new pg.Client({ connectionString: databaseUrl(testServerUrl(), "postgres") });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    try {
      const url = databaseUrl(testServerUrl(), name);
      expect((await migrateDatabase({ databaseUrl: url })).appliedMigrationNames).toEqual(committed.map((m) => m.name));
      expect((await migrateDatabase({ databaseUrl: url })).appliedMigrationNames).toEqual([]);
    } finally {
      await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });
});
