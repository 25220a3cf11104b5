"use server";

import { redirect } from "next/navigation";
import { describeError, type FieldErrors } from "@tally/api";
import { signInWithPassword, signOut } from "@tally/api/auth";
import { acceptAsNewUserSchema } from "@tally/domain";
import { getCaller } from "@/server/caller";

export interface InvitationActionResult {
  message: string;
  fieldErrors: FieldErrors;
}

/** Accepting is a POST: opening the link only shows the invitation. */
export async function acceptInvitationAction(token: string): Promise<InvitationActionResult> {
  let orgSlug: string;
  try {
    const caller = await getCaller();
    ({ orgSlug } = await caller.invitation.accept({ token }));
  } catch (error) {
    const described = describeError(error);
    return { message: described.message, fieldErrors: described.fieldErrors ?? {} };
  }
  redirect(`/${orgSlug}`);
}

export async function acceptAsNewUserAction(values: unknown): Promise<InvitationActionResult> {
  const parsed = acceptAsNewUserSchema.safeParse(values);
  if (!parsed.success) {
    const described = describeError(parsed.error);
    return { message: described.message, fieldErrors: described.fieldErrors ?? {} };
  }
  let joined: { orgSlug: string; email: string };
  try {
    const caller = await getCaller();
    joined = await caller.invitation.acceptAsNewUser(parsed.data);
  } catch (error) {
    const described = describeError(error);
    return { message: described.message, fieldErrors: described.fieldErrors ?? {} };
  }
  const signedIn = await signInWithPassword({ email: joined.email, password: parsed.data.password }, `/${joined.orgSlug}`);
  if (signedIn.error) return { message: `Your account was created, but signing in failed: ${signedIn.error}`, fieldErrors: {} };
  return { message: "", fieldErrors: {} };
}

export async function switchAccountAction(token: string): Promise<void> {
  await signOut({ redirectTo: `/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}` });
}
