import { NextResponse, type NextRequest } from "next/server";
import { webEnv } from "@/env";
import { isCrossSiteMutation } from "@/lib/cross-site";
import { contentSecurityPolicy, securityHeaders } from "@/lib/security-headers";

/**
 * Runs before every request: refuses state-changing requests that another site started, and gives every
 * response the security headers with a fresh CSP nonce (Next reads it from the request's CSP header and
 * puts it on its own scripts).
 */
export function proxy(request: NextRequest) {
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, { development: webEnv.development, https });

  let response: NextResponse;
  if (isCrossSiteMutation(request)) {
    response = NextResponse.json(
      { error: { message: "Requests from other sites are not accepted.", code: "FORBIDDEN" } },
      { status: 403 },
    );
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("content-security-policy", csp);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set("content-security-policy", csp);
  for (const [name, value] of securityHeaders({ https })) response.headers.set(name, value);
  return response;
}
