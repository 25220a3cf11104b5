import type { PrismaClient } from "@tally/db";
import { detectRestatements, type FrozenValueNow, type Restatement } from "@tally/domain";

type Db = Pick<PrismaClient, "$queryRaw">;

interface Row {
  kpiId: string;
  periodStart: string;
  frozen: string;
  currentValue: string | null;
  recordedBy: string | null;
  updatedAt: Date | null;
  deletedBy: string | null;
  deletedAt: Date | null;
}

/** A restatement with the names a page shows. */
export interface RestatementView extends Restatement {
  kpiName: string;
  byName: string | null;
}

/**
 * The values a closed review froze that no longer stand, read in one query: each frozen value beside the check-in
 * of its period now and, for a value gone, its newest deletion after the close.
 */
export async function loadRestatements(db: Db, orgId: string, reviewId: string): Promise<RestatementView[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT rv."kpiId", to_char(rv."periodStart", 'YYYY-MM-DD') AS "periodStart", trim_scale(rv.value)::text AS frozen,
           trim_scale(c.value)::text AS "currentValue", c."recordedByMembershipId" AS "recordedBy", c."updatedAt",
           d."deletedByMembershipId" AS "deletedBy", d."deletedAt"
      FROM "ReviewValue" rv
      LEFT JOIN "CheckIn" c ON c."orgId" = rv."orgId" AND c."kpiId" = rv."kpiId" AND c."periodStart" = rv."periodStart"
      LEFT JOIN LATERAL (
        SELECT cd."deletedByMembershipId", cd."deletedAt" FROM "CheckInDeletion" cd
         WHERE cd."orgId" = rv."orgId" AND cd."kpiId" = rv."kpiId" AND cd."periodStart" = rv."periodStart"
         ORDER BY cd."deletedAt" DESC LIMIT 1
      ) d ON c.id IS NULL
     WHERE rv."orgId" = ${orgId} AND rv."reviewId" = ${reviewId}
       AND (c.id IS NULL OR c.value <> rv.value)`;
  const facts: FrozenValueNow[] = rows.map((row) => ({
    kpiId: row.kpiId,
    periodStart: row.periodStart,
    frozen: row.frozen,
    current: row.currentValue === null ? null : { value: row.currentValue, recordedByMembershipId: row.recordedBy!, updatedAt: row.updatedAt! },
    deletion: row.deletedBy ? { deletedByMembershipId: row.deletedBy, deletedAt: row.deletedAt! } : null,
  }));
  const found = detectRestatements(facts);
  if (!found.length) return [];
  const names = await db.$queryRaw<{ kind: string; id: string; name: string }[]>`
    SELECT 'kpi' AS kind, k.id, k.name FROM "Kpi" k WHERE k."orgId" = ${orgId} AND k.id = ANY(${[...new Set(found.map((r) => r.kpiId))]})
    UNION ALL
    SELECT 'member', m.id, u.name FROM "Membership" m JOIN "User" u ON u.id = m."userId"
     WHERE m."orgId" = ${orgId} AND m.id = ANY(${[...new Set(found.flatMap((r) => (r.byMembershipId ? [r.byMembershipId] : [])))]})`;
  const kpiName = new Map(names.filter((n) => n.kind === "kpi").map((n) => [n.id, n.name]));
  const memberName = new Map(names.filter((n) => n.kind === "member").map((n) => [n.id, n.name]));
  return found.map((r) => ({ ...r, kpiName: kpiName.get(r.kpiId) ?? "", byName: r.byMembershipId ? (memberName.get(r.byMembershipId) ?? null) : null }));
}
