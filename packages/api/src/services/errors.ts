/**
 * Errors that services throw. They name what went wrong in the product's terms, not in a transport's: the tRPC
 * error formatter and the REST layer each map them to their own codes.
 */
export type DomainErrorKind = "invalid" | "not_found" | "forbidden" | "conflict" | "rate_limited" | "unauthenticated";

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    /** The input field the message belongs beside (a dotted path for repeated rows), or null for the whole input. */
    readonly field: string | null = null,
    /** For rate_limited: how long until a new attempt may succeed. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export function domainError(kind: DomainErrorKind, message: string): DomainError {
  return new DomainError(kind, message);
}

/** An error that belongs next to one field of the input. */
export function fieldError(field: string, message: string, kind: Exclude<DomainErrorKind, "not_found" | "unauthenticated"> = "invalid"): DomainError {
  return new DomainError(kind, message, field);
}

export function notFound(what = "This page"): DomainError {
  return new DomainError("not_found", `${what} could not be found.`);
}

export function tooManyRequests(retryAfterMs: number): DomainError {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return new DomainError("rate_limited", `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, null, retryAfterMs);
}
