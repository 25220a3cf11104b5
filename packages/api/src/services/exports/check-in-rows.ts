import type { Prisma, PrismaClient } from "@tally/db";
import { statusOfPeriod, type CheckInExportKey, type CheckInExportRange, type ExportRow, type TargetEntry } from "@tally/domain";
import type { Actor } from "../actor";
import { dateFromIso, isoDate } from "../kpi/decimal";
import { toTargetEntries } from "../kpi/latest";
import { authorizeKpiFor, kpiWhereFor } from "../kpi/scope";
import { runsOf } from "./runs";

const checkInSelect = {
  kpiId: true,
  periodStart: true,
  value: true,
  comment: true,
  updatedAt: true,
  recordedByMembershipId: true,
} satisfies Prisma.CheckInSelect;

type CheckInRecord = Prisma.CheckInGetPayload<{ select: typeof checkInSelect }>;

interface KpiFacts {
  id: string;
  code: string | null;
  name: string;
  direction: "increase" | "decrease" | "range";
}

export interface CheckInExport {
  /** The one KPI exported, or null for every visible KPI. */
  kpi: { id: string; code: string | null; name: string } | null;
  batches: AsyncGenerator<ExportRow<CheckInExportKey>[]>;
}

function periodWhere(range: CheckInExportRange): Prisma.DateTimeFilter {
  return { ...(range.from ? { gte: dateFromIso(range.from) } : {}), ...(range.to ? { lte: dateFromIso(range.to) } : {}) };
}

/**
 * The check-ins the actor may see over a range of periods: of one KPI (NOT_FOUND when the actor may not see it,
 * exactly like one that does not exist), or of every active KPI it may see. Checked before the first row is read;
 * the rows then come a batch at a time, KPIs by name and each KPI's periods in order.
 */
export async function checkInExport(db: PrismaClient, actor: Actor, range: CheckInExportRange, batchSize: number): Promise<CheckInExport> {
  if (range.kpiId) await authorizeKpiFor(db, actor, range.kpiId, "kpi.view");
  const kpiWhere: Prisma.KpiWhereInput = {
    AND: [{ orgId: actor.orgId }, await kpiWhereFor(db, actor, "kpi.view"), range.kpiId ? { id: range.kpiId } : { archivedAt: null }],
  };
  const kpi = range.kpiId
    ? await db.kpi.findUniqueOrThrow({ where: { orgId_id: { orgId: actor.orgId, id: range.kpiId } }, select: { id: true, code: true, name: true } })
    : null;
  return { kpi, batches: checkInBatches(db, actor.orgId, kpiWhere, periodWhere(range), batchSize) };
}

async function* checkInBatches(
  db: PrismaClient,
  orgId: string,
  kpiWhere: Prisma.KpiWhereInput,
  periods: Prisma.DateTimeFilter,
  batchSize: number,
): AsyncGenerator<ExportRow<CheckInExportKey>[]> {
  const [kpis, counts] = await Promise.all([
    db.kpi.findMany({
      where: { AND: [kpiWhere, { checkIns: { some: { periodStart: periods } } }] },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, code: true, name: true, direction: true },
    }),
    db.checkIn.groupBy({ by: ["kpiId"], where: { orgId, periodStart: periods, kpi: kpiWhere }, _count: { _all: true } }),
  ]);
  const countOf = new Map(counts.map((row) => [row.kpiId, row._count._all]));
  const position = new Map(kpis.map((kpi, index) => [kpi.id, index]));
  const facts = new Map<string, KpiFacts>(kpis.map((kpi) => [kpi.id, kpi]));
  const recorders = new RecorderNames(db, orgId);
  for (const run of runsOf(kpis.map((kpi) => ({ id: kpi.id, count: countOf.get(kpi.id) ?? 0 })), batchSize)) {
    const ids = run.map((kpi) => kpi.id);
    const schedules = await targetSchedules(db, orgId, ids);
    let after: { kpiId: string; periodStart: Date } | null = null;
    for (;;) {
      const rows: CheckInRecord[] = await db.checkIn.findMany({
        where: {
          orgId,
          kpiId: { in: ids },
          periodStart: periods,
          ...(after ? { OR: [{ kpiId: { gt: after.kpiId } }, { kpiId: after.kpiId, periodStart: { gt: after.periodStart } }] } : {}),
        },
        orderBy: [{ kpiId: "asc" }, { periodStart: "asc" }],
        take: batchSize,
        select: checkInSelect,
      });
      const ordered = [...rows].sort((a, b) => (position.get(a.kpiId) ?? 0) - (position.get(b.kpiId) ?? 0) || a.periodStart.getTime() - b.periodStart.getTime());
      if (ordered.length) {
        const names = await recorders.of(ordered.map((row) => row.recordedByMembershipId));
        yield ordered.map((row) => checkInRow(row, facts.get(row.kpiId), schedules.get(row.kpiId) ?? [], names.get(row.recordedByMembershipId) ?? null));
      }
      const last = rows.at(-1);
      if (!last || rows.length < batchSize) break;
      after = { kpiId: last.kpiId, periodStart: last.periodStart };
    }
  }
}

/** The target schedules of a run's KPIs, in one query. */
async function targetSchedules(db: PrismaClient, orgId: string, kpiIds: string[]): Promise<Map<string, TargetEntry[]>> {
  const rows = await db.kpiTarget.findMany({ where: { orgId, kpiId: { in: kpiIds } } });
  const byKpi = new Map<string, typeof rows>();
  for (const row of rows) byKpi.set(row.kpiId, [...(byKpi.get(row.kpiId) ?? []), row]);
  return new Map(kpiIds.map((id) => [id, toTargetEntries(byKpi.get(id) ?? [])]));
}

/** Recorders' names, looked up once per member for the whole export: a handful of people record thousands of values. */
class RecorderNames {
  private readonly names = new Map<string, string>();

  constructor(
    private readonly db: PrismaClient,
    private readonly orgId: string,
  ) {}

  async of(membershipIds: string[]): Promise<ReadonlyMap<string, string>> {
    const unknown = [...new Set(membershipIds)].filter((id) => !this.names.has(id));
    if (unknown.length) {
      const members = await this.db.membership.findMany({ where: { orgId: this.orgId, id: { in: unknown } }, select: { id: true, user: { select: { name: true } } } });
      for (const member of members) this.names.set(member.id, member.user.name);
    }
    return this.names;
  }
}

function checkInRow(row: CheckInRecord, kpi: KpiFacts | undefined, schedule: TargetEntry[], recordedBy: string | null): ExportRow<CheckInExportKey> {
  const period = isoDate(row.periodStart);
  return {
    kpi: kpi?.code ?? row.kpiId,
    kpi_name: kpi?.name ?? null,
    date: period,
    value: row.value.toFixed(),
    comment: row.comment === "" ? null : row.comment,
    status: kpi ? statusOfPeriod(kpi.direction, schedule, period, row.value.toNumber()) : null,
    recorded_by: recordedBy,
    recorded_at: row.updatedAt.toISOString(),
  };
}
