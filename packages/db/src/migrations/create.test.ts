import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createMigration, migrationSlug } from "./create";
import { LOCKFILE_NAME } from "./files";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "./paths";

describe("createMigration", () => {
  const dirs: string[] = [];
  const scratch = () => {
    const dir = mkdtempSync(join(tmpdir(), "tally-migration-new-"));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("names folders the way prisma migrate dev does", () => {
    expect(migrationSlug("Add KPI targets!")).toBe("add_kpi_targets");
    expect(() => migrationSlug("--")).toThrow(/not usable/);
  });

  it("writes nothing while the schema matches the committed migrations", async () => {
    const migrationsDir = join(scratch(), "migrations");
    cpSync(MIGRATIONS_DIR, migrationsDir, { recursive: true });
    const before = readdirSync(migrationsDir).sort();
    expect(await createMigration("nothing", { migrationsDir })).toEqual({ path: null, wroteLockfile: false });
    expect(readdirSync(migrationsDir).sort()).toEqual(before);
  });

  it("writes only the difference once migrations exist, and the lock file when it is missing", async () => {
    const dir = scratch();
    const migrationsDir = join(dir, "migrations");
    cpSync(MIGRATIONS_DIR, migrationsDir, { recursive: true });
    rmSync(join(migrationsDir, LOCKFILE_NAME));
    const schemaPath = join(dir, "schema.prisma");
    writeFileSync(schemaPath, readFileSync(SCHEMA_PATH, "utf8").replace("  userAgent  String?\n", "  userAgent  String?\n  ipAddress  String?\n"));

    const result = await createMigration("session ip", { migrationsDir, schemaPath, now: new Date("2030-01-02T03:04:05Z") });
    const expectedPath = join(migrationsDir, "20300102030405_session_ip", "migration.sql");
    expect(result.path).toBe(expectedPath);
    expect(result.wroteLockfile).toBe(true);
    expect(readFileSync(join(migrationsDir, LOCKFILE_NAME), "utf8")).toContain('provider = "postgresql"');
    const sql = readFileSync(expectedPath, "utf8");
    expect(sql).toContain('ALTER TABLE "Session" ADD COLUMN');
    expect(sql).toContain('"ipAddress" TEXT');
    expect(sql).not.toContain("CREATE TABLE");
  });
});
