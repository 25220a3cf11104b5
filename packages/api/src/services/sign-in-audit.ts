import type { PrismaClient } from "@tally/db";

/**
 * A sign-in belongs to no organization in particular, so it is recorded in every organization where the
 * account is an active member. The address is kept; the password never is.
 */
export async function recordSignInAttempt(db: PrismaClient, userId: string, succeeded: boolean, ip: string): Promise<void> {
  const memberships = await db.membership.findMany({ where: { userId, status: "active" }, select: { orgId: true } });
  if (!memberships.length) return;
  await db.auditEvent.createMany({
    data: memberships.map(({ orgId }) => ({
      orgId,
      actorUserId: userId,
      action: succeeded ? "auth.signed_in" : "auth.sign_in_failed",
      targetType: "user",
      targetId: userId,
      after: { ip },
    })),
  });
}
