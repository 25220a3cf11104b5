import { handleRestRequest } from "@tally/api/rest";

export const dynamic = "force-dynamic";

function handler(request: Request) {
  return handleRestRequest(request);
}

export { handler as DELETE, handler as GET, handler as HEAD, handler as OPTIONS, handler as PATCH, handler as POST, handler as PUT };
