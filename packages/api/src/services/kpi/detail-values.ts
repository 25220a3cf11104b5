import type { CheckInSource, Prisma, PrismaClient } from "@tally/db";

/** Values the KPI page lists: the newest first, each with who recorded it and the values it replaced. */
const RECENT_CHECK_INS = 24;
/** Changes of the definition the page lists, newest first. */
const HISTORY_ENTRIES = 50;

interface RevisionJson {
  id: string;
  value: string;
  comment: string;
  recordedBy: string;
  recordedAt: string;
  replacedAt: string;
  source: CheckInSource;
}

interface CheckInJson {
  id: string;
  periodStart: string;
  value: string;
  comment: string;
  recordedBy: string;
  recordedAt: string;
  source: CheckInSource;
  revisions: RevisionJson[];
}

interface HistoryJson {
  id: string;
  version: number;
  changes: Prisma.JsonValue;
  changedAt: string;
  changedByUserId: string | null;
  authorName: string | null;
}

interface ValuesRow {
  checkIns: CheckInJson[];
  history: HistoryJson[];
  /** The lowest and highest value ever recorded, or nulls without any. */
  extremes: [number | null, number | null];
}

/** A timestamp column as JSON carries no zone; the database holds UTC. */
const utc = (timestamp: string) => new Date(`${timestamp}Z`);

/**
 * The KPI page's values in one statement: the newest values with their recorders and the values they replaced,
 * the newest changes of the definition with who made each, and the lowest and highest value recorded (all the
 * SMART check's "achievable" reads). Decimals come as exact text, trailing zeros trimmed.
 */
export async function kpiPageValues(db: Pick<PrismaClient, "$queryRaw">, orgId: string, kpiId: string) {
  const [row] = await db.$queryRaw<ValuesRow[]>`
    SELECT
      (SELECT coalesce(json_agg(recent ORDER BY recent."periodStart" DESC), '[]')
         FROM (SELECT c.id, to_char(c."periodStart", 'YYYY-MM-DD') AS "periodStart", trim_scale(c.value)::text AS value, c.comment,
                      recorder.name AS "recordedBy", c."updatedAt" AS "recordedAt", c.source,
                      (SELECT coalesce(json_agg(json_build_object(
                                'id', r.id, 'value', trim_scale(r.value)::text, 'comment', r.comment, 'recordedBy', reviser.name,
                                'recordedAt', r."recordedAt", 'replacedAt', r."replacedAt", 'source', r.source) ORDER BY r."replacedAt" DESC), '[]')
                         FROM "CheckInRevision" r
                         JOIN "Membership" rm ON rm."orgId" = r."orgId" AND rm.id = r."recordedByMembershipId"
                         JOIN "User" reviser ON reviser.id = rm."userId"
                        WHERE r."orgId" = c."orgId" AND r."checkInId" = c.id) AS revisions
                 FROM "CheckIn" c
                 JOIN "Membership" m ON m."orgId" = c."orgId" AND m.id = c."recordedByMembershipId"
                 JOIN "User" recorder ON recorder.id = m."userId"
                WHERE c."orgId" = ${orgId} AND c."kpiId" = ${kpiId}
                ORDER BY c."periodStart" DESC LIMIT ${RECENT_CHECK_INS}) recent) AS "checkIns",
      (SELECT coalesce(json_agg(changed ORDER BY changed."changedAt" DESC), '[]')
         FROM (SELECT r.id, r.version, r.changes, r."createdAt" AS "changedAt", r."changedByUserId", author.name AS "authorName"
                 FROM "KpiRevision" r LEFT JOIN "User" author ON author.id = r."changedByUserId"
                WHERE r."orgId" = ${orgId} AND r."kpiId" = ${kpiId}
                ORDER BY r."createdAt" DESC LIMIT ${HISTORY_ENTRIES}) changed) AS history,
      (SELECT json_build_array(min(value)::float8, max(value)::float8) FROM "CheckIn" WHERE "orgId" = ${orgId} AND "kpiId" = ${kpiId}) AS extremes`;
  if (!row) throw new Error("A statement of subqueries answers one row.");
  return {
    checkIns: row.checkIns.map((checkIn) => ({
      ...checkIn,
      recordedAt: utc(checkIn.recordedAt),
      revisions: checkIn.revisions.map((revision) => ({ ...revision, recordedAt: utc(revision.recordedAt), replacedAt: utc(revision.replacedAt) })),
    })),
    history: row.history.map((entry) => ({ ...entry, changedAt: utc(entry.changedAt) })),
    extremes: row.extremes.filter((value): value is number => value !== null),
  };
}
