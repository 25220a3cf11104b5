"use server";

import { SIGN_IN_ERROR_MESSAGES, signInWithPassword } from "@tally/api/auth";
import { signInSchema } from "@tally/domain";
import { safeReturnPath } from "@/lib/safe-redirect";

export interface SignInResult {
  error: string;
}

export async function signInAction(values: unknown, callbackUrl: string | null): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) return { error: SIGN_IN_ERROR_MESSAGES.invalid_credentials! };
  return signInWithPassword(parsed.data, safeReturnPath(callbackUrl));
}
