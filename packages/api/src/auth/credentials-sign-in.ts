import { AuthError } from "next-auth";
import { checkDatabase, db } from "@tally/db";
import { DATABASE_UNAVAILABLE, markDatabaseUnavailable } from "../http/outage";
import { isDatabaseUnavailable } from "../trpc/errors";
import { signIn } from "./next-auth";

export const SIGN_IN_ERROR_MESSAGES: Record<string, string> = {
  invalid_credentials: "That email and password do not match an account.",
  rate_limited: "Too many sign-in attempts. Wait a few minutes and try again.",
};

/**
 * Signs in and redirects, or answers with a message for the form. The refusal is recognised here, beside
 * the next-auth instance that raised it: the web app may load its own copy of next-auth, whose error
 * classes would not match.
 */
export async function signInWithPassword(credentials: { email: string; password: string }, redirectTo: string): Promise<{ error: string }> {
  try {
    await signIn("credentials", { ...credentials, redirectTo });
  } catch (error) {
    if (error instanceof AuthError) {
      // next-auth wraps what the sign-in threw as { err } in its error's cause.
      if (isDatabaseUnavailable((error.cause as { err?: unknown } | undefined)?.err)) {
        markDatabaseUnavailable(async () => (await checkDatabase(db())).ok);
        return { error: DATABASE_UNAVAILABLE };
      }
      const code = "code" in error && typeof error.code === "string" ? error.code : "invalid_credentials";
      return { error: SIGN_IN_ERROR_MESSAGES[code] ?? SIGN_IN_ERROR_MESSAGES.invalid_credentials! };
    }
    throw error;
  }
  return { error: "" };
}
