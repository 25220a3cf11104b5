import { TRPCError } from "@trpc/server";
import { DATABASE_UNAVAILABLE } from "../http/outage";
import { DomainError, type DomainErrorKind } from "../services/errors";

const CODES: Record<DomainErrorKind, TRPCError["code"]> = {
  invalid: "BAD_REQUEST",
  not_found: "NOT_FOUND",
  forbidden: "FORBIDDEN",
  conflict: "CONFLICT",
  rate_limited: "TOO_MANY_REQUESTS",
  unauthenticated: "UNAUTHORIZED",
};

export { DATABASE_UNAVAILABLE };

/** Seconds a client should wait before retrying a call the database could not serve. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

const UNREACHABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "57P01", "57P03", "08006", "08001", "08003"]);
// "timeout expired" is node-postgres giving up on a connection attempt that got no answer.
const UNREACHABLE_TEXT = /ECONNREFUSED|ECONNRESET|Can't reach database server|Connection terminated|connection (?:is )?closed|the database system is (?:starting up|shutting down)|terminating connection|DatabaseNotReachable|ConnectionClosed|timeout exceeded when trying to connect|^timeout expired$/i;

/** True for an error that means the database could not be reached, not that the request was wrong. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  const { code, message, cause, kind } = error as { code?: unknown; message?: unknown; cause?: unknown; kind?: unknown };
  if (typeof code === "string" && UNREACHABLE_CODES.has(code)) return true;
  if (typeof kind === "string" && /NotReachable|ConnectionClosed|SocketTimeout|TooManyConnections/.test(kind)) return true;
  if (typeof message === "string" && UNREACHABLE_TEXT.test(message)) return true;
  // A raw query's failure (P2010) carries the driver's error in its meta, not as its cause.
  const { meta } = error as { meta?: { driverAdapterError?: unknown } };
  if (isDatabaseUnavailable(meta?.driverAdapterError, depth + 1)) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}

/** The tRPC error for what a service threw, or null when it is not a known kind of failure. */
export function toTrpcError(error: unknown): TRPCError | null {
  if (error instanceof DomainError) return new TRPCError({ code: CODES[error.kind], message: error.message, cause: error });
  if (isDatabaseUnavailable(error)) return new TRPCError({ code: "SERVICE_UNAVAILABLE", message: DATABASE_UNAVAILABLE, cause: error instanceof Error ? error : undefined });
  return null;
}
