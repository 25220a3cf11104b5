import type { PrismaClient } from "@tally/db";

export interface TrpcContext {
  db: PrismaClient;
  /** Id of the server-side session named by the request's cookie, if any; checked against the database. */
  sessionId: string | null;
  /** Client address, for rate limiting and the audit log. */
  ip: string;
  userAgent: string | null;
  /** Where the app is reached, for links in mail: APP_URL, or the address the request came to. */
  baseUrl: string;
}

/** Reads the client address the way a reverse proxy in front of the app reports it. */
export function clientIpFrom(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}

/** APP_URL when configured; otherwise the scheme and host the request was addressed to. */
export function baseUrlFrom(headers: Headers, configured: string | undefined): string {
  if (configured) return configured.replace(/\/+$/, "");
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost:3000";
  const proto = headers.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
