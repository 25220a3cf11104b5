import type { PrismaClient } from "@tally/db";
import { canOnKpi, type ActorScope, type KpiScope, type Role } from "@tally/domain";
import { fieldError, notFound } from "../errors";
import { kpiScopeSelect, toKpiScope } from "../kpi/scope";

export interface LinkedKpi {
  id: string;
  name: string;
  archived: boolean;
  scope: KpiScope;
}

/**
 * The KPIs an action is to be linked to, in one query. A KPI that does not exist, or that the member may not see,
 * is not found either way, so an action form cannot be used to probe for hidden KPIs.
 */
export async function loadLinkableKpis(
  db: Pick<PrismaClient, "kpi">,
  orgId: string,
  member: { role: Role; scope: ActorScope },
  kpiIds: readonly string[],
): Promise<LinkedKpi[]> {
  const rows = await db.kpi.findMany({
    where: { orgId, id: { in: [...kpiIds] } },
    select: { ...kpiScopeSelect, name: true, archivedAt: true },
  });
  const kpis = rows.map((row) => ({ id: row.id, name: row.name, archived: row.archivedAt !== null, scope: toKpiScope(row) }));
  if (kpis.length !== new Set(kpiIds).size || kpis.some((kpi) => !canOnKpi(member.role, "kpi.view", member.scope, kpi.scope))) {
    throw notFound("A KPI of this action");
  }
  const archived = kpis.find((kpi) => kpi.archived);
  if (archived) throw fieldError("kpiIds", `“${archived.name}” is archived: restore it before adding actions to it.`);
  return kpis;
}
