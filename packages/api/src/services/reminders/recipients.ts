import type { Cadence, Prisma, ReminderStage } from "@tally/db";

type Reader = Pick<Prisma.TransactionClient, "kpi" | "membership">;

export interface ReminderKpi {
  name: string;
  cadence: Cadence;
}

export interface ReminderRecipients {
  kpi(kpiId: string): ReminderKpi | undefined;
  /** Who hears about a stage: owner and contributors, then the team's leads, then admins and executives. */
  forStage(kpiId: string, stage: ReminderStage): string[];
}

/** The active members each stage of each KPI goes to, read in three queries for all the KPIs at once. */
export async function reminderRecipients(tx: Reader, orgId: string, kpiIds: readonly string[]): Promise<ReminderRecipients> {
  const active = { status: "active" as const };
  const [kpis, seniors] = await Promise.all([
    tx.kpi.findMany({
      where: { orgId, id: { in: [...kpiIds] } },
      select: {
        id: true,
        name: true,
        cadence: true,
        ownerMembershipId: true,
        owner: { select: { status: true } },
        contributors: { where: { membership: active }, select: { membershipId: true } },
        team: { select: { team: { select: { members: { where: { isLead: true, membership: active }, select: { membershipId: true } } } } } },
      },
    }),
    tx.membership.findMany({ where: { orgId, ...active, role: { in: ["admin", "executive"] } }, select: { id: true }, orderBy: { createdAt: "asc" } }),
  ]);
  const byId = new Map(kpis.map((kpi) => [kpi.id, kpi]));
  const unique = (ids: string[]) => [...new Set(ids)];
  return {
    kpi(kpiId) {
      const kpi = byId.get(kpiId);
      return kpi ? { name: kpi.name, cadence: kpi.cadence } : undefined;
    },
    forStage(kpiId, stage) {
      const kpi = byId.get(kpiId);
      if (!kpi) return [];
      switch (stage) {
        case "due":
        case "overdue":
          return unique([...(kpi.owner.status === "active" ? [kpi.ownerMembershipId] : []), ...kpi.contributors.map((row) => row.membershipId)]);
        case "escalated_to_leads":
          return unique(kpi.team?.team.members.map((row) => row.membershipId) ?? []);
        case "escalated_to_admins":
          return seniors.map((row) => row.id);
      }
    },
  };
}
