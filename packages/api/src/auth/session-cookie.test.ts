import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sessionIdFromCookieHeader } from "./session-cookie";

const SECRET = "a-secret-for-the-session-cookie-tests-0123456789";
const NAME = "authjs.session-token";

async function tokenFor(payload: Record<string, unknown>, options: { salt?: string; secret?: string; maxAge?: number } = {}) {
  return encode({ token: payload, secret: options.secret ?? SECRET, salt: options.salt ?? NAME, maxAge: options.maxAge });
}

describe("sessionIdFromCookieHeader", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("reads the session id from the Auth.js cookie among others", async () => {
    const token = await tokenFor({ sessionId: "s-1", sub: "u-1" });
    expect(await sessionIdFromCookieHeader(`theme=dark; ${NAME}=${token}; other=1`, SECRET)).toBe("s-1");
  });

  it("reads the __Secure- cookie an https server sets, with its own salt", async () => {
    const secureName = `__Secure-${NAME}`;
    const token = await tokenFor({ sessionId: "s-2" }, { salt: secureName });
    expect(await sessionIdFromCookieHeader(`${secureName}=${token}`, SECRET)).toBe("s-2");
    // A token made for one cookie name does not decrypt under the other.
    expect(await sessionIdFromCookieHeader(`${NAME}=${token}`, SECRET)).toBeNull();
  });

  it("joins a token Auth.js split into numbered chunks", async () => {
    const token = await tokenFor({ sessionId: "s-3" });
    const middle = Math.floor(token.length / 2);
    const header = `${NAME}.1=${token.slice(middle)}; ${NAME}.0=${token.slice(0, middle)}`;
    expect(await sessionIdFromCookieHeader(header, SECRET)).toBe("s-3");
  });

  it("answers null without a cookie, for a token of another secret, an expired, a forged or a token without a session", async () => {
    expect(await sessionIdFromCookieHeader(null, SECRET)).toBeNull();
    expect(await sessionIdFromCookieHeader("", SECRET)).toBeNull();
    expect(await sessionIdFromCookieHeader("theme=dark", SECRET)).toBeNull();
    const foreign = await tokenFor({ sessionId: "s-4" }, { secret: "another-secret-of-sufficient-length-987654321" });
    expect(await sessionIdFromCookieHeader(`${NAME}=${foreign}`, SECRET)).toBeNull();
    const expired = await tokenFor({ sessionId: "s-5" }, { maxAge: -60 });
    expect(await sessionIdFromCookieHeader(`${NAME}=${expired}`, SECRET)).toBeNull();
    expect(await sessionIdFromCookieHeader(`${NAME}=eyJhbGciOiJub25lIn0.eyJzZXNzaW9uSWQiOiJzLTYifQ.`, SECRET)).toBeNull();
    expect(await sessionIdFromCookieHeader(`${NAME}=${"x".repeat(5000)}`, SECRET)).toBeNull();
    const withoutSession = await tokenFor({ sub: "u-7" });
    expect(await sessionIdFromCookieHeader(`${NAME}=${withoutSession}`, SECRET)).toBeNull();
  });

  it("answers a token it has read before the same way until the token expires", async () => {
    const token = await tokenFor({ sessionId: "s-8" }, { maxAge: 60 });
    expect(await sessionIdFromCookieHeader(`${NAME}=${token}`, SECRET)).toBe("s-8");
    expect(await sessionIdFromCookieHeader(`${NAME}=${token}`, SECRET)).toBe("s-8");
    vi.useFakeTimers({ now: Date.now() + 61_000 });
    expect(await sessionIdFromCookieHeader(`${NAME}=${token}`, SECRET)).toBeNull();
  });
});
