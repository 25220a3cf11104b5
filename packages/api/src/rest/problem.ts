import type { z } from "zod";
import { DomainError, type DomainErrorKind } from "../services/errors";
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable, UNAVAILABLE_RETRY_AFTER_SECONDS } from "../trpc/errors";

/** One field an error belongs to: a JSON Pointer into the body, a path or query parameter, or a line of a file. */
export interface ProblemFieldError {
  detail: string;
  pointer?: string;
  parameter?: string;
  /** For an imported file: the line the error belongs to, the header being line 1. */
  line?: number;
}

/** An RFC 9457 problem: what the API answers for every failure, as application/problem+json. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: ProblemFieldError[];
}

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** The kinds of failure, each with its status and title; `type` points at its explanation in the reference. */
export const PROBLEM_KINDS = {
  "bad-request": { status: 400, title: "Bad request" },
  unauthorized: { status: 401, title: "Unauthorized" },
  forbidden: { status: 403, title: "Forbidden" },
  "not-found": { status: 404, title: "Not found" },
  "method-not-allowed": { status: 405, title: "Method not allowed" },
  conflict: { status: 409, title: "Conflict" },
  "payload-too-large": { status: 413, title: "Payload too large" },
  "unsupported-media-type": { status: 415, title: "Unsupported media type" },
  "validation-failed": { status: 422, title: "Validation failed" },
  "idempotency-key-reused": { status: 422, title: "Idempotency key reused" },
  "rate-limited": { status: 429, title: "Too many requests" },
  "internal-error": { status: 500, title: "Internal error" },
  unavailable: { status: 503, title: "Service unavailable" },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemKind = keyof typeof PROBLEM_KINDS;

export function problemTypeUri(kind: ProblemKind): string {
  return `/docs/api#problem-${kind}`;
}

/** A failure on its way out: thrown anywhere in the REST layer, answered by the handler. */
export class RestProblem extends Error {
  constructor(
    readonly kind: ProblemKind,
    readonly detail: string,
    readonly errors: ProblemFieldError[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = "RestProblem";
  }

  get status(): number {
    return PROBLEM_KINDS[this.kind].status;
  }

  toProblem(): Problem {
    const { status, title } = PROBLEM_KINDS[this.kind];
    return { type: problemTypeUri(this.kind), title, status, detail: this.detail, ...(this.errors.length ? { errors: this.errors } : {}) };
  }
}

const KIND_OF_DOMAIN_ERROR: Record<DomainErrorKind, ProblemKind> = {
  invalid: "validation-failed",
  not_found: "not-found",
  forbidden: "forbidden",
  conflict: "conflict",
  rate_limited: "rate-limited",
  unauthenticated: "unauthorized",
};

/** A service's dotted field ("entries.3.date") as a JSON Pointer ("/entries/3/date"). */
export function pointerOf(field: string): string {
  return `/${field.split(".").map((part) => part.replace(/~/g, "~0").replace(/\//g, "~1")).join("/")}`;
}

/**
 * Maps what a service threw. `fieldPlace` says where a service's field lives on the wire: a body pointer or a
 * parameter, or null to leave it out.
 */
export function problemFromError(error: unknown, fieldPlace: (field: string) => ProblemFieldError | null = (field) => ({ detail: "", pointer: pointerOf(field) })): RestProblem {
  if (error instanceof RestProblem) return error;
  if (error instanceof DomainError) {
    const place = error.field ? fieldPlace(error.field) : null;
    const headers: Record<string, string> = error.retryAfterMs !== null ? { "Retry-After": String(Math.max(1, Math.ceil(error.retryAfterMs / 1000))) } : {};
    return new RestProblem(KIND_OF_DOMAIN_ERROR[error.kind], error.message, place ? [{ ...place, detail: error.message }] : [], headers);
  }
  if (isDatabaseUnavailable(error)) {
    return new RestProblem("unavailable", DATABASE_UNAVAILABLE, [], { "Retry-After": String(UNAVAILABLE_RETRY_AFTER_SECONDS) });
  }
  const failure = new RestProblem("internal-error", "Something went wrong on our side. Try again; if it keeps happening, tell us what you sent.");
  failure.cause = error;
  return failure;
}

/** zod's issues as field errors: `where` turns an issue's path into a pointer or a parameter. */
export function fieldErrorsOf(error: z.ZodError, where: (path: PropertyKey[]) => Omit<ProblemFieldError, "detail">): ProblemFieldError[] {
  return error.issues.map((issue) => ({ ...where(issue.path), detail: issue.message }));
}

export function bodyPointer(path: PropertyKey[]): Omit<ProblemFieldError, "detail"> {
  return { pointer: path.length ? pointerOf(path.map(String).join(".")) : "" };
}

export function parameterName(path: PropertyKey[]): Omit<ProblemFieldError, "detail"> {
  return { parameter: String(path[0] ?? "") };
}
