import pg from "pg";
import { describe, expect, it } from "vitest";
import { databaseUrl } from "../url";
import { createTestDatabase } from "./create-test-database";
import { isServerReachable, testServerUrl } from "./server";

async function databaseExists(name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl(testServerUrl(), "postgres") });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return rowCount === 1;
  } finally {
    await client.end();
  }
}

const serverReachable = await isServerReachable();

describe("createTestDatabase", () => {
  it.skipIf(!serverReachable)("creates a migrated PostgreSQL database of its own and drops it", async () => {
    const database = await createTestDatabase();
    const name = new URL(database.url).pathname.slice(1);
    expect(database.kind).toBe("postgresql");
    expect(name).toMatch(/^tally_test_[0-9a-f]+$/);
    expect(await databaseExists(name)).toBe(true);
    expect(await database.prisma.organization.count()).toBe(0);

    const other = await createTestDatabase();
    expect(other.url).not.toBe(database.url);
    await other.drop();

    // An open connection must not keep the database alive: DROP … WITH (FORCE).
    await database.prisma.$queryRaw`SELECT 1`;
    await database.drop();
    await database.drop();
    expect(await databaseExists(name)).toBe(false);
  });

  it.skipIf(!serverReachable)("names the database with the prefix it is given, and refuses one that is not a plain identifier", async () => {
    const database = await createTestDatabase({ namePrefix: "tally_bench" });
    try {
      expect(new URL(database.url).pathname.slice(1)).toMatch(/^tally_bench_[0-9a-f]+$/);
    } finally {
      await database.drop();
    }
    await expect(createTestDatabase({ namePrefix: 'x"; DROP' })).rejects.toThrow(/plain lower-case identifier/);
  });

  it("falls back to a migrated in-memory PGlite when no server answers", async () => {
    const database = await createTestDatabase({ serverUrl: "postgresql://postgres@127.0.0.1:1" });
    try {
      expect(database.kind).toBe("pglite");
      await database.prisma.organization.create({ data: { name: "Fallback", slug: "fallback" } });
      expect(await database.prisma.organization.count()).toBe(1);
    } finally {
      await database.drop();
    }
  });
});
