import type { DigestFrequency, NotificationChannel, NotificationKind, PrismaClient } from "@tally/db";
import { resolveNotificationChannels, type UpdateNotificationPreferencesInput } from "@tally/domain";
import type { OrgActor } from "../actor";

export interface NotificationPreferences {
  channels: Record<NotificationKind, NotificationChannel>;
  digest: DigestFrequency;
}

export async function notificationPreferences(db: PrismaClient, actor: OrgActor): Promise<NotificationPreferences> {
  const membership = await db.membership.findUniqueOrThrow({
    where: { orgId_id: { orgId: actor.orgId, id: actor.membershipId } },
    select: { digest: true, notificationPreferences: { select: { kind: true, channel: true } } },
  });
  const chosen = Object.fromEntries(membership.notificationPreferences.map((row) => [row.kind, row.channel]));
  return { channels: resolveNotificationChannels(chosen), digest: membership.digest };
}

/** Saves the kinds given (the others keep their channel) and the digest frequency, in one transaction. */
export async function updateNotificationPreferences(db: PrismaClient, actor: OrgActor, input: UpdateNotificationPreferencesInput): Promise<NotificationPreferences> {
  const entries = Object.entries(input.channels) as [NotificationKind, NotificationChannel][];
  await db.$transaction(async (tx) => {
    for (const [kind, channel] of entries) {
      await tx.notificationPreference.upsert({
        where: { orgId_membershipId_kind: { orgId: actor.orgId, membershipId: actor.membershipId, kind } },
        create: { orgId: actor.orgId, membershipId: actor.membershipId, kind, channel },
        update: { channel },
      });
    }
    if (input.digest) {
      await tx.membership.update({ where: { orgId_id: { orgId: actor.orgId, id: actor.membershipId } }, data: { digest: input.digest } });
    }
  });
  return notificationPreferences(db, actor);
}
