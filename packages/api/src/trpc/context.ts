import type { PrismaClient } from "@tally/db";
import { apiEnv } from "../env";
import type { LoadedActor } from "../services/memberships";
import { clientAddressFrom, peerAddressFrom } from "../request/client-address";

export interface TrpcContext {
  db: PrismaClient;
  /** Id of the server-side session named by the request's cookie, if any; checked against the database. */
  sessionId: string | null;
  /** Client address, for rate limiting and the audit log (see clientIpFrom). */
  ip: string;
  userAgent: string | null;
  /** Where the app is reached, for links in mail: APP_URL (or its local default), never a request header. */
  baseUrl: string;
  /**
   * What this request has already loaded about its session, by organization slug: a page asks several
   * procedures through one caller and an HTTP batch runs several calls, and each would otherwise load the
   * session, membership and organization again. Lives as long as the request.
   */
  sessionActors?: Map<string, Promise<LoadedActor | null>>;
}

/**
 * The client address of a request as the rate limits and the audit log see it: the direct peer, or with
 * TRUST_PROXY_HOPS the address the outermost trusted proxy reported. Every reader of the address goes here.
 */
export function clientIpFrom(headers: Headers, trustProxyHops: number = apiEnv.trustProxyHops): string {
  return clientAddressFrom(headers, { trustProxyHops, peerAddress: peerAddressFrom(headers) });
}

/** The context of one request over the given database. */
export function requestContextFrom(
  db: PrismaClient,
  headers: Headers,
  sessionId: string | null,
  config: { trustProxyHops: number; appUrl: string } = apiEnv,
): TrpcContext {
  return {
    db,
    sessionId,
    ip: clientIpFrom(headers, config.trustProxyHops),
    userAgent: headers.get("user-agent"),
    baseUrl: config.appUrl,
    sessionActors: new Map(),
  };
}
