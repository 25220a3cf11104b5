import type { PrismaClient } from "@tally/db";
import { followsKpi } from "@tally/domain";
import type { OrgActor } from "../actor";
import { authorizeKpi } from "../kpi/scope";

/** Whether the member follows the KPI, and whether that is their own choice or the default of their part in it. */
export async function followingOf(db: PrismaClient, actor: OrgActor, kpiId: string): Promise<{ following: boolean; chosen: boolean }> {
  const { scope } = await authorizeKpi(db, actor.orgId, actor, kpiId, "kpi.view");
  const choice = await db.kpiFollower.findUnique({
    where: { orgId_kpiId_membershipId: { orgId: actor.orgId, kpiId, membershipId: actor.membershipId } },
    select: { following: true },
  });
  const involved = scope.ownerMembershipId === actor.membershipId || scope.contributorMembershipIds.includes(actor.membershipId);
  return { following: followsKpi(choice?.following, involved), chosen: choice !== null };
}

/** Records the member's choice to follow a KPI they may see, or to stop following it. */
export async function setFollowing(db: PrismaClient, actor: OrgActor, kpiId: string, following: boolean): Promise<{ following: boolean; chosen: boolean }> {
  await authorizeKpi(db, actor.orgId, actor, kpiId, "kpi.view");
  await db.kpiFollower.upsert({
    where: { orgId_kpiId_membershipId: { orgId: actor.orgId, kpiId, membershipId: actor.membershipId } },
    create: { orgId: actor.orgId, kpiId, membershipId: actor.membershipId, following },
    update: { following },
  });
  return { following, chosen: true };
}
