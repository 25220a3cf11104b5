import type { PrismaClient } from "./generated/prisma/client";

export type DatabaseCheck = { ok: true; latencyMs: number } | { ok: false; error: string };

/** `SELECT 1` bounded by a timeout, for readiness probes that must answer even when the database hangs. */
export async function checkDatabase(client: PrismaClient, timeoutMs = 2_000): Promise<DatabaseCheck> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([client.$queryRaw`SELECT 1`, timeout]);
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
