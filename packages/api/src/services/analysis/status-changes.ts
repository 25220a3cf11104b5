import type { Prisma } from "@tally/db";
import { deriveStatusChanges, type Cadence, type KpiDirection, type PeriodStatus, type StatusChange, type StatusTimelineKpi, type TargetEntry } from "@tally/domain";
import { textArray } from "../sql-arrays";

type Tx = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

/** One schedule entry as stored: the decimals as exact text, for the snapshot, and as numbers, for the rules. */
interface TargetText {
  effectiveFrom: string;
  target: string | null;
  targetMin: string | null;
  targetMax: string | null;
  warning: string | null;
  tolerance: string | null;
}

/** A KPI with its whole schedule and every check-in, as one row of the one read below. */
export interface TimelineSource {
  kpiId: string;
  kpi: StatusTimelineKpi;
  targets: TargetText[];
  /** [periodStart, value as exact text, status], in period order. */
  checkIns: [string, string, PeriodStatus | null][];
}

function toEntry(text: TargetText): TargetEntry {
  const number = (value: string | null) => (value === null ? null : Number(value));
  return {
    effectiveFrom: text.effectiveFrom,
    target: number(text.target),
    targetMin: number(text.targetMin),
    targetMax: number(text.targetMax),
    warning: number(text.warning),
    tolerance: number(text.tolerance),
  };
}

/**
 * The KPIs with their schedules and check-ins in ONE statement, however many KPIs: each KPI's rows come back as
 * JSON arrays, so 100,000 check-ins of 200 KPIs are 200 rows on the wire.
 */
export async function loadTimelineSources(tx: Pick<Prisma.TransactionClient, "$queryRaw">, orgId: string, kpiIds: readonly string[], weekStart: number): Promise<TimelineSource[]> {
  const rows = await tx.$queryRaw<{ id: string; direction: KpiDirection; cadence: Cadence; start_date: string; end_date: string | null; targets: string; check_ins: string }[]>`
    SELECT k."id", k."direction"::text AS direction, k."cadence"::text AS cadence, k."startDate"::text AS start_date, k."endDate"::text AS end_date,
      COALESCE((
        SELECT json_agg(json_build_object('effectiveFrom', t."effectiveFrom"::text, 'target', t."target"::text, 'targetMin', t."targetMin"::text,
          'targetMax', t."targetMax"::text, 'warning', t."warning"::text, 'tolerance', t."tolerance"::text) ORDER BY t."effectiveFrom")
        FROM "KpiTarget" t WHERE t."orgId" = k."orgId" AND t."kpiId" = k."id"
      ), '[]')::text AS targets,
      COALESCE((
        SELECT json_agg(json_build_array(c."periodStart"::text, c."value"::text, c."status"::text) ORDER BY c."periodStart")
        FROM "CheckIn" c WHERE c."orgId" = k."orgId" AND c."kpiId" = k."id"
      ), '[]')::text AS check_ins
    FROM "Kpi" k
    WHERE k."orgId" = ${orgId} AND k."id" = ANY(${textArray([...new Set(kpiIds)])}::text[])`;
  return rows.map((row) => ({
    kpiId: row.id,
    kpi: { direction: row.direction, cadence: row.cadence, startDate: row.start_date, endDate: row.end_date, weekStart },
    targets: JSON.parse(row.targets) as TargetText[],
    checkIns: JSON.parse(row.check_ins) as TimelineSource["checkIns"],
  }));
}

/** A change with the exact decimals it was derived from, ready to be stored or shown. */
export interface StoredStatusChange extends StatusChange {
  valueText: string | null;
  targetText: TargetText | null;
}

/** The stored part of one KPI's timeline: the changes its data decides (`deriveStatusChanges`). */
export function timelineOf(source: TimelineSource): StoredStatusChange[] {
  const schedule = source.targets.map(toEntry);
  const entryText = new Map(source.targets.map((target) => [target.effectiveFrom, target]));
  const valueText = new Map(source.checkIns.map(([period, value]) => [period, value]));
  const checkIns = source.checkIns.map(([periodStart, value, status]) => ({ periodStart, value: Number(value), status }));
  return deriveStatusChanges(source.kpi, schedule, checkIns).map((change) => ({
    ...change,
    valueText: change.value === null ? null : (valueText.get(change.periodStart) ?? null),
    targetText: change.target ? (entryText.get(change.target.effectiveFrom) ?? null) : null,
  }));
}

/**
 * Derives the status timelines of these KPIs again and replaces the stored ones: one read, one delete, one insert
 * for any number of KPIs. Runs in the transaction of every change to check-ins or to a KPI's definition, after the
 * check-ins were judged, so a corrected old value or a moved target rewrites the whole timeline. Only what the data
 * decides is stored; the overdue stretch after the newest value depends on today and is added when read.
 */
export async function rederiveStatusChanges(tx: Tx, orgId: string, kpiIds: readonly string[], weekStart: number): Promise<void> {
  const ids = [...new Set(kpiIds)];
  if (!ids.length) return;
  const sources = await loadTimelineSources(tx, orgId, ids, weekStart);
  const rows = sources.flatMap((source) => timelineOf(source).map((change, seq) => ({ kpiId: source.kpiId, seq, change })));
  await tx.$executeRaw`DELETE FROM "KpiStatusChange" WHERE "orgId" = ${orgId} AND "kpiId" = ANY(${textArray(ids)}::text[])`;
  if (!rows.length) return;
  const column = (pick: (row: (typeof rows)[number]) => string | null) => textArray(rows.map(pick));
  await tx.$executeRaw`
    INSERT INTO "KpiStatusChange" ("orgId", "kpiId", "seq", "changedOn", "fromStatus", "toStatus", "rule", "periodStart", "value",
      "targetFrom", "target", "targetMin", "targetMax", "warning", "tolerance")
    SELECT ${orgId}, r.kpi_id, r.seq, r.changed_on, r.from_status::"KpiStatus", r.to_status::"KpiStatus", r.rule::"StatusChangeRule", r.period_start,
      r.value, r.target_from, r.target, r.target_min, r.target_max, r.warning, r.tolerance
    FROM unnest(
      ${column((row) => row.kpiId)}::text[], ${column((row) => String(row.seq))}::int[], ${column((row) => row.change.on)}::date[],
      ${column((row) => row.change.from)}::text[], ${column((row) => row.change.to)}::text[], ${column((row) => row.change.rule)}::text[],
      ${column((row) => row.change.periodStart)}::date[], ${column((row) => row.change.valueText)}::numeric[],
      ${column((row) => row.change.targetText?.effectiveFrom ?? null)}::date[], ${column((row) => row.change.targetText?.target ?? null)}::numeric[],
      ${column((row) => row.change.targetText?.targetMin ?? null)}::numeric[], ${column((row) => row.change.targetText?.targetMax ?? null)}::numeric[],
      ${column((row) => row.change.targetText?.warning ?? null)}::numeric[], ${column((row) => row.change.targetText?.tolerance ?? null)}::numeric[]
    ) AS r(kpi_id, seq, changed_on, from_status, to_status, rule, period_start, value, target_from, target, target_min, target_max, warning, tolerance)`;
}
