import { sessionIdOf } from "@tally/api/auth";
import { createRequestContext, handleTrpcRequest } from "@tally/api/server";

export const dynamic = "force-dynamic";

async function handler(request: Request) {
  return handleTrpcRequest(request, async (bounded) => createRequestContext(bounded.headers, await sessionIdOf(request.headers)));
}

export { handler as GET, handler as POST };
