import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { DomainError } from "../services/errors";
import { checkDatabase, db as getDb } from "@tally/db";
import { markDatabaseUnavailable } from "../http/outage";
import { isDatabaseUnavailable } from "../trpc/errors";
import { signInSchema } from "@tally/domain";
import { apiEnv } from "../env";
import { verifyCredentials } from "../services/accounts";
import { clientIpFrom } from "../trpc/context";
import "./next-auth-augmentation";
import { sessionIdFromCookieHeader } from "./session-cookie";
import { createSession, endSession, SESSION_MAX_AGE_SECONDS } from "./sessions";

/** The same answer for an unknown email and a wrong password. */
class InvalidCredentials extends CredentialsSignin {
  override code = "invalid_credentials";
}

class TooManyAttempts extends CredentialsSignin {
  override code = "rate_limited";
}

/**
 * Credentials sign-in issues a JWT cookie that carries only the id of a server-side session row. Every
 * request looks that row up, so signing out (which deletes it) ends the session even for a copied cookie.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: apiEnv.authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  logger: {
    // A refused sign-in is an expected answer, not a server fault worth a stack trace in the log.
    error(error: Error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse({ email: credentials.email, password: credentials.password });
        if (!parsed.success) throw new InvalidCredentials();
        const db = getDb();
        let user;
        try {
          user = await verifyCredentials(db, parsed.data, clientIpFrom(request.headers), request.headers.get("user-agent")?.slice(0, 400) ?? null);
        } catch (error) {
          if (error instanceof DomainError && error.kind === "rate_limited") throw new TooManyAttempts();
          // From now on the request proxy answers sign-ins and pages with 503 until the database answers again.
          if (isDatabaseUnavailable(error)) markDatabaseUnavailable(async () => (await checkDatabase(db)).ok);
          throw error;
        }
        if (!user) throw new InvalidCredentials();
        const sessionId = await createSession(db, user.id, request.headers.get("user-agent"));
        return { id: user.id, email: user.email, name: user.name, sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.sessionId) token.sessionId = user.sessionId;
      return token;
    },
    session({ session, token }) {
      return { ...session, sessionId: typeof token.sessionId === "string" ? token.sessionId : undefined };
    },
  },
  events: {
    async signOut(message) {
      const sessionId = "token" in message ? message.token?.sessionId : undefined;
      if (typeof sessionId === "string") await endSession(getDb(), sessionId);
    },
  },
}));

/** The server-side session id named by a request's session cookie, or null when signed out. */
export function sessionIdOf(headers: Headers): Promise<string | null> {
  return sessionIdFromCookieHeader(headers.get("cookie"), apiEnv.authSecret());
}
