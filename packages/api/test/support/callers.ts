import type { PrismaClient } from "@tally/db";
import { createCaller } from "../../src/root";

export type Caller = ReturnType<typeof createCaller>;

export function callerFor(db: PrismaClient, sessionId: string | null, ip = "198.51.100.7"): Caller {
  return createCaller({ db, sessionId, ip, userAgent: "vitest", baseUrl: "http://tally.test" });
}

/** Resolves to the tRPC error code a call fails with, or "OK" when it succeeds. */
export async function outcomeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "OK";
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string") return code;
    throw error;
  }
}
