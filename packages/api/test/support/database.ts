import { afterAll, beforeAll } from "vitest";
import type { PrismaClient } from "@tally/db";
import { createTestDatabase } from "@tally/db/testing";

/** A fresh database for the test file, dropped when the file is done. */
export function useTestDatabase(): () => PrismaClient {
  let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });
  return () => {
    if (!database) throw new Error("The test database is not ready yet.");
    return database.prisma;
  };
}
