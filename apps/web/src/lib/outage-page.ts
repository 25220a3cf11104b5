export const OUTAGE_RETRY_AFTER_SECONDS = 5;

/** Set by the request proxy on every request it passes on: the path and query the browser asked for. */
export const REQUEST_PATH_HEADER = "x-tally-request-path";

/** A browser asking for a page (not an API call, not a script or image). */
export function isPageRequest(request: Request): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const path = new URL(request.url).pathname;
  if (path.startsWith("/api/") || path.startsWith("/_next/")) return false;
  const destination = request.headers.get("sec-fetch-dest");
  if (destination) return destination === "document";
  return (request.headers.get("accept") ?? "").includes("text/html");
}

/**
 * A client-side navigation fetching a page's server components. Answered with something other than their payload,
 * Next's router loads the address as a whole page instead, which then shows the reconnecting page.
 */
export function isNavigationFetch(request: Request): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const path = new URL(request.url).pathname;
  return !path.startsWith("/api/") && !path.startsWith("/_next/") && request.headers.get("rsc") === "1";
}

/** Signing in with a password, which cannot succeed without the database. */
export function isSignInRequest(request: Request): boolean {
  const path = new URL(request.url).pathname;
  return request.method === "POST" && (path.startsWith("/api/auth/callback/") || path.startsWith("/api/auth/signin"));
}

/** A page that needs nothing from the app and reloads itself until the database is back. */
export function outagePage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${OUTAGE_RETRY_AFTER_SECONDS}">
<title>Tally is reconnecting</title>
</head>
<body>
<main>
<h1>Tally is reconnecting to its database</h1>
<p>Your data is safe. This page tries again every ${OUTAGE_RETRY_AFTER_SECONDS} seconds and opens as soon as the database answers.</p>
</main>
</body>
</html>`;
}
