import type { PrismaClient } from "@tally/db";
import { DEFAULT_KPI_WEIGHT, can, linkProgress, objectiveRollup, toNumberOrNull } from "@tally/domain";
import type { OrgActor } from "../actor";
import { notFound } from "../errors";
import { decimalText, isoDateOrNull } from "../kpi/decimal";
import { kpiListSelect, toKpiListRow } from "../kpi/list";
import { recentValues } from "../kpi/sparklines";
import { groupKpiQuery } from "./group-kpis";

export async function findObjective(db: Pick<PrismaClient, "objective">, orgId: string, objectiveId: string) {
  const objective = await db.objective.findUnique({
    where: { orgId_id: { orgId, id: objectiveId } },
    select: { id: true, name: true, description: true, dueDate: true, archivedAt: true, owner: { select: { id: true, user: { select: { name: true } } } } },
  });
  if (!objective) throw notFound("This objective");
  return objective;
}

/**
 * An objective with the linked KPIs the member may see — status, latest value and period, target, trend and
 * weight — and the weighted roll-up over exactly those KPIs. Three queries whatever the number of links.
 */
export async function getObjective(db: PrismaClient, actor: OrgActor, objectiveId: string, now: Date = new Date()) {
  const objective = await findObjective(db, actor.orgId, objectiveId);
  const { where, today, weekStart } = await groupKpiQuery(db, actor, { objectiveId: objective.id }, now);
  const rows = await db.kpi.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { ...kpiListSelect(today), baseline: true, objectives: { where: { objectiveId: objective.id }, select: { weight: true } } },
  });
  const trends = await recentValues(db, actor.orgId, rows.map((row) => row.id));
  const kpis = rows.map((row) => {
    const listRow = toKpiListRow(row, today, weekStart);
    const weight = row.objectives[0]?.weight;
    return {
      ...listRow,
      trend: trends.get(row.id) ?? [],
      weight: weight ? weight.toString() : DEFAULT_KPI_WEIGHT,
      progress: linkProgress({
        direction: row.direction,
        value: toNumberOrNull(listRow.latestValue),
        baseline: toNumberOrNull(decimalText(row.baseline)),
        target: toNumberOrNull(listRow.target?.target),
        targetMin: toNumberOrNull(listRow.target?.targetMin),
        targetMax: toNumberOrNull(listRow.target?.targetMax),
      }),
    };
  });
  return {
    id: objective.id,
    name: objective.name,
    description: objective.description,
    dueDate: isoDateOrNull(objective.dueDate),
    archived: objective.archivedAt !== null,
    owner: { membershipId: objective.owner.id, name: objective.owner.user.name },
    canEditWeights: can(actor.role, "objective.update"),
    kpis,
    rollup: objectiveRollup(kpis.map((kpi) => ({ weight: Number(kpi.weight), status: kpi.status, progress: kpi.progress }))),
  };
}
