import { checkDatabase, db as getDb } from "@tally/db";
import { createCaller } from "./root";
import { apiEnv } from "./env";
import { baseUrlFrom, clientIpFrom, type TrpcContext } from "./trpc/context";

/** The context of one request, with the database of this process. */
export function createRequestContext(headers: Headers, sessionId: string | null): TrpcContext {
  return {
    db: getDb(),
    sessionId,
    ip: clientIpFrom(headers),
    userAgent: headers.get("user-agent"),
    baseUrl: baseUrlFrom(headers, apiEnv.appUrl),
  };
}

export function createRequestCaller(headers: Headers, sessionId: string | null) {
  return createCaller(createRequestContext(headers, sessionId));
}

/** True when the database answers a trivial query in time. */
export async function checkReadiness(): Promise<boolean> {
  try {
    return (await checkDatabase(getDb())).ok;
  } catch {
    return false;
  }
}
