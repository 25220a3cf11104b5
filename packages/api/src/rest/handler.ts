import { db as processDb, type PrismaClient } from "@tally/db";
import { apiEnv } from "../env";
import { authenticateApiKey } from "../services/api-keys/authenticate";
import type { IntegrationActor } from "../services/actor";
import { readBoundedBody, requireContentType } from "./body";
import type { RestAnswer } from "./endpoint";
import { ENDPOINTS } from "./endpoints";
import { claimIdempotencyKey, completeIdempotencyKey, idempotencyKeyOf, releaseIdempotencyKey, requestFingerprint } from "./idempotency";
import { OPENAPI_PATH, openApiDocument } from "./openapi";
import { PROBLEM_CONTENT_TYPE, problemFromError, RestProblem } from "./problem";
import { consumeKeyBudget } from "./rate-limit";
import { API_BASE_PATH, RestRoutes } from "./routes";

export interface RestOptions {
  db?: PrismaClient;
  /** Requests per key per minute; API_RATE_LIMIT_PER_MINUTE by default. */
  rateLimitPerMinute?: number;
  now?: () => Date;
}

const routes = new RestRoutes(ENDPOINTS);

function respond(answer: RestAnswer, headers: Record<string, string>, head: boolean): Response {
  const problem = answer.status >= 400;
  const all = new Headers({ "Cache-Control": "no-store", ...headers });
  if (answer.body !== null && answer.body !== undefined) all.set("Content-Type", problem ? PROBLEM_CONTENT_TYPE : "application/json");
  const text = answer.body === null || answer.body === undefined ? null : JSON.stringify(answer.body);
  return new Response(head ? null : text, { status: answer.status, headers: all });
}

function problemResponse(problem: RestProblem, headers: Record<string, string>, head: boolean): Response {
  return respond({ status: problem.status, body: problem.toProblem() }, { ...headers, ...problem.headers }, head);
}

/**
 * Answers one request to /api/v1: routes it, authenticates the key, counts it against the key's rate limit,
 * bounds and checks the body, replays or claims its Idempotency-Key, runs the endpoint and maps whatever fails
 * to RFC 9457 problem+json. The OpenAPI document is public.
 */
export async function handleRestRequest(request: Request, options: RestOptions = {}): Promise<Response> {
  const url = new URL(request.url);
  const method = request.method.toUpperCase();
  const head = method === "HEAD";
  let headers: Record<string, string> = {};
  try {
    if (!url.pathname.startsWith(API_BASE_PATH)) throw new RestProblem("not-found", `No such endpoint: ${url.pathname}.`);
    const path = url.pathname.slice(API_BASE_PATH.length) || "/";
    if (path === OPENAPI_PATH) {
      if (method !== "GET" && method !== "HEAD") throw new RestProblem("method-not-allowed", `${OPENAPI_PATH} answers GET only.`, [], { Allow: "GET, HEAD" });
      return respond({ status: 200, body: openApiDocument() }, { "Cache-Control": "public, max-age=300" }, head);
    }
    const match = routes.match(method, path);
    if (match.kind === "unknown") throw new RestProblem("not-found", `No such endpoint: ${method} ${url.pathname}. The reference lists every endpoint at /docs/api.`);
    if (match.kind === "wrong-method") {
      const allow = match.allow.join(", ");
      if (method === "OPTIONS") return new Response(null, { status: 204, headers: { Allow: allow } });
      throw new RestProblem("method-not-allowed", `${url.pathname} does not answer ${method}. It answers ${allow}.`, [], { Allow: allow });
    }
    const { endpoint, params } = match;
    const db = options.db ?? processDb();
    const now = options.now?.() ?? new Date();
    const actor: IntegrationActor = await authenticateApiKey(db, request.headers.get("authorization"), now);
    headers = (await consumeKeyBudget(db, actor.apiKeyId, options.rateLimitPerMinute ?? apiEnv.apiRateLimitPerMinute)).headers;
    if (endpoint.writes && actor.scope !== "read_write") {
      throw new RestProblem("forbidden", "This API key may only read. An admin can create a read-and-record key in Settings → API keys.");
    }
    const contentType = request.headers.get("content-type");
    let body: Uint8Array = new Uint8Array(0);
    if (endpoint.body !== "none") {
      requireContentType(contentType, endpoint.body);
      body = await readBoundedBody(request, endpoint.body);
    }
    const key = method === "POST" ? idempotencyKeyOf(request.headers.get("idempotency-key")) : null;
    const context = { db, actor, params, url, body, contentType, now };
    if (!key) return respond(await endpoint.handle(context), headers, head);

    const scope = { orgId: actor.orgId, apiKeyId: actor.apiKeyId, key };
    const claim = await claimIdempotencyKey(db, scope, requestFingerprint(method, url, body), now);
    if (claim.kind === "replay") return respond(claim.answer, { ...headers, "Idempotent-Replayed": "true" }, head);
    let answer: RestAnswer;
    try {
      answer = await endpoint.handle(context);
    } catch (error) {
      const problem = problemFromError(error);
      // A refusal is the request's answer and is replayed like a success; a failure on our side frees the key.
      if (problem.status >= 500 || problem.kind === "rate-limited") await releaseIdempotencyKey(db, scope);
      else await completeIdempotencyKey(db, scope, { status: problem.status, body: problem.toProblem() });
      throw problem;
    }
    await completeIdempotencyKey(db, scope, answer);
    return respond(answer, headers, head);
  } catch (error) {
    const problem = problemFromError(error);
    if (problem.kind === "internal-error") console.error("REST request failed:", method, url.pathname, problem.cause ?? error);
    const extra: Record<string, string> = problem.kind === "unauthorized" ? { "WWW-Authenticate": 'Bearer realm="Tally API"' } : {};
    return problemResponse(problem, { ...headers, ...extra }, head);
  }
}
