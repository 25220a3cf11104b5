import type { Prisma, PrismaClient } from "@tally/db";
import { CADENCES, compareIsoDates, currentPeriodStart, kpiStatus, periodLabel, previousPeriodStart, todayIn } from "@tally/domain";
import type { OrgActor } from "../actor";
import { dateFromIso, decimalText, isoDate, isoDateOrNull } from "./decimal";
import { kpiAccessWhere, loadActorScope } from "./scope";

const DUE_LIMIT = 200;

/**
 * The KPIs the member may record whose current or last period has no value yet: overdue ones first, then the
 * rest by name. Each row names the period to fill in. Periods follow the organization's calendar at `now`.
 */
export async function listDue(db: PrismaClient, actor: OrgActor, now: Date = new Date()) {
  const [scope, org] = await Promise.all([
    loadActorScope(db, actor.orgId, actor.membershipId),
    db.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select: { weekStart: true } }),
  ]);
  const today = todayIn(actor.timeZone, now);
  const missingCurrent: Prisma.KpiWhereInput = {
    OR: CADENCES.map((cadence) => {
      const current = dateFromIso(currentPeriodStart(today, cadence, org.weekStart));
      return { cadence, startDate: { lte: dateFromIso(today) }, OR: [{ latestPeriodStart: null }, { latestPeriodStart: { lt: current } }] };
    }),
  };
  const rows = await db.kpi.findMany({
    where: {
      AND: [
        { orgId: actor.orgId, archivedAt: null, formula: null },
        { OR: [{ endDate: null }, { endDate: { gte: dateFromIso(today) } }] },
        kpiAccessWhere(actor.role, "checkin.record", scope),
        missingCurrent,
      ],
    },
    orderBy: { name: "asc" },
    take: DUE_LIMIT,
    select: {
      id: true,
      name: true,
      unit: true,
      currency: true,
      durationUnit: true,
      decimals: true,
      cadence: true,
      startDate: true,
      endDate: true,
      latestPeriodStart: true,
      latestValue: true,
      latestStatus: true,
    },
  });
  const due = rows.map((row) => {
    const current = currentPeriodStart(today, row.cadence, org.weekStart);
    const previous = previousPeriodStart(current, row.cadence, org.weekStart);
    const latest = isoDateOrNull(row.latestPeriodStart);
    const startPeriod = currentPeriodStart(isoDate(row.startDate), row.cadence, org.weekStart);
    const previousMissing = compareIsoDates(previous, startPeriod) >= 0 && (latest === null || compareIsoDates(latest, previous) < 0);
    const period = previousMissing ? previous : current;
    const status = kpiStatus({
      latestPeriodStart: latest,
      latestStatus: row.latestStatus,
      cadence: row.cadence,
      startDate: isoDate(row.startDate),
      endDate: isoDateOrNull(row.endDate),
      today,
      weekStart: org.weekStart,
    });
    return {
      kpiId: row.id,
      name: row.name,
      unit: row.unit,
      currency: row.currency,
      durationUnit: row.durationUnit,
      decimals: row.decimals,
      cadence: row.cadence,
      periodStart: period,
      periodLabel: periodLabel(period, row.cadence, org.weekStart),
      lastValue: decimalText(row.latestValue),
      lastPeriodStart: latest,
      overdue: status === "overdue",
    };
  });
  return due.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.name.localeCompare(b.name));
}
