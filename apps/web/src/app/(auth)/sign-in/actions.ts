"use server";

import { AuthError } from "next-auth";
import { unstable_rethrow } from "next/navigation";
import { SIGN_IN_ERROR_MESSAGES, signIn } from "@tally/api/auth";
import { signInSchema } from "@tally/domain";
import { safeReturnPath } from "@/lib/safe-redirect";

export interface SignInResult {
  error: string;
}

export async function signInAction(values: unknown, callbackUrl: string | null): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) return { error: SIGN_IN_ERROR_MESSAGES.invalid_credentials! };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeReturnPath(callbackUrl) });
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof AuthError) {
      const code = "code" in error && typeof error.code === "string" ? error.code : "invalid_credentials";
      return { error: SIGN_IN_ERROR_MESSAGES[code] ?? SIGN_IN_ERROR_MESSAGES.invalid_credentials! };
    }
    throw error;
  }
  return { error: "" };
}
