// Run by lock.test.ts as a separate process: opens the embedded folder given as argument and
// reports the outcome on stdout/stderr and in the exit code.
import { checkDatabase } from "../check";
import { createPrismaClient, disconnectDb } from "../client";

const dir = process.argv[2];
if (!dir) throw new Error("usage: lock-child.ts <pglite dir>");
try {
  const result = await checkDatabase(createPrismaClient({ pgliteDir: dir }), 30_000);
  if (!result.ok) throw new Error(result.error);
  console.log("opened");
  await disconnectDb();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
