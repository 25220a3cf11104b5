import { Prisma, type PrismaClient } from "@tally/db";
import { kpiStatus, todayIn, trailingStatusChanges, type KpiStatus, type StatusChangeRule } from "@tally/domain";
import type { Actor } from "../actor";
import { decimalText, isoDate, isoDateOrNull } from "../kpi/decimal";
import { authorizeKpiFor } from "../kpi/scope";
import { loadTimelineSources, timelineOf, type StoredStatusChange } from "./status-changes";

/** One line of a KPI's "Why this status" timeline; decimals as exact strings. */
export interface StatusTimelineEntry {
  on: string;
  from: KpiStatus;
  to: KpiStatus;
  rule: StatusChangeRule;
  periodStart: string;
  value: string | null;
  target: { effectiveFrom: string; target: string | null; targetMin: string | null; targetMax: string | null; warning: string | null; tolerance: string | null } | null;
  /** True for the changes after the newest value, which depend on today and are derived when read. */
  asOfToday: boolean;
}

export interface StatusTimeline {
  kpiId: string;
  cadence: "daily" | "weekly" | "monthly" | "quarterly" | "yearly";
  weekStart: number;
  status: KpiStatus;
  /** Newest first. */
  changes: StatusTimelineEntry[];
}

const exact = (text: string | null) => (text === null ? null : new Prisma.Decimal(text).toString());

function fromDerived(change: StoredStatusChange): StatusTimelineEntry {
  const target = change.targetText;
  return {
    on: change.on,
    from: change.from,
    to: change.to,
    rule: change.rule,
    periodStart: change.periodStart,
    value: exact(change.valueText),
    target: target
      ? { effectiveFrom: target.effectiveFrom, target: exact(target.target), targetMin: exact(target.targetMin), targetMax: exact(target.targetMax), warning: exact(target.warning), tolerance: exact(target.tolerance) }
      : null,
    asOfToday: false,
  };
}

/**
 * Every status change of one KPI with its cause, newest first: the stored changes, and the overdue stretch after
 * the newest value up to today. The KPI must be visible to the actor (NOT_FOUND otherwise, as for a missing one).
 */
export async function kpiStatusTimeline(db: PrismaClient, actor: Actor, kpiId: string, now: Date = new Date()): Promise<StatusTimeline> {
  await authorizeKpiFor(db, actor, kpiId, "kpi.view");
  const [kpi, stored] = await Promise.all([
    db.kpi.findUniqueOrThrow({
      where: { orgId_id: { orgId: actor.orgId, id: kpiId } },
      select: { direction: true, cadence: true, startDate: true, endDate: true, latestPeriodStart: true, latestStatus: true },
    }),
    db.kpiStatusChange.findMany({ where: { orgId: actor.orgId, kpiId }, orderBy: { seq: "asc" } }),
  ]);
  const timelineKpi = { direction: kpi.direction, cadence: kpi.cadence, startDate: isoDate(kpi.startDate), endDate: isoDateOrNull(kpi.endDate), weekStart: actor.weekStart };
  let changes: StatusTimelineEntry[] = stored.map((row) => ({
    on: isoDate(row.changedOn),
    from: row.fromStatus,
    to: row.toStatus,
    rule: row.rule,
    periodStart: isoDate(row.periodStart),
    value: decimalText(row.value),
    target: row.targetFrom
      ? {
          effectiveFrom: isoDate(row.targetFrom),
          target: decimalText(row.target),
          targetMin: decimalText(row.targetMin),
          targetMax: decimalText(row.targetMax),
          warning: decimalText(row.warning),
          tolerance: decimalText(row.tolerance),
        }
      : null,
    asOfToday: false,
  }));
  const latestPeriod = isoDateOrNull(kpi.latestPeriodStart);
  if (!changes.length && latestPeriod !== null) {
    // Values recorded before timelines were stored (or written by the demo seed) have none yet: derive it now.
    const [source] = await loadTimelineSources(db, actor.orgId, [kpiId], actor.weekStart);
    changes = source ? timelineOf(source).map(fromDerived) : [];
  }
  const today = todayIn(actor.timeZone, now);
  const latest = latestPeriod === null ? null : { periodStart: latestPeriod, status: kpi.latestStatus };
  const trailing = trailingStatusChanges(timelineKpi, latest, today).map((change) => ({ ...change, value: null, target: null, asOfToday: true }));
  const status = kpiStatus({ ...timelineKpi, latestPeriodStart: latestPeriod, latestStatus: kpi.latestStatus, today });
  return { kpiId, cadence: kpi.cadence, weekStart: actor.weekStart, status, changes: [...changes, ...trailing].reverse() };
}
