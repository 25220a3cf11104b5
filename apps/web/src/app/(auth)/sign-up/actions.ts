"use server";

import { describeError, type FieldErrors } from "@tally/api";
import { signInWithPassword } from "@tally/api/auth";
import { signUpSchema } from "@tally/domain";
import { getCaller } from "@/server/caller";

export interface SignUpResult {
  message: string;
  fieldErrors: FieldErrors;
}

/** Creates the organization and its admin, then signs the new admin in and opens the organization. */
export async function signUpAction(values: unknown): Promise<SignUpResult> {
  const parsed = signUpSchema.safeParse(values);
  if (!parsed.success) {
    return { message: "Check the highlighted fields.", fieldErrors: describeError(parsed.error).fieldErrors ?? {} };
  }
  let orgSlug: string;
  try {
    const caller = await getCaller();
    ({ orgSlug } = await caller.auth.signUp(parsed.data));
  } catch (error) {
    const described = describeError(error);
    return { message: described.message, fieldErrors: described.fieldErrors ?? {} };
  }
  const signedIn = await signInWithPassword({ email: parsed.data.email, password: parsed.data.password }, `/${orgSlug}`);
  if (signedIn.error) return { message: `Your organization was created, but signing in failed: ${signedIn.error}`, fieldErrors: {} };
  return { message: "", fieldErrors: {} };
}
