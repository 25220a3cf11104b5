import type { Prisma, PrismaClient } from "@tally/db";
import { missingPeriod, periodLabel, targetFor, type AttentionStatus, type TargetEntry } from "@tally/domain";
import { decimalText, isoDateOrNull } from "../kpi/decimal";
import { toTargetEntries } from "../kpi/latest";
import { statusWhere } from "../kpi/list-where";

/** Worst first: a missed target, then a missing value, then a value only at risk. */
export const ATTENTION_ORDER: readonly AttentionStatus[] = ["off_track", "overdue", "at_risk"];
const ATTENTION_ROWS = 8;

const attentionSelect = {
  id: true,
  name: true,
  unit: true,
  currency: true,
  durationUnit: true,
  decimals: true,
  direction: true,
  cadence: true,
  latestPeriodStart: true,
  latestValue: true,
  owner: { select: { user: { select: { name: true } } } },
  targets: { orderBy: { effectiveFrom: "asc" }, select: { effectiveFrom: true, target: true, targetMin: true, targetMax: true, warning: true, tolerance: true } },
  // Counted in the same statement: an off-track or overdue KPI nobody is acting on is flagged.
  _count: { select: { actionKpis: { where: { action: { status: "open" } } } } },
} satisfies Prisma.KpiSelect;

type AttentionRecord = Prisma.KpiGetPayload<{ select: typeof attentionSelect }>;

export interface AttentionItem {
  id: string;
  name: string;
  ownerName: string;
  status: AttentionStatus;
  unit: AttentionRecord["unit"];
  currency: string | null;
  durationUnit: AttentionRecord["durationUnit"];
  decimals: number;
  direction: AttentionRecord["direction"];
  cadence: AttentionRecord["cadence"];
  /** The newest value with its period: never shown without it, so an old value cannot pass for a current one. */
  latest: { periodStart: string; periodLabel: string; value: string } | null;
  /** The target in force for the newest value's period. */
  target: TargetEntry | null;
  /** For an overdue KPI: the period it lacks and the day it became overdue. */
  missing: { periodStart: string; periodLabel: string; overdueSince: string } | null;
  /** Whether an open corrective action is linked to it. */
  hasOpenAction: boolean;
}

function toItem(row: AttentionRecord, status: AttentionStatus, today: string, weekStart: number): AttentionItem {
  const latestStart = isoDateOrNull(row.latestPeriodStart);
  const missing = status === "overdue" ? missingPeriod(row.cadence, today, weekStart) : null;
  return {
    id: row.id,
    name: row.name,
    ownerName: row.owner.user.name,
    status,
    unit: row.unit,
    currency: row.currency,
    durationUnit: row.durationUnit,
    decimals: row.decimals,
    direction: row.direction,
    cadence: row.cadence,
    latest:
      latestStart && row.latestValue !== null
        ? { periodStart: latestStart, periodLabel: periodLabel(latestStart, row.cadence, weekStart), value: decimalText(row.latestValue)! }
        : null,
    target: latestStart ? targetFor(toTargetEntries(row.targets), latestStart) : null,
    missing: missing ? { ...missing, periodLabel: periodLabel(missing.periodStart, row.cadence, weekStart) } : null,
    hasOpenAction: row._count.actionKpis > 0,
  };
}

/**
 * The visible KPIs that need attention, worst first and by name within a status: one query per status (three
 * in all, each with the list's own status filter), the target schedule coming with each row.
 */
export async function needsAttention(db: Pick<PrismaClient, "kpi">, where: Prisma.KpiWhereInput, today: string, weekStart: number): Promise<AttentionItem[]> {
  const pages = await Promise.all(
    ATTENTION_ORDER.map((status) =>
      db.kpi.findMany({
        // A few rows of many: their relations are read for those rows alone.
        relationLoadStrategy: "query",
        where: { AND: [where, statusWhere(status, today, weekStart)] },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: ATTENTION_ROWS,
        select: attentionSelect,
      }),
    ),
  );
  return ATTENTION_ORDER.flatMap((status, index) => (pages[index] ?? []).map((row) => toItem(row, status, today, weekStart))).slice(0, ATTENTION_ROWS);
}

/** The statuses that call for a corrective action: a KPI in one of them with no open action is flagged. */
export const NEEDS_ACTION_STATUSES: readonly AttentionStatus[] = ["off_track", "overdue"];

/** How many of the visible KPIs are off track or overdue with no open action: one count. */
export function countWithoutAction(db: Pick<PrismaClient, "kpi">, where: Prisma.KpiWhereInput, today: string, weekStart: number): Promise<number> {
  return db.kpi.count({
    where: {
      AND: [where, { OR: NEEDS_ACTION_STATUSES.map((status) => statusWhere(status, today, weekStart)) }, { actionKpis: { none: { action: { status: "open" } } } }],
    },
  });
}
