import type { Prisma } from "@tally/db";
import type { Actor } from "../actor";
import { queueAnalysisAlerts } from "../alerts/analysis-alerts";
import { alertStatusChanges } from "../alerts/status-alerts";
import { rederiveStatusChanges } from "../analysis/status-changes";
import { queueValueWebhooks } from "../webhooks/value-events";
import { recomputeFormulaValues } from "./formula-values";
import { judgeCheckIns } from "./judge-check-ins";
import { refreshLatestOf } from "./latest";

export interface ValueChange {
  kpiId: string;
  /** ISO date of the period's first day. */
  periodStart: string;
}

/**
 * What follows any change of check-ins — by hand, by import or through the API — inside the transaction that
 * made it, so no reader ever sees a value without the summaries that depend on it.
 */
export async function afterValuesChanged(tx: Prisma.TransactionClient, actor: Actor, changes: ValueChange[]): Promise<void> {
  changes = [...changes, ...(await recomputeFormulaValues(tx, actor, changes))];
  const kpiIds = [...new Set(changes.map((change) => change.kpiId))];
  if (!kpiIds.length) return;
  // The statuses from before the change, for the webhooks' status_changed events and the followers' alerts.
  const kpis = await tx.kpi.findMany({ where: { orgId: actor.orgId, id: { in: kpiIds } }, select: { id: true, direction: true, latestStatus: true } });
  await judgeCheckIns(tx, actor.orgId, changes);
  await refreshLatestOf(tx, actor.orgId, kpiIds);
  await rederiveStatusChanges(tx, actor.orgId, kpiIds, actor.weekStart);
  await queueValueWebhooks(tx, actor, changes, kpis);
  await alertStatusChanges(tx, actor, kpis, actor.weekStart);
  await queueAnalysisAlerts(tx, actor, kpiIds);
}
