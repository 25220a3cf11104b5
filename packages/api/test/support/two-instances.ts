import { afterAll, beforeAll } from "vitest";
import { createPrismaClient, type PrismaClient } from "@tally/db";
import { createTestDatabase } from "@tally/db/testing";

export interface TwoInstances {
  /** The test's client. */
  db: PrismaClient;
  /**
   * A second client on the same database with its own connections, as a second server instance has. On the
   * in-memory fallback there is only one connection to share, so it is the same client.
   */
  other: PrismaClient;
}

/** A fresh database for the test file, reachable through two clients; dropped when the file is done. */
export function useTwoInstances(): () => TwoInstances {
  let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  let other: PrismaClient | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    other = database.kind === "postgresql" ? createPrismaClient({ databaseUrl: database.url }) : database.prisma;
  });
  afterAll(async () => {
    if (other && other !== database?.prisma) await other.$disconnect();
    await database?.drop();
  });
  return () => {
    if (!database || !other) throw new Error("The test database is not ready yet.");
    return { db: database.prisma, other };
  };
}
