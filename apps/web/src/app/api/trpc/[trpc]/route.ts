import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@tally/api";
import { currentSessionId } from "@tally/api/auth";
import { createRequestContext } from "@tally/api/server";

export const dynamic = "force-dynamic";

async function handler(request: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: async () => createRequestContext(request.headers, await currentSessionId()),
  });
}

export { handler as GET, handler as POST };
