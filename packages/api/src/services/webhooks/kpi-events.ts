import type { Prisma } from "@tally/db";
import { kpiDefinitionPayload, kpiStatusChangedPayload, type PeriodStatus, type WebhookPayload } from "@tally/domain";
import type { Actor } from "../actor";
import { decimalText, isoDateOrNull } from "../kpi/decimal";
import { queueWebhookEvents, subscribedEventTypes } from "./queue";

type DefinitionEvent = "kpi.created" | "kpi.updated" | "kpi.archived";

export interface KpiEventOptions {
  /** For kpi.updated: the fields that changed. */
  changedFields?: readonly string[];
  /** The KPI's latest status before the change, when the change may have moved it (new targets). */
  statusBefore?: PeriodStatus | null;
}

/**
 * Queues a KPI definition event (and `kpi.status_changed` when `statusBefore` is given and the latest status
 * moved) in the transaction of the change. Costs one small query when no endpoint listens.
 */
export async function queueKpiWebhook(tx: Prisma.TransactionClient, actor: Actor, type: DefinitionEvent, kpiId: string, options: KpiEventOptions = {}): Promise<void> {
  const watchesStatus = options.statusBefore !== undefined;
  const wanted = await subscribedEventTypes(tx, actor.orgId, watchesStatus ? [type, "kpi.status_changed"] : [type]);
  if (!wanted.size) return;
  const kpi = await tx.kpi.findUnique({
    where: { orgId_id: { orgId: actor.orgId, id: kpiId } },
    select: {
      id: true, code: true, name: true, category: true, unit: true, direction: true, cadence: true, version: true, archivedAt: true,
      latestStatus: true, latestPeriodStart: true, latestValue: true,
    },
  });
  if (!kpi) return;
  const at = new Date();
  const organization = { id: actor.orgId, slug: actor.orgSlug };
  const payloads: WebhookPayload[] = [];
  if (wanted.has(type)) {
    payloads.push(
      kpiDefinitionPayload(type, { organization, kpi: { ...kpi, archived: kpi.archivedAt !== null }, changedFields: [...(options.changedFields ?? [])] }, at),
    );
  }
  if (wanted.has("kpi.status_changed") && watchesStatus && kpi.latestStatus !== options.statusBefore) {
    payloads.push(
      kpiStatusChangedPayload(
        {
          organization,
          kpi,
          previousStatus: options.statusBefore ?? null,
          status: kpi.latestStatus,
          periodStart: isoDateOrNull(kpi.latestPeriodStart),
          value: decimalText(kpi.latestValue),
        },
        at,
      ),
    );
  }
  await queueWebhookEvents(tx, actor.orgId, payloads);
}
