import { decode } from "next-auth/jwt";

/** The cookie names Auth.js gives the session token: with the __Secure- prefix when the app is served over https. */
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

function cookiesOf(header: string): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of header.split(";")) {
    const separator = part.indexOf("=");
    if (separator <= 0) continue;
    const name = part.slice(0, separator).trim();
    if (!cookies.has(name)) cookies.set(name, part.slice(separator + 1).trim());
  }
  return cookies;
}

/** The token under `name`, whole or split by Auth.js into `name.0`, `name.1`, … when it outgrew one cookie. */
function tokenUnder(cookies: Map<string, string>, name: string): string | null {
  const whole = cookies.get(name);
  if (whole) return whole;
  const chunks: string[] = [];
  for (let index = 0; cookies.has(`${name}.${index}`); index += 1) chunks.push(cookies.get(`${name}.${index}`) ?? "");
  return chunks.length > 0 ? chunks.join("") : null;
}

interface DecodedToken {
  sessionId: string | null;
  /** When the token itself expires (its `exp`), in ms. */
  expiresAt: number;
}

/**
 * Tokens already decrypted by this process. Decrypting costs a key derivation and two WebCrypto operations on
 * every request; the answer for one token never changes until it expires, and the session row it names is still
 * checked in the database on every request, so sign-out takes effect at once. Oldest entries leave first.
 */
const decodedTokens = new Map<string, DecodedToken>();
const MAX_DECODED_TOKENS = 10_000;

function remember(key: string, decoded: DecodedToken): void {
  if (decodedTokens.size >= MAX_DECODED_TOKENS) {
    const oldest = decodedTokens.keys().next();
    if (!oldest.done) decodedTokens.delete(oldest.value);
  }
  decodedTokens.set(key, decoded);
}

async function decodeToken(token: string, secret: string, salt: string): Promise<string | null> {
  const key = `${salt}\u0000${token}`;
  const known = decodedTokens.get(key);
  if (known) {
    if (known.expiresAt > Date.now()) return known.sessionId;
    decodedTokens.delete(key);
    return null;
  }
  let payload;
  try {
    payload = await decode({ token, secret, salt });
  } catch {
    return null;
  }
  const sessionId = typeof payload?.sessionId === "string" ? payload.sessionId : null;
  if (typeof payload?.exp === "number") remember(key, { sessionId, expiresAt: payload.exp * 1000 });
  return sessionId;
}

/**
 * The server-side session id carried by a request's session cookie, or null. Only decrypts and verifies the
 * token (integrity, expiry): Auth.js's own `auth()` runs its whole session endpoint and encrypts a fresh token on
 * every call, which a server that checks the session row on every request does not need.
 */
export async function sessionIdFromCookieHeader(cookieHeader: string | null, secret: string): Promise<string | null> {
  if (!cookieHeader) return null;
  const cookies = cookiesOf(cookieHeader);
  for (const name of SESSION_COOKIES) {
    const token = tokenUnder(cookies, name);
    if (token) return decodeToken(token, secret, name);
  }
  return null;
}
