import type { PrismaClient } from "@tally/db";
import { PASSWORD_RESET_LIFETIME_MINUTES, tokenSchema, type ChangePasswordInput, type ResetPasswordInput } from "@tally/domain";
import { hashPassword, verifyPassword } from "../auth/password-hash";
import { consumeAttempt } from "../auth/rate-limit";
import { endOtherSessions } from "../auth/sessions";
import { hashToken, newLinkToken } from "../auth/tokens";
import { enqueueMail } from "../mail/outbox";
import { passwordResetMail } from "../mail/templates/password-reset";
import { domainError, fieldError } from "./errors";
import { recordSecurityEvent } from "./sign-in-audit";

/**
 * Sends a reset link when the address has an account. The answer is the same either way, so the form
 * cannot be used to learn who has an account.
 */
export async function requestPasswordReset(db: PrismaClient, email: string, ip: string, baseUrl: string): Promise<void> {
  await consumeAttempt(db, "passwordResetByIp", ip);
  await consumeAttempt(db, "passwordResetByAccount", email);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true } });
  if (!user) return;
  const { token, tokenHash } = newLinkToken();
  await db.$transaction(async (tx) => {
    await tx.passwordResetToken.create({
      data: { userId: user.id, tokenHash, expiresAt: new Date(Date.now() + PASSWORD_RESET_LIFETIME_MINUTES * 60_000) },
    });
    await enqueueMail(tx, passwordResetMail({ to: user.email, link: `${baseUrl}/reset-password/${token}` }));
  });
}

export type ResetLinkState = "valid" | "expired" | "used" | "invalid";

export async function passwordResetLinkState(db: PrismaClient, token: string): Promise<ResetLinkState> {
  if (!tokenSchema.safeParse(token).success) return "invalid";
  const row = await db.passwordResetToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { usedAt: true, expiresAt: true } });
  if (!row) return "invalid";
  if (row.usedAt) return "used";
  return row.expiresAt <= new Date() ? "expired" : "valid";
}

const RESET_REFUSALS: Record<Exclude<ResetLinkState, "valid">, string> = {
  invalid: "This reset link is not valid. Ask for a new one.",
  expired: "This reset link has expired. Ask for a new one.",
  used: "This reset link has already been used. Ask for a new one if you need to.",
};

export interface Client {
  ip: string;
  userAgent?: string | null;
}

/**
 * Sets the new password and ends every session of the account: whoever knew the old one is out. The link is
 * claimed first, by one conditional update, so of two simultaneous resets exactly one goes on to hash a
 * password; the other is told the link was used.
 */
export async function resetPassword(db: PrismaClient, input: ResetPasswordInput, client: Client): Promise<{ email: string }> {
  const tokenHash = hashToken(input.token);
  await consumeAttempt(db, "passwordResetUseByIp", client.ip);
  await consumeAttempt(db, "passwordResetUseByToken", tokenHash);
  const now = new Date();
  const [claimed] = await db.passwordResetToken.updateManyAndReturn({
    where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
    select: { userId: true },
  });
  if (!claimed) {
    const row = await db.passwordResetToken.findUnique({ where: { tokenHash }, select: { usedAt: true, expiresAt: true } });
    // Not expired yet but not claimable either: another request used it a moment ago.
    const state = !row ? "invalid" : row.usedAt || row.expiresAt > now ? "used" : "expired";
    throw domainError("invalid", RESET_REFUSALS[state]);
  }
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.update({ where: { id: claimed.userId }, data: { passwordHash }, select: { email: true } });
    await tx.session.deleteMany({ where: { userId: claimed.userId } });
    await tx.passwordResetToken.updateMany({ where: { userId: claimed.userId, usedAt: null }, data: { usedAt: new Date() } });
    await recordSecurityEvent(tx, { userId: claimed.userId, kind: "password_reset", ip: client.ip, userAgent: client.userAgent });
    return user;
  });
}

/** A signed-in user changes their password; every other session of theirs ends. */
export async function changePassword(
  db: PrismaClient,
  user: { id: string; email: string },
  sessionId: string,
  input: ChangePasswordInput,
  client: Client,
) {
  await consumeAttempt(db, "passwordChangeByAccount", user.email);
  const current = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(current.passwordHash, input.currentPassword))) {
    throw fieldError("currentPassword", "That is not your current password.");
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await recordSecurityEvent(tx, { userId: user.id, kind: "password_changed", ip: client.ip, userAgent: client.userAgent });
  });
  await endOtherSessions(db, user.id, sessionId);
  return { changed: true };
}
