import type { Prisma } from "@tally/db";
import type { OrgActor } from "../actor";

/** Why a member's keys stop: the same changes that withdraw the invitations they sent. */
export type KeyMakerChange = "role_changed" | "deactivated" | "left";

/**
 * Revokes the live keys a member made, in the transaction that takes away their right to make them: a key acts
 * with its maker's standing (its values name the maker), so it must not outlive that standing. Each revocation
 * is audited with its reason; a key revoked this way stays revoked if the member comes back.
 */
export async function revokeApiKeysMadeBy(
  tx: Prisma.TransactionClient,
  actor: Pick<OrgActor, "orgId" | "userId">,
  makerMembershipId: string,
  because: KeyMakerChange,
  now: Date = new Date(),
): Promise<number> {
  const live = await tx.apiKey.findMany({
    where: { orgId: actor.orgId, createdByMembershipId: makerMembershipId, revokedAt: null },
    select: { id: true, name: true, prefix: true },
  });
  if (live.length === 0) return 0;
  await tx.apiKey.updateMany({ where: { orgId: actor.orgId, id: { in: live.map((key) => key.id) }, revokedAt: null }, data: { revokedAt: now } });
  await tx.auditEvent.createMany({
    data: live.map((key) => ({
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: "api_key.revoked",
      targetType: "api_key",
      targetId: key.id,
      before: { name: key.name, prefix: key.prefix },
      after: { reason: `maker_${because}` },
      createdAt: now,
    })),
  });
  return live.length;
}
