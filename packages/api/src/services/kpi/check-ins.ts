import { Prisma, type PrismaClient } from "@tally/db";
import { compareIsoDates, currentPeriodStart, periodStart, todayIn, type Cadence } from "@tally/domain";
import { fieldError } from "../errors";
import { recorderOf, type Actor } from "../actor";
import { dateFromIso, isoDate } from "./decimal";
import { firstKpiRefusal } from "./scope";
import { textArray } from "../sql-arrays";
import { afterValuesChanged } from "./values-changed";

export interface CheckInEntry {
  kpiId: string;
  date: string;
  value: string;
  comment?: string;
}

interface KpiForCheckIn {
  id: string;
  name: string;
  cadence: Cadence;
  direction: "increase" | "decrease" | "range";
  startDate: Date;
  endDate: Date | null;
  archivedAt: Date | null;
  formula: string | null;
}

/** The period a value for `date` belongs to, refused when the KPI does not run then or the period lies ahead. */
function periodFor(kpi: KpiForCheckIn, date: string, weekStart: number, today: string, field: string): string {
  const period = periodStart(date, kpi.cadence, weekStart);
  if (kpi.formula !== null) throw fieldError(field, `${kpi.name} is calculated from its formula; its values cannot be entered by hand.`);
  if (kpi.archivedAt) throw fieldError(field, `${kpi.name} is archived. Restore it before recording values.`);
  if (compareIsoDates(period, periodStart(isoDate(kpi.startDate), kpi.cadence, weekStart)) < 0) {
    throw fieldError(field, `${kpi.name} starts on ${isoDate(kpi.startDate)}; choose a date from then on.`);
  }
  if (kpi.endDate && compareIsoDates(date, isoDate(kpi.endDate)) > 0) {
    throw fieldError(field, `${kpi.name} ended on ${isoDate(kpi.endDate)}; choose a date up to then.`);
  }
  if (compareIsoDates(period, currentPeriodStart(today, kpi.cadence, weekStart)) > 0) {
    throw fieldError(field, "That period has not started yet. Record values for the current or earlier periods.");
  }
  return period;
}

interface PlannedCheckIn {
  kpiId: string;
  period: string;
  value: string;
  comment: string;
}

/**
 * Writes one value per (KPI, period) for every entry: new periods in one insert, corrections in one update with
 * the earlier values kept as revisions (one insert), and values that did not change left alone. The existing
 * values come in one query, so a large batch costs a few statements rather than a few per value.
 */
async function upsertCheckIns(tx: Prisma.TransactionClient, actor: Actor, planned: PlannedCheckIn[]) {
  const keyOf = (kpiId: string, period: string) => `${kpiId}\u0000${period}`;
  const existingRows = await tx.checkIn.findMany({
    where: {
      orgId: actor.orgId,
      kpiId: { in: [...new Set(planned.map((entry) => entry.kpiId))] },
      periodStart: { in: [...new Set(planned.map((entry) => entry.period))].map(dateFromIso) },
    },
    select: { id: true, kpiId: true, periodStart: true, value: true, comment: true, recordedByMembershipId: true, source: true, apiKeyId: true, updatedAt: true },
  });
  const existing = new Map(existingRows.map((row) => [keyOf(row.kpiId, isoDate(row.periodStart)), row]));
  const fresh: Prisma.CheckInCreateManyInput[] = [];
  const revisions: Prisma.CheckInRevisionCreateManyInput[] = [];
  const corrections: { id: string; value: string; comment: string }[] = [];
  for (const entry of planned) {
    const found = existing.get(keyOf(entry.kpiId, entry.period));
    if (!found) {
      fresh.push({ orgId: actor.orgId, kpiId: entry.kpiId, periodStart: dateFromIso(entry.period), value: entry.value, comment: entry.comment, ...recorderOf(actor) });
      continue;
    }
    if (found.value.equals(new Prisma.Decimal(entry.value)) && found.comment === entry.comment) continue;
    revisions.push({
      orgId: actor.orgId,
      checkInId: found.id,
      value: found.value,
      comment: found.comment,
      recordedByMembershipId: found.recordedByMembershipId,
      source: found.source,
      apiKeyId: found.apiKeyId,
      recordedAt: found.updatedAt,
    });
    corrections.push({ id: found.id, value: entry.value, comment: entry.comment });
  }
  if (revisions.length) await tx.checkInRevision.createMany({ data: revisions });
  if (corrections.length) await correctCheckIns(tx, actor, corrections);
  if (fresh.length) await tx.checkIn.createMany({ data: fresh });
}

/** Corrections of stored values in one statement; updatedAt is stored as UTC wall time, as Prisma writes it. */
async function correctCheckIns(tx: Prisma.TransactionClient, actor: Actor, corrections: { id: string; value: string; comment: string }[]) {
  const recorder = recorderOf(actor);
  await tx.$executeRaw`
    UPDATE "CheckIn" c
       SET "value" = u.value, "comment" = u.comment, "recordedByMembershipId" = ${recorder.recordedByMembershipId},
           "source" = ${recorder.source}::"CheckInSource", "apiKeyId" = ${recorder.apiKeyId}, "updatedAt" = (now() AT TIME ZONE 'UTC')
      FROM unnest(
        ${textArray(corrections.map((correction) => correction.id))}::text[],
        ${textArray(corrections.map((correction) => correction.value))}::numeric[],
        ${textArray(corrections.map((correction) => correction.comment))}::text[]
      ) AS u(id, value, comment)
     WHERE c."orgId" = ${actor.orgId} AND c."id" = u.id`;
}

const kpiForCheckInSelect = { id: true, name: true, cadence: true, direction: true, startDate: true, endDate: true, archivedAt: true, formula: true } as const;

/**
 * Records several values in one transaction: all of them or, when one is refused, none. Each refusal names the
 * entry (entries.N.field) so the form can show it on its line. A period has started when it has on the
 * organization's calendar at `now`.
 */
export async function recordCheckIns(db: PrismaClient, actor: Actor, entries: CheckInEntry[], now: Date = new Date()) {
  const kpiIds = [...new Set(entries.map((entry) => entry.kpiId))];
  const refusal = await firstKpiRefusal(db, actor, kpiIds, "checkin.record");
  if (refusal) {
    if (entries.length === 1) throw refusal.error;
    const index = entries.findIndex((entry) => entry.kpiId === refusal.kpiId);
    throw fieldError(`entries.${index}.value`, refusal.error.message, refusal.error.kind === "not_found" ? "invalid" : "forbidden");
  }
  const kpis = await db.kpi.findMany({ where: { orgId: actor.orgId, id: { in: kpiIds } }, select: kpiForCheckInSelect });
  const byId = new Map(kpis.map((kpi) => [kpi.id, kpi]));
  const today = todayIn(actor.timeZone, now);
  const periods = entries.map((entry, index) => {
    const kpi = byId.get(entry.kpiId)!;
    return periodFor(kpi, entry.date, actor.weekStart, today, entries.length === 1 ? "date" : `entries.${index}.date`);
  });
  const seen = new Set<string>();
  periods.forEach((period, index) => {
    const key = `${entries[index]!.kpiId}:${period}`;
    if (seen.has(key)) throw fieldError(`entries.${index}.date`, "Two values for the same KPI and period. Keep one.");
    seen.add(key);
  });
  return db.$transaction(async (tx) => {
    // Writers of one KPI queue behind its row, so each sees the value the previous one committed: no lost
    // revision, no duplicate period. Sorted ids keep two batches from waiting on each other.
    await tx.$queryRaw`SELECT 1 FROM "Kpi" WHERE "orgId" = ${actor.orgId} AND "id" = ANY(${[...kpiIds].sort()}::text[]) ORDER BY "id" FOR UPDATE`;
    await upsertCheckIns(
      tx,
      actor,
      entries.map((entry, index) => ({ kpiId: entry.kpiId, period: periods[index]!, value: entry.value, comment: entry.comment?.trim() ?? "" })),
    );
    const changes = entries.map((entry, index) => ({ kpiId: entry.kpiId, periodStart: periods[index]! }));
    await afterValuesChanged(tx, actor, changes);
    return { recorded: entries.length, periods: changes };
  });
}
