import type { PrismaClient } from "@tally/db";
import type { SignInInput, SignUpInput } from "@tally/domain";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "../auth/password-hash";
import { assertNotBlocked, consumeAttempt, resetAttempts } from "../auth/rate-limit";
import { fieldError } from "../trpc/errors";
import { recordAudit } from "./audit";
import { assertSlugFree, slugTakenError } from "./organizations";
import { recordSignInAttempt } from "./sign-in-audit";
import { isUniqueViolation } from "./unique-violation";

export const EMAIL_TAKEN_MESSAGE = "An account with this email already exists. Sign in to add an organization to it.";

/** Creates the organization, its first user and their admin membership, all or nothing. */
export async function signUp(db: PrismaClient, input: SignUpInput, ip: string): Promise<{ orgSlug: string; userId: string }> {
  await consumeAttempt(db, "signUpByIp", ip);
  await assertSlugFree(db, input.orgSlug);
  const existingUser = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existingUser) throw fieldError("email", EMAIL_TAKEN_MESSAGE, "CONFLICT");

  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash },
        select: { id: true },
      });
      const org = await tx.organization.create({
        data: { name: input.orgName, slug: input.orgSlug },
        select: { id: true, slug: true },
      });
      const membership = await tx.membership.create({
        data: { orgId: org.id, userId: user.id, role: "admin" },
        select: { id: true },
      });
      await recordAudit(tx, {
        orgId: org.id,
        actorUserId: user.id,
        action: "organization.created",
        targetType: "organization",
        targetId: org.id,
        after: { name: input.orgName, slug: input.orgSlug, adminMembershipId: membership.id },
      });
      return { orgSlug: org.slug, userId: user.id };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const emailNowTaken = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
    throw emailNowTaken ? fieldError("email", EMAIL_TAKEN_MESSAGE, "CONFLICT") : slugTakenError();
  }
}

export interface VerifiedUser {
  id: string;
  email: string;
  name: string;
}

/**
 * Checks an email and password under the rate limits. An unknown email and a wrong password take the same
 * time and give the same answer (null); only a spent rate limit is told apart (TOO_MANY_REQUESTS).
 */
export async function verifyCredentials(db: PrismaClient, input: SignInInput, ip: string): Promise<VerifiedUser | null> {
  await consumeAttempt(db, "signInByIp", ip);
  await assertNotBlocked(db, "signInFailuresByAccount", input.email);
  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  const valid = user ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  if (!user || !valid) {
    if (user) await recordSignInAttempt(db, user.id, false, ip);
    await consumeAttempt(db, "signInFailuresByAccount", input.email);
    return null;
  }
  await resetAttempts(db, "signInFailuresByAccount", input.email);
  await recordSignInAttempt(db, user.id, true, ip);
  return { id: user.id, email: user.email, name: user.name };
}
