import type { DurationUnit, KpiUnit, PrismaClient } from "@tally/db";
import {
  compareIsoDates,
  definitionAsOf,
  historyCovers,
  kpiStatus,
  statusOfPeriod,
  type Cadence,
  type KpiCategory,
  type KpiDirection,
  type KpiStatus,
  type PeriodStatus,
  type TargetEntry,
} from "@tally/domain";
import { snapshotInclude, snapshotOf } from "../kpi/definition-snapshot";
import type { AsOfDay } from "./as-of-day";
import { valuesAsOf } from "./values-as-of";

/** One schedule entry as the definition history keeps it: decimals as exact text. */
export interface TargetText {
  effectiveFrom: string;
  target: string | null;
  targetMin: string | null;
  targetMax: string | null;
  warning: string | null;
  tolerance: string | null;
}

export interface CheckInAsOf {
  periodStart: string;
  value: string;
  comment: string;
  recordedAt: Date;
  recordedBy: string;
  /** Judged against the schedule in force at the cutoff, as the KPI's own check-ins are against today's. */
  status: PeriodStatus | null;
}

/** A KPI as it stood at the end of the as-of day: its definition then, the values recorded by then, its status then. */
export interface KpiAsOf {
  id: string;
  /** Created before the cutoff and not archived at it: the KPI lists of that day held it. */
  active: boolean;
  created: boolean;
  name: string;
  description: string;
  category: KpiCategory;
  direction: KpiDirection;
  cadence: Cadence;
  startDate: string;
  endDate: string | null;
  baseline: string | null;
  benchmarkValue: string | null;
  objectiveIds: string[];
  targets: TargetText[];
  schedule: TargetEntry[];
  /** False when the definition history does not reach back to the KPI's creation: the definition may be later than the day. */
  historyComplete: boolean;
  /** The fields that changed since the day and were read back from the history. */
  restored: string[];
  unit: KpiUnit;
  currency: string | null;
  durationUnit: DurationUnit | null;
  decimals: number;
  ownerName: string;
  /** Period order. */
  checkIns: CheckInAsOf[];
  status: KpiStatus;
}

const number = (text: string | null) => (text === null ? null : Number(text));

export function toSchedule(targets: readonly TargetText[]): TargetEntry[] {
  return targets.map((t) => ({ ...t, target: number(t.target), targetMin: number(t.targetMin), targetMax: number(t.targetMax), warning: number(t.warning), tolerance: number(t.tolerance) }));
}

/** The status a KPI showed on `today` from the check-ins known then (the domain's `kpiStatus`). */
export function statusOn(kpi: Pick<KpiAsOf, "cadence" | "startDate" | "endDate" | "checkIns">, today: string, weekStart: number): KpiStatus {
  let latest: CheckInAsOf | null = null;
  for (const checkIn of kpi.checkIns) if (compareIsoDates(checkIn.periodStart, today) <= 0) latest = checkIn;
  return kpiStatus({ latestPeriodStart: latest?.periodStart ?? null, latestStatus: latest?.status ?? null, cadence: kpi.cadence, startDate: kpi.startDate, endDate: kpi.endDate, today, weekStart });
}

/**
 * These KPIs as they stood at the end of `day`: definitions from the current ones and their history (one read),
 * values from one statement for all of them. The caller has checked that the actor may see them.
 */
export async function kpisAsOf(db: PrismaClient, orgId: string, kpiIds: readonly string[], day: AsOfDay, weekStart: number): Promise<KpiAsOf[]> {
  if (!kpiIds.length) return [];
  const [rows, values] = await Promise.all([
    db.kpi.findMany({
      where: { orgId, id: { in: [...new Set(kpiIds)] } },
      include: { ...snapshotInclude, owner: { select: { user: { select: { name: true } } } }, revisions: { select: { createdAt: true, changes: true } } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
    valuesAsOf(db, orgId, kpiIds, day.cutoff),
  ]);
  const valuesOf = new Map<string, typeof values>();
  for (const value of values) valuesOf.set(value.kpiId, [...(valuesOf.get(value.kpiId) ?? []), value]);
  return rows.map((row) => {
    const current: Record<string, unknown> = { ...snapshotOf(row), archived: row.archivedAt !== null };
    const { definition, restored } = definitionAsOf(current, row.revisions, day.cutoff);
    const targets = definition.targets as unknown as TargetText[];
    const schedule = toSchedule(targets);
    const direction = definition.direction as KpiDirection;
    const checkIns = (valuesOf.get(row.id) ?? []).map(({ kpiId: _kpiId, ...value }) => ({
      ...value,
      status: statusOfPeriod(direction, schedule, value.periodStart, Number(value.value)),
    }));
    const created = row.createdAt.getTime() < day.cutoff.getTime();
    const kpi = {
      id: row.id,
      created,
      active: created && definition.archived !== true,
      name: definition.name as string,
      description: definition.description as string,
      category: definition.category as KpiCategory,
      direction,
      cadence: definition.cadence as Cadence,
      startDate: definition.startDate as string,
      endDate: definition.endDate as string | null,
      baseline: definition.baseline as string | null,
      benchmarkValue: definition.benchmarkValue as string | null,
      objectiveIds: definition.objectives as string[],
      targets,
      schedule,
      historyComplete: historyCovers(row.revisions),
      restored: restored.map(String),
      unit: definition.unit as KpiUnit,
      currency: definition.currency as string | null,
      durationUnit: definition.durationUnit as DurationUnit | null,
      decimals: definition.decimals as number,
      ownerName: row.owner.user.name,
      checkIns,
    };
    return { ...kpi, status: statusOn(kpi, day.asOf, weekStart) };
  });
}
