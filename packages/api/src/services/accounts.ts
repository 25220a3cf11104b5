import type { PrismaClient } from "@tally/db";
import type { SignInInput, SignUpInput } from "@tally/domain";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "../auth/password-hash";
import { consumeAttempt, resetAttempts } from "../auth/rate-limit";
import { fieldError } from "./errors";
import { recordAudit } from "./audit";
import { assertSlugFree, slugTakenError } from "./organizations";
import { isUsualAddress, recordSecurityEvent } from "./sign-in-audit";
import { isUniqueViolation } from "./unique-violation";

export const EMAIL_TAKEN_MESSAGE = "An account with this email already exists. Sign in to add an organization to it.";

/** Creates the organization, its first user and their admin membership, all or nothing. */
export async function signUp(db: PrismaClient, input: SignUpInput, ip: string): Promise<{ orgSlug: string; userId: string }> {
  await consumeAttempt(db, "signUpByIp", ip);
  await assertSlugFree(db, input.orgSlug);
  const existingUser = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existingUser) throw fieldError("email", EMAIL_TAKEN_MESSAGE, "conflict");

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
    throw emailNowTaken ? fieldError("email", EMAIL_TAKEN_MESSAGE, "conflict") : slugTakenError();
  }
}

export interface VerifiedUser {
  id: string;
  email: string;
  name: string;
}

/**
 * Checks an email and password under the rate limits. An unknown email and a wrong password take the same
 * time and give the same answer (null); only a spent rate limit is told apart (rate_limited).
 *
 * Each attempt is counted before the password is checked, so simultaneous guesses cannot slip past the
 * budget together. Attempts from an address the person has signed in from before are counted apart from
 * all others: someone guessing from elsewhere can spend the account's shared budget, but the person can still
 * sign in from home or the office.
 */
export async function verifyCredentials(
  db: PrismaClient,
  input: SignInInput,
  ip: string,
  userAgent: string | null = null,
): Promise<VerifiedUser | null> {
  await consumeAttempt(db, "signInByIp", ip);
  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  // Asked for an unknown email too (of nobody), so both take the same steps.
  const usual = await isUsualAddress(db, user?.id ?? "", ip);
  const [policy, key] = usual
    ? (["signInByAccountAtUsualAddress", `${input.email} ${ip}`] as const)
    : (["signInByAccount", input.email] as const);
  await consumeAttempt(db, policy, key);

  const valid = user ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  if (!user || !valid) {
    if (user) await recordSecurityEvent(db, { userId: user.id, kind: "sign_in_failed", ip, userAgent });
    return null;
  }
  // The right password: the failures counted in this budget no longer matter.
  await resetAttempts(db, policy, key);
  await recordSecurityEvent(db, { userId: user.id, kind: "sign_in", ip, userAgent });
  return { id: user.id, email: user.email, name: user.name };
}
