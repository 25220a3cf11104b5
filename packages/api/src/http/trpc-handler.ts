import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { MAX_BATCH_SIZE, MAX_REQUEST_BODY_BYTES } from "@tally/domain";
import { appRouter } from "../root";
import type { TrpcContext } from "../trpc/context";
import { UNAVAILABLE_RETRY_AFTER_SECONDS } from "../trpc/errors";
import { readBodyWithin } from "./bounded-body";

function tooLarge(): Response {
  return Response.json(
    { error: { json: { message: `The request is larger than ${MAX_REQUEST_BODY_BYTES / 1024 / 1024} MB.`, code: -32600, data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413 } } } },
    { status: 413 },
  );
}

/**
 * Answers one request to /api/trpc within the server's bounds: a body of at most 1 MB (read no further), at most
 * ten calls in a batch, and Retry-After on an answer the database could not give.
 */
export async function handleTrpcRequest(incoming: Request, createContext: (request: Request) => Promise<TrpcContext> | TrpcContext): Promise<Response> {
  let request = incoming;
  if (incoming.method === "POST") {
    const body = await readBodyWithin(incoming, MAX_REQUEST_BODY_BYTES);
    if (body === null) return tooLarge();
    request = new Request(incoming.url, { method: "POST", headers: incoming.headers, body });
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: () => createContext(request),
    responseMeta({ errors }) {
      const unavailable = errors.some((error) => error.code === "SERVICE_UNAVAILABLE");
      return unavailable ? { headers: { "Retry-After": String(UNAVAILABLE_RETRY_AFTER_SECONDS) } } : {};
    },
  });
}
