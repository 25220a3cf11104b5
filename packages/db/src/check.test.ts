import { describe, expect, it } from "vitest";
import { checkDatabase } from "./check";
import { PrismaClient } from "./generated/prisma/client";
import { createTestDatabase } from "./testing";
import { PrismaPg } from "@prisma/adapter-pg";

describe("checkDatabase", () => {
  it("answers ok for a live database", async () => {
    const database = await createTestDatabase();
    try {
      expect(await checkDatabase(database.prisma)).toMatchObject({ ok: true });
    } finally {
      await database.drop();
    }
  });

  it("reports a failure instead of throwing when the server is gone", async () => {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://postgres@127.0.0.1:1/none" }) });
    try {
      const result = await checkDatabase(prisma, 1_000);
      expect(result.ok).toBe(false);
    } finally {
      await prisma.$disconnect();
    }
  });
});
