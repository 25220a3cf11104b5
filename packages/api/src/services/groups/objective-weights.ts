import type { PrismaClient } from "@tally/db";
import type { SetKpiWeightInput } from "@tally/domain";
import type { OrgActor } from "../actor";
import { recordAudit } from "../audit";
import { DomainError } from "../errors";
import { kpiWhereFor } from "../kpi/scope";
import { findObjective } from "./objective-detail";

/**
 * Sets how much one linked KPI counts in the objective's roll-up. The KPI must be linked and visible to the
 * actor; a KPI they may not see is answered exactly like one that is not linked.
 */
export async function setKpiWeight(db: PrismaClient, actor: OrgActor, input: SetKpiWeightInput) {
  const visible = await kpiWhereFor(db, actor, "kpi.view");
  return db.$transaction(async (tx) => {
    const objective = await findObjective(tx, actor.orgId, input.objectiveId);
    const link = await tx.kpiObjective.findFirst({
      where: { orgId: actor.orgId, objectiveId: objective.id, kpiId: input.kpiId, kpi: { AND: [{ orgId: actor.orgId }, visible] } },
      select: { weight: true, kpi: { select: { name: true } } },
    });
    if (!link) throw new DomainError("not_found", "This KPI is not linked to this objective.", "kpiId");
    const before = link.weight.toString();
    await tx.kpiObjective.update({
      where: { orgId_kpiId_objectiveId: { orgId: actor.orgId, kpiId: input.kpiId, objectiveId: objective.id } },
      data: { weight: input.weight },
    });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: "objective.weight_changed",
      targetType: "objective",
      targetId: objective.id,
      before: { kpiId: input.kpiId, kpi: link.kpi.name, weight: before },
      after: { kpiId: input.kpiId, kpi: link.kpi.name, weight: input.weight },
    });
    return { objectiveId: objective.id, kpiId: input.kpiId, weight: input.weight };
  });
}
