import type { Prisma, PrismaClient } from "@tally/db";
import { kpiStatus, todayIn } from "@tally/domain";
import type { Actor } from "../actor";
import { notFound } from "../errors";
import { dateFromIso, decimalText, isoDate, isoDateOrNull } from "./decimal";
import { kpiWhereFor } from "./scope";

/**
 * KPIs as machines read them: the definition, the target in force and the latest value with the KPI's status,
 * for every KPI the actor may see. Pages follow the id order, so a page never skips or repeats a KPI while
 * others are added.
 */
function feedSelect(today: string) {
  return {
    id: true,
    code: true,
    name: true,
    description: true,
    category: true,
    unit: true,
    currency: true,
    durationUnit: true,
    decimals: true,
    direction: true,
    cadence: true,
    startDate: true,
    endDate: true,
    visibility: true,
    formula: true,
    archivedAt: true,
    latestPeriodStart: true,
    latestValue: true,
    latestStatus: true,
    updatedAt: true,
    team: { select: { team: { select: { id: true, name: true } } } },
    targets: {
      where: { effectiveFrom: { lte: dateFromIso(today) } },
      orderBy: { effectiveFrom: "desc" },
      take: 1,
      select: { effectiveFrom: true, target: true, targetMin: true, targetMax: true, warning: true, tolerance: true },
    },
  } satisfies Prisma.KpiSelect;
}

type FeedRow = Prisma.KpiGetPayload<{ select: ReturnType<typeof feedSelect> }>;

function present(row: FeedRow, today: string, weekStart: number) {
  const target = row.targets[0];
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    description: row.description,
    category: row.category,
    unit: row.unit,
    currency: row.currency,
    durationUnit: row.durationUnit,
    decimals: row.decimals,
    direction: row.direction,
    cadence: row.cadence,
    startDate: isoDate(row.startDate),
    endDate: isoDateOrNull(row.endDate),
    visibility: row.visibility,
    team: row.team?.team ?? null,
    calculated: row.formula !== null,
    archived: row.archivedAt !== null,
    status: kpiStatus({
      latestPeriodStart: isoDateOrNull(row.latestPeriodStart),
      latestStatus: row.latestStatus,
      cadence: row.cadence,
      startDate: isoDate(row.startDate),
      endDate: isoDateOrNull(row.endDate),
      today,
      weekStart,
    }),
    latest: row.latestPeriodStart ? { periodStart: isoDate(row.latestPeriodStart), value: decimalText(row.latestValue)! } : null,
    target: target
      ? {
          effectiveFrom: isoDate(target.effectiveFrom),
          target: decimalText(target.target),
          targetMin: decimalText(target.targetMin),
          targetMax: decimalText(target.targetMax),
          warning: decimalText(target.warning),
          tolerance: decimalText(target.tolerance),
        }
      : null,
    updatedAt: row.updatedAt,
  };
}

export type FeedKpi = ReturnType<typeof present>;

function calendarOf(actor: Actor, now: Date) {
  return { today: todayIn(actor.timeZone, now), weekStart: actor.weekStart };
}

export interface KpiFeedPage {
  kpis: FeedKpi[];
  /** The id after which the next page starts, or null on the last page. */
  nextAfter: string | null;
}

export async function listKpiFeed(
  db: PrismaClient,
  actor: Actor,
  input: { after: string | null; limit: number; archived: boolean },
  now: Date = new Date(),
): Promise<KpiFeedPage> {
  const { today, weekStart } = calendarOf(actor, now);
  const rows = await db.kpi.findMany({
    where: {
      AND: [
        { orgId: actor.orgId },
        await kpiWhereFor(db, actor, "kpi.view"),
        input.archived ? { archivedAt: { not: null } } : { archivedAt: null },
        input.after ? { id: { gt: input.after } } : {},
      ],
    },
    // One page of KPIs: their relations are read for the page alone, not joined for every match before the limit.
    relationLoadStrategy: "query",
    orderBy: { id: "asc" },
    take: input.limit + 1,
    select: feedSelect(today),
  });
  const page = rows.slice(0, input.limit);
  return { kpis: page.map((row) => present(row, today, weekStart)), nextAfter: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null };
}

/** One KPI the actor may see (by its id, already resolved), or NOT_FOUND. */
export async function getKpiFeedItem(db: PrismaClient, actor: Actor, kpiId: string, now: Date = new Date()): Promise<FeedKpi> {
  const { today, weekStart } = calendarOf(actor, now);
  const row = await db.kpi.findFirst({
    where: { AND: [{ orgId: actor.orgId, id: kpiId }, await kpiWhereFor(db, actor, "kpi.view")] },
    select: feedSelect(today),
  });
  if (!row) throw notFound("This KPI");
  return present(row, today, weekStart);
}
