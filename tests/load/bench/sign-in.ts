/**
 * Signs in as a person does, through next-auth's credentials flow over HTTP: the CSRF token, then the password
 * (checked with argon2, a session row written), answered with the signed session cookie. Every later request carries
 * that cookie, so the benchmark pays the app's real cookie and session checks.
 */
const SESSION_COOKIE = "authjs.session-token";

function cookiesOf(response: Response): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair!.indexOf("=");
    cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
  }
  return cookies;
}

const header = (cookies: Map<string, string>) => [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");

/** The Cookie header of a new signed-in session. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrf.ok) throw new Error(`GET /api/auth/csrf answered ${csrf.status}.`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = cookiesOf(csrf);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(cookies), origin: baseUrl },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${baseUrl}/` }),
  });
  const session = cookiesOf(response).get(SESSION_COOKIE);
  if (!session) throw new Error(`Signing in as ${email} set no session cookie (${response.status} → ${response.headers.get("location")}).`);
  return `${SESSION_COOKIE}=${session}`;
}

/** Signs in many people, a few at a time: each sign-in costs an argon2 hash on the server. */
export async function signInAll(baseUrl: string, emails: string[], password: string, concurrency = 4): Promise<Map<string, string>> {
  const sessions = new Map<string, string>();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < emails.length) {
        const email = emails[next++]!;
        sessions.set(email, await signIn(baseUrl, email, password));
      }
    }),
  );
  return sessions;
}
