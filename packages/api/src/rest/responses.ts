import type { z } from "zod";
import type { ZodOpenApiResponseObject, ZodOpenApiResponsesObject } from "zod-openapi";
import { PROBLEM_CONTENT_TYPE, PROBLEM_KINDS, type ProblemKind } from "./problem";
import { problemSchema, rateLimitHeadersSchema, retryAfterHeadersSchema } from "./schemas/common";

const PROBLEM_DESCRIPTIONS: Partial<Record<ProblemKind, string>> = {
  "bad-request": "The body is not valid JSON, or a header is malformed.",
  unauthorized: "No API key, or one that is unknown, revoked or expired.",
  forbidden: "A read-only key tried to write.",
  "not-found": "No such KPI or value that this key may see: another organization's, or outside the key's team.",
  conflict: "A request with the same Idempotency-Key is still in progress.",
  "payload-too-large": "The body is over its size limit.",
  "unsupported-media-type": "The body is not of the content type this endpoint reads.",
  "validation-failed": "A field was refused; `errors` names each one.",
  "rate-limited": "The key's requests per minute are spent.",
};

function problemResponse(kind: ProblemKind): ZodOpenApiResponseObject {
  const response: ZodOpenApiResponseObject = {
    description: PROBLEM_DESCRIPTIONS[kind] ?? PROBLEM_KINDS[kind].title,
    content: { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema } },
  };
  // A request without a valid key is counted against no key: its answer carries no RateLimit headers.
  if (kind !== "unauthorized") response.headers = kind === "rate-limited" ? retryAfterHeadersSchema : rateLimitHeadersSchema;
  return response;
}

/** The success answer and the failures every authenticated operation may give, plus the endpoint's own. */
export function responsesFor(success: { status: 200 | 201; description: string; schema: z.ZodType }, failures: ProblemKind[]): ZodOpenApiResponsesObject {
  const kinds: ProblemKind[] = ["unauthorized", ...failures, "rate-limited"];
  const statuses = new Map<number, ProblemKind[]>();
  for (const kind of kinds) statuses.set(PROBLEM_KINDS[kind].status, [...(statuses.get(PROBLEM_KINDS[kind].status) ?? []), kind]);
  const responses: Record<string, ZodOpenApiResponseObject> = {
    [String(success.status)]: { description: success.description, headers: rateLimitHeadersSchema, content: { "application/json": { schema: success.schema } } },
  };
  for (const [status, sharing] of statuses) {
    const response = problemResponse(sharing[0]!);
    if (sharing.length > 1) response.description = sharing.map((kind) => PROBLEM_DESCRIPTIONS[kind] ?? PROBLEM_KINDS[kind].title).join(" Or: ");
    responses[String(status)] = response;
  }
  return responses as ZodOpenApiResponsesObject;
}
