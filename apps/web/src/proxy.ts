import { NextResponse, type NextRequest } from "next/server";
import { databaseOutage, DATABASE_UNAVAILABLE } from "@tally/api/outage";
import { webEnv } from "@/env";
import { isNavigationFetch, isPageRequest, isSignInRequest, outagePage, OUTAGE_RETRY_AFTER_SECONDS, REQUEST_PATH_HEADER } from "@/lib/outage-page";
import { isCrossSiteMutation } from "@/lib/cross-site";
import { contentSecurityPolicy, securityHeaders } from "@/lib/security-headers";

/**
 * Runs before every request: answers pages with 503 while the database is unreachable, refuses
 * state-changing requests that another site started, and gives every
 * response the security headers with a fresh CSP nonce (Next reads it from the request's CSP header and
 * puts it on its own scripts).
 */
export function proxy(request: NextRequest) {
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, { development: webEnv.development, https });

  const outage = databaseOutage() !== null;
  let response: NextResponse;
  if (outage && (isPageRequest(request) || isNavigationFetch(request))) {
    // While the database is away a page cannot be rendered: say so with 503 rather than a generic error.
    response = new NextResponse(outagePage(), {
      status: 503,
      headers: { "content-type": "text/html; charset=utf-8", "retry-after": String(OUTAGE_RETRY_AFTER_SECONDS), "cache-control": "no-store" },
    });
  } else if (outage && isSignInRequest(request)) {
    response = NextResponse.json(
      { error: { message: DATABASE_UNAVAILABLE, code: "SERVICE_UNAVAILABLE" } },
      { status: 503, headers: { "retry-after": String(OUTAGE_RETRY_AFTER_SECONDS), "cache-control": "no-store" } },
    );
  } else if (isCrossSiteMutation(request)) {
    response = NextResponse.json(
      { error: { message: "Requests from other sites are not accepted.", code: "FORBIDDEN" } },
      { status: 403 },
    );
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set(REQUEST_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
    requestHeaders.set("content-security-policy", csp);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set("content-security-policy", csp);
  for (const [name, value] of securityHeaders({ https })) response.headers.set(name, value);
  return response;
}
