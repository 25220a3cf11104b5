import { TRPCError } from "@trpc/server";

type FieldErrorCode = "BAD_REQUEST" | "CONFLICT" | "FORBIDDEN" | "TOO_MANY_REQUESTS";

/** The cause of an error that belongs next to one form field. */
export class FieldErrorCause extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "FieldErrorCause";
  }
}

export function fieldError(field: string, message: string, code: FieldErrorCode = "BAD_REQUEST"): TRPCError {
  return new TRPCError({ code, message, cause: new FieldErrorCause(field, message) });
}

export function notFound(what = "This page"): TRPCError {
  return new TRPCError({ code: "NOT_FOUND", message: `${what} could not be found.` });
}

export function tooManyRequests(retryAfterMs: number): TRPCError {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return new TRPCError({
    code: "TOO_MANY_REQUESTS",
    message: `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
  });
}
