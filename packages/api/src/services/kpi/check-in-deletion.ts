import type { Prisma, PrismaClient } from "@tally/db";
import { periodStart } from "@tally/domain";
import type { Actor } from "../actor";
import { domainError, notFound } from "../errors";
import { dateFromIso, isoDate } from "./decimal";
import { authorizeKpiFor } from "./scope";
import { afterValuesChanged } from "./values-changed";

function snapshot(entry: { value: Prisma.Decimal; comment: string; recordedByMembershipId: string; source: string; apiKeyId: string | null }, recordedAt: Date) {
  return {
    value: entry.value.toString(),
    comment: entry.comment,
    recordedByMembershipId: entry.recordedByMembershipId,
    source: entry.source,
    apiKeyId: entry.apiKeyId,
    recordedAt: recordedAt.toISOString(),
  };
}

/**
 * Removes the value of the period that contains `date`. Nothing is forgotten: the value and every earlier
 * revision move to the deletion log, oldest first, in the transaction that removes them, and the KPI's
 * summaries follow at once.
 */
export async function deleteCheckIn(db: PrismaClient, actor: Actor, input: { kpiId: string; date: string }) {
  await authorizeKpiFor(db, actor, input.kpiId, "checkin.record");
  const [kpi, org] = await Promise.all([
    db.kpi.findUniqueOrThrow({ where: { orgId_id: { orgId: actor.orgId, id: input.kpiId } }, select: { name: true, cadence: true, formula: true, archivedAt: true } }),
    db.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select: { weekStart: true } }),
  ]);
  if (kpi.archivedAt) throw domainError("invalid", `${kpi.name} is archived. Restore it before changing its values.`);
  if (kpi.formula !== null) throw domainError("invalid", `${kpi.name} is calculated from other KPIs: its values follow theirs and cannot be removed by hand.`);
  const period = periodStart(input.date, kpi.cadence, org.weekStart);
  return db.$transaction(async (tx) => {
    // The same queue as recording: a deletion never interleaves with a correction of the same KPI.
    await tx.$queryRaw`SELECT 1 FROM "Kpi" WHERE "orgId" = ${actor.orgId} AND "id" = ${input.kpiId} FOR UPDATE`;
    const checkIn = await tx.checkIn.findUnique({
      where: { orgId_kpiId_periodStart: { orgId: actor.orgId, kpiId: input.kpiId, periodStart: dateFromIso(period) } },
      select: {
        id: true,
        value: true,
        comment: true,
        recordedByMembershipId: true,
        source: true,
        apiKeyId: true,
        updatedAt: true,
        revisions: { orderBy: { replacedAt: "asc" }, select: { value: true, comment: true, recordedByMembershipId: true, source: true, apiKeyId: true, recordedAt: true } },
      },
    });
    if (!checkIn) throw notFound(`A value of ${kpi.name} for the period starting ${period}`);
    const history = [...checkIn.revisions.map((revision) => snapshot(revision, revision.recordedAt)), snapshot(checkIn, checkIn.updatedAt)];
    const deletion = await tx.checkInDeletion.create({
      data: {
        orgId: actor.orgId,
        kpiId: input.kpiId,
        periodStart: dateFromIso(period),
        value: checkIn.value,
        comment: checkIn.comment,
        history,
        deletedByMembershipId: actor.membershipId,
        apiKeyId: actor.kind === "integration" ? actor.apiKeyId : null,
      },
      select: { id: true, deletedAt: true },
    });
    // The revisions go with the check-in; their copies are in the deletion's history.
    await tx.checkIn.delete({ where: { orgId_id: { orgId: actor.orgId, id: checkIn.id } } });
    await afterValuesChanged(tx, actor, [{ kpiId: input.kpiId, periodStart: period }]);
    return { kpiId: input.kpiId, periodStart: period, deletedValue: checkIn.value.toString(), deletionId: deletion.id, deletedAt: deletion.deletedAt, revisionsKept: history.length };
  });
}

/** The value stored for one period of a KPI, as just written. */
export async function storedValue(db: PrismaClient, actor: Actor, kpiId: string, period: string) {
  const row = await db.checkIn.findUniqueOrThrow({
    where: { orgId_kpiId_periodStart: { orgId: actor.orgId, kpiId, periodStart: dateFromIso(period) } },
    select: { periodStart: true, value: true, comment: true, source: true, updatedAt: true },
  });
  return { periodStart: isoDate(row.periodStart), value: row.value.toString(), comment: row.comment, source: row.source, recordedAt: row.updatedAt };
}
