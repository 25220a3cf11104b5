import type { DomainErrorKind } from "../../services/errors";

export interface ProblemField {
  field: string;
  message: string;
}

const TITLES: Record<number, string> = {
  400: "Bad request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not found",
  409: "Conflict",
  429: "Too many requests",
  503: "Service unavailable",
};

export const STATUS_OF: Record<DomainErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
};

/** An RFC 9457 problem document: the status, a sentence a person can act on and, for bad input, each field's problem. */
export function problemResponse(status: number, detail: string, options: { errors?: ProblemField[]; headers?: Record<string, string> } = {}): Response {
  return new Response(
    JSON.stringify({ type: "about:blank", title: TITLES[status] ?? "Error", status, detail, ...(options.errors?.length ? { errors: options.errors } : {}) }),
    { status, headers: { "content-type": "application/problem+json", "cache-control": "no-store", ...options.headers } },
  );
}
