import type { PrismaClient } from "@tally/db";
import { todayIn } from "@tally/domain";
import type { OrgActor } from "../actor";
import { fieldError } from "../errors";
import { authorizeKpi } from "../kpi/scope";
import { resolveAsOf } from "./as-of-day";
import { kpisAsOf } from "./kpis-as-of";

/**
 * One KPI as it stood at the end of `asOf`, for its page: the member must be able to see the KPI today, and the
 * KPI must have existed by then (a day before its creation has nothing to show, said on the `asOf` field).
 */
export async function kpiAsOf(db: PrismaClient, actor: OrgActor, kpiId: string, asOf: string) {
  await authorizeKpi(db, actor.orgId, actor, kpiId, "kpi.view");
  const day = await resolveAsOf(db, actor, asOf);
  const [kpi] = await kpisAsOf(db, actor.orgId, [kpiId], day, actor.weekStart);
  if (!kpi || !kpi.created) {
    const created = await db.kpi.findUniqueOrThrow({ where: { orgId_id: { orgId: actor.orgId, id: kpiId } }, select: { createdAt: true } });
    throw fieldError("asOf", `This KPI was created on ${todayIn(actor.timeZone, created.createdAt)}. Choose that day or a later one.`);
  }
  return { ...kpi, asOf: day.asOf, weekStart: actor.weekStart };
}
