/** Cookies as a browser keeps them for one site: name → value, updated from every Set-Cookie. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const separator = pair.indexOf("=");
      if (separator < 0) continue;
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired = /max-age=0|expires=thu, 01 jan 1970/i.test(line);
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  copy(): CookieJar {
    const jar = new CookieJar();
    for (const [name, value] of this.cookies) jar.cookies.set(name, value);
    return jar;
  }
}

export const SESSION_COOKIE = "authjs.session-token";

export interface SignInOutcome {
  /** The code next-auth put in the redirect (invalid_credentials, rate_limited), or null when signed in. */
  refusal: string | null;
  jar: CookieJar;
  /** The instance that answered the credentials, as the balancer names it. */
  upstream: string | null;
}

/**
 * Signs in as the sign-in form does: fetch a CSRF token, post the credentials to next-auth's credentials
 * callback. `forwardedFor` stands in for the address a proxy saw (the instances trust one hop).
 */
export async function signIn(baseUrl: string, email: string, password: string, { forwardedFor }: { forwardedFor?: string } = {}): Promise<SignInOutcome> {
  const jar = new CookieJar();
  const extra: Record<string, string> = forwardedFor ? { "x-forwarded-for": forwardedFor } : {};
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`, { headers: extra });
  jar.take(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...extra, "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${baseUrl}/organizations` }),
  });
  jar.take(response);
  const location = response.headers.get("location") ?? "";
  const refusal = jar.get(SESSION_COOKIE) ? null : (new URL(location, baseUrl).searchParams.get("code") ?? `HTTP ${response.status} ${location}`);
  return { refusal, jar, upstream: response.headers.get("x-upstream") };
}

export async function signOut(baseUrl: string, jar: CookieJar): Promise<number> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`, { headers: { cookie: jar.header() } });
  jar.take(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, callbackUrl: baseUrl }),
  });
  jar.take(response);
  return response.status;
}

export interface TrpcAnswer<T> {
  status: number;
  data: T | null;
  upstream: string | null;
}

/** A tRPC query over HTTP as the browser sends it (superjson envelope). */
export async function trpcQuery<T>(baseUrl: string, jar: CookieJar, path: string, input: unknown): Promise<TrpcAnswer<T>> {
  const query = encodeURIComponent(JSON.stringify({ json: input }));
  const response = await fetch(`${baseUrl}/api/trpc/${path}?input=${query}`, { headers: { cookie: jar.header() } });
  return trpcAnswer<T>(response);
}

export async function trpcMutation<T>(baseUrl: string, jar: CookieJar, path: string, input: unknown): Promise<TrpcAnswer<T>> {
  const response = await fetch(`${baseUrl}/api/trpc/${path}`, {
    method: "POST",
    headers: { cookie: jar.header(), "content-type": "application/json" },
    body: JSON.stringify({ json: input }),
  });
  return trpcAnswer<T>(response);
}

async function trpcAnswer<T>(response: Response): Promise<TrpcAnswer<T>> {
  const upstream = response.headers.get("x-upstream");
  const body = (await response.json().catch(() => null)) as { result?: { data?: { json?: T } } } | null;
  return { status: response.status, data: body?.result?.data?.json ?? null, upstream };
}

export interface RestAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

/** A request to the REST API with an API key. */
export async function rest(baseUrl: string, apiKey: string, method: string, path: string, { body, headers = {} }: { body?: unknown; headers?: Record<string, string> } = {}): Promise<RestAnswer> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${apiKey}`, ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON: kept as text for the report.
  }
  return { status: response.status, headers: response.headers, body: parsed };
}
