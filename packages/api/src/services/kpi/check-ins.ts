import { Prisma, type PrismaClient } from "@tally/db";
import { compareIsoDates, currentPeriodStart, periodStart, todayIn, type Cadence } from "@tally/domain";
import { DomainError, fieldError } from "../errors";
import { recorderOf, type Actor } from "../actor";
import { dateFromIso, isoDate } from "./decimal";
import { authorizeKpiFor } from "./scope";
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

/**
 * Writes one value per (KPI, period). Re-entering a period corrects it: the earlier value is kept as a revision.
 */
async function upsertCheckIn(tx: Prisma.TransactionClient, actor: Actor, kpi: KpiForCheckIn, period: string, entry: CheckInEntry) {
  const where = { orgId_kpiId_periodStart: { orgId: actor.orgId, kpiId: kpi.id, periodStart: dateFromIso(period) } };
  const existing = await tx.checkIn.findUnique({ where, select: { id: true, value: true, comment: true, recordedByMembershipId: true, source: true, apiKeyId: true, updatedAt: true } });
  const comment = entry.comment?.trim() ?? "";
  if (existing) {
    if (existing.value.equals(new Prisma.Decimal(entry.value)) && existing.comment === comment) {
      return existing.id;
    }
    await tx.checkInRevision.create({
      data: {
        orgId: actor.orgId,
        checkInId: existing.id,
        value: existing.value,
        comment: existing.comment,
        recordedByMembershipId: existing.recordedByMembershipId,
        source: existing.source,
        apiKeyId: existing.apiKeyId,
        recordedAt: existing.updatedAt,
      },
    });
    await tx.checkIn.update({ where, data: { value: entry.value, comment, ...recorderOf(actor) } });
    return existing.id;
  }
  const created = await tx.checkIn.create({
    data: { orgId: actor.orgId, kpiId: kpi.id, periodStart: dateFromIso(period), value: entry.value, comment, ...recorderOf(actor) },
    select: { id: true },
  });
  return created.id;
}

const kpiForCheckInSelect = { id: true, name: true, cadence: true, direction: true, startDate: true, endDate: true, archivedAt: true, formula: true } as const;

/**
 * Records several values in one transaction: all of them or, when one is refused, none. Each refusal names the
 * entry (entries.N.field) so the form can show it on its line. A period has started when it has on the
 * organization's calendar at `now`.
 */
export async function recordCheckIns(db: PrismaClient, actor: Actor, entries: CheckInEntry[], now: Date = new Date()) {
  const kpiIds = [...new Set(entries.map((entry) => entry.kpiId))];
  for (const kpiId of kpiIds) {
    try {
      await authorizeKpiFor(db, actor, kpiId, "checkin.record");
    } catch (error) {
      if (entries.length === 1 || !(error instanceof DomainError)) throw error;
      const index = entries.findIndex((entry) => entry.kpiId === kpiId);
      throw fieldError(`entries.${index}.value`, error.message, error.kind === "not_found" ? "invalid" : "forbidden");
    }
  }
  const [org, kpis] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select: { weekStart: true } }),
    db.kpi.findMany({ where: { orgId: actor.orgId, id: { in: kpiIds } }, select: kpiForCheckInSelect }),
  ]);
  const byId = new Map(kpis.map((kpi) => [kpi.id, kpi]));
  const today = todayIn(actor.timeZone, now);
  const periods = entries.map((entry, index) => {
    const kpi = byId.get(entry.kpiId)!;
    return periodFor(kpi, entry.date, org.weekStart, today, entries.length === 1 ? "date" : `entries.${index}.date`);
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
    const ids: string[] = [];
    for (const [index, entry] of entries.entries()) {
      ids.push(await upsertCheckIn(tx, actor, byId.get(entry.kpiId)!, periods[index]!, entry));
    }
    const changes = entries.map((entry, index) => ({ kpiId: entry.kpiId, periodStart: periods[index]! }));
    await afterValuesChanged(tx, actor, changes);
    return { recorded: ids.length, periods: changes };
  });
}
