import type { Prisma } from "@tally/db";
import { checkInRecordedPayload, kpiStatusChangedPayload, periodStatus, targetFor, type PeriodStatus, type TargetEntry, type WebhookPayload } from "@tally/domain";
import type { Actor } from "../actor";
import { decimalText, isoDate, isoDateOrNull } from "../kpi/decimal";
import { toTargetEntries } from "../kpi/latest";
import type { ValueChange } from "../kpi/values-changed";
import { queueWebhookEvents, subscribedEventTypes } from "./queue";

/** A KPI's latest status as it was before the change. */
export interface StatusBefore {
  id: string;
  latestStatus: PeriodStatus | null;
}

type Tx = Prisma.TransactionClient;
type KpiRow = { id: string; code: string | null; name: string; direction: "increase" | "decrease" | "range" };

/** The status of one period's value against the target of its time; none when the KPI has no usable target. */
function statusOf(direction: KpiRow["direction"], value: Prisma.Decimal, schedule: TargetEntry[], period: string): PeriodStatus | null {
  const entry = targetFor(schedule, period);
  if (!entry) return null;
  try {
    return periodStatus(direction, value.toNumber(), entry);
  } catch {
    return null;
  }
}

async function checkInPayloads(tx: Tx, actor: Actor, kpis: Map<string, KpiRow>, changes: readonly ValueChange[], at: Date): Promise<WebhookPayload[]> {
  const kpiIds = [...kpis.keys()];
  const periods = [...new Set(changes.map((change) => change.periodStart))];
  const [checkIns, targets] = await Promise.all([
    tx.checkIn.findMany({
      where: { orgId: actor.orgId, kpiId: { in: kpiIds }, periodStart: { in: periods.map((period) => new Date(`${period}T00:00:00.000Z`)) } },
      select: { id: true, kpiId: true, periodStart: true, value: true, source: true },
    }),
    tx.kpiTarget.findMany({ where: { orgId: actor.orgId, kpiId: { in: kpiIds } } }),
  ]);
  const schedules = new Map<string, TargetEntry[]>();
  for (const kpiId of kpiIds) schedules.set(kpiId, toTargetEntries(targets.filter((target) => target.kpiId === kpiId)));
  const byPeriod = new Map(checkIns.map((checkIn) => [`${checkIn.kpiId}|${isoDate(checkIn.periodStart)}`, checkIn]));
  const organization = { id: actor.orgId, slug: actor.orgSlug };
  const payloads: WebhookPayload[] = [];
  const seen = new Set<string>();
  for (const change of changes) {
    const key = `${change.kpiId}|${change.periodStart}`;
    const checkIn = byPeriod.get(key);
    const kpi = kpis.get(change.kpiId);
    // A removed value records nothing; its KPI's status may still change (below).
    if (!checkIn || !kpi || seen.has(key)) continue;
    seen.add(key);
    payloads.push(
      checkInRecordedPayload(
        {
          organization,
          kpi,
          checkIn: {
            id: checkIn.id,
            periodStart: change.periodStart,
            value: checkIn.value.toString(),
            status: statusOf(kpi.direction, checkIn.value, schedules.get(kpi.id) ?? [], change.periodStart),
            source: checkIn.source,
          },
        },
        at,
      ),
    );
  }
  return payloads;
}

/**
 * The webhook events of a change of values, queued in its transaction: `checkin.recorded` for every value
 * written, and `kpi.status_changed` for every KPI whose latest status is no longer what it was before. Called
 * after the KPIs' latest values were refreshed; `before` holds their statuses from before the change.
 */
export async function queueValueWebhooks(tx: Tx, actor: Actor, changes: readonly ValueChange[], before: readonly StatusBefore[]): Promise<void> {
  if (!changes.length) return;
  const wanted = await subscribedEventTypes(tx, actor.orgId, ["checkin.recorded", "kpi.status_changed"]);
  if (!wanted.size) return;
  const at = new Date();
  const rows = await tx.kpi.findMany({
    where: { orgId: actor.orgId, id: { in: [...new Set(changes.map((change) => change.kpiId))] } },
    select: { id: true, code: true, name: true, direction: true, latestStatus: true, latestPeriodStart: true, latestValue: true },
  });
  const kpis = new Map(rows.map((row) => [row.id, row]));
  const payloads = wanted.has("checkin.recorded") ? await checkInPayloads(tx, actor, kpis, changes, at) : [];
  if (wanted.has("kpi.status_changed")) {
    const organization = { id: actor.orgId, slug: actor.orgSlug };
    for (const previous of before) {
      const kpi = kpis.get(previous.id);
      if (!kpi || kpi.latestStatus === previous.latestStatus) continue;
      payloads.push(
        kpiStatusChangedPayload(
          {
            organization,
            kpi,
            previousStatus: previous.latestStatus,
            status: kpi.latestStatus,
            periodStart: isoDateOrNull(kpi.latestPeriodStart),
            value: decimalText(kpi.latestValue),
          },
          at,
        ),
      );
    }
  }
  await queueWebhookEvents(tx, actor.orgId, payloads);
}
