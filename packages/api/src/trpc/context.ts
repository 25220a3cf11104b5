import type { PrismaClient } from "@tally/db";

export interface TrpcContext {
  db: PrismaClient;
  /** Id of the server-side session named by the request's cookie, if any; checked against the database. */
  sessionId: string | null;
  /** Client address, for rate limiting and the audit log. */
  ip: string;
  userAgent: string | null;
}

/** Reads the client address the way a reverse proxy in front of the app reports it. */
export function clientIpFrom(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}
