import type { PrismaClient, Role } from "@tally/db";
import { ROLES } from "@tally/domain";

export interface WorldKpis {
  /** One KPI owned by each role's member (who is also its contributor), visible to the organization. */
  ownedBy: Record<Role, string>;
  objectiveId: string;
  /** A second objective, with the executive's KPI linked to it at the default weight. */
  linkedObjective: { id: string; kpiId: string };
}

export const WORLD_KPI_START = "2025-01-01";

/** A KPI definition as the API takes it, valid in any world. */
export function kpiDefinition(overrides: Record<string, unknown> = {}) {
  return {
    name: "Net revenue retention",
    description: "Recurring revenue kept from existing customers over the month, expansions included.",
    category: "financial",
    unit: "percent",
    decimals: 1,
    direction: "increase",
    baseline: "92",
    targets: [{ effectiveFrom: WORLD_KPI_START, target: "105", warning: "98" }],
    cadence: "monthly",
    startDate: WORLD_KPI_START,
    endDate: "2027-12-31",
    contributorMembershipIds: [],
    teamId: null,
    objectiveIds: [],
    visibility: "organization",
    ...overrides,
  };
}

export async function createWorldKpis(db: PrismaClient, orgId: string, members: Record<Role, { membershipId: string }>): Promise<WorldKpis> {
  const objective = await db.objective.create({
    data: { orgId, name: "Grow recurring revenue", ownerMembershipId: members.admin.membershipId },
    select: { id: true },
  });
  const owned = await Promise.all(
    ROLES.map(async (role) => {
      const membershipId = members[role].membershipId;
      const name = `Owned by ${role}`;
      const kpi = await db.kpi.create({
        data: {
          orgId,
          name,
          activeName: name.toLowerCase(),
          description: "A KPI of the test world, owned by one member.",
          category: "operational",
          unit: "number",
          direction: "increase",
          cadence: "monthly",
          startDate: new Date(`${WORLD_KPI_START}T00:00:00Z`),
          ownerMembershipId: membershipId,
        },
        select: { id: true },
      });
      await Promise.all([
        db.kpiTarget.create({ data: { orgId, kpiId: kpi.id, effectiveFrom: new Date(`${WORLD_KPI_START}T00:00:00Z`), target: "100", warning: "80" } }),
        db.kpiContributor.create({ data: { orgId, kpiId: kpi.id, membershipId } }),
      ]);
      return kpi.id;
    }),
  );
  const ownedBy = Object.fromEntries(ROLES.map((role, index) => [role, owned[index]!])) as Record<Role, string>;
  const linked = await db.objective.create({
    data: { orgId, name: "Keep customers", ownerMembershipId: members.executive.membershipId },
    select: { id: true },
  });
  await db.kpiObjective.create({ data: { orgId, objectiveId: linked.id, kpiId: ownedBy.executive } });
  return { ownedBy, objectiveId: objective.id, linkedObjective: { id: linked.id, kpiId: ownedBy.executive } };
}
