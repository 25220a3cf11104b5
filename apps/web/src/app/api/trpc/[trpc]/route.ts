import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@tally/api";
import { currentSessionId } from "@tally/api/auth";
import { createRequestContext, UNAVAILABLE_RETRY_AFTER_SECONDS } from "@tally/api/server";
import { MAX_BATCH_SIZE, MAX_REQUEST_BODY_BYTES } from "@tally/domain";
import { readBodyWithin } from "@/lib/bounded-body";

export const dynamic = "force-dynamic";

function tooLarge(): Response {
  return Response.json(
    { error: { message: `The request is larger than ${MAX_REQUEST_BODY_BYTES / 1024 / 1024} MB.`, code: "PAYLOAD_TOO_LARGE" } },
    { status: 413 },
  );
}

async function handler(incoming: Request) {
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
    createContext: async () => createRequestContext(request.headers, await currentSessionId()),
    responseMeta({ errors }) {
      const unavailable = errors.some((error) => error.code === "SERVICE_UNAVAILABLE");
      return unavailable ? { headers: { "Retry-After": String(UNAVAILABLE_RETRY_AFTER_SECONDS) } } : {};
    },
  });
}

export { handler as GET, handler as POST };
