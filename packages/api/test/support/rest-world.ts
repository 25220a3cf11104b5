import type { PrismaClient } from "@tally/db";
import { createWorldApiKey, type WorldApiKey } from "./api-key-world";
import { WORLD_KPI_START } from "./kpi-world";
import type { OrgWorld } from "./world";

/** A monthly KPI of the world, optionally in a team and with a code, owned by the admin; target 100, warning 80. */
export async function createRestKpi(db: PrismaClient, world: OrgWorld, options: { name: string; code?: string; teamId?: string }): Promise<string> {
  const orgId = world.org.id;
  const kpi = await db.kpi.create({
    data: {
      orgId,
      name: options.name,
      activeName: options.name.toLowerCase(),
      code: options.code ?? null,
      activeCode: options.code ?? null,
      category: "operational",
      unit: "number",
      direction: "increase",
      cadence: "monthly",
      startDate: new Date(`${WORLD_KPI_START}T00:00:00Z`),
      ownerMembershipId: world.members.admin.membershipId,
      visibility: "restricted",
    },
    select: { id: true },
  });
  await db.kpiTarget.create({ data: { orgId, kpiId: kpi.id, effectiveFrom: new Date(`${WORLD_KPI_START}T00:00:00Z`), target: "100", warning: "80" } });
  if (options.teamId) await db.kpiTeam.create({ data: { orgId, kpiId: kpi.id, teamId: options.teamId } });
  return kpi.id;
}

export function keyOf(db: PrismaClient, world: OrgWorld, overrides: Parameters<typeof createWorldApiKey>[3] = {}): Promise<WorldApiKey> {
  return createWorldApiKey(db, world.org.id, world.members.admin.membershipId, overrides);
}

/** The number of check-ins, revisions and deletions of an organization: what a refused write must leave alone. */
export async function valueRowCounts(db: PrismaClient, orgId: string) {
  const [checkIns, revisions, deletions] = await Promise.all([
    db.checkIn.count({ where: { orgId } }),
    db.checkInRevision.count({ where: { orgId } }),
    db.checkInDeletion.count({ where: { orgId } }),
  ]);
  return { checkIns, revisions, deletions };
}
