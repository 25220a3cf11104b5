import { Prisma, type Cadence, type CheckInSource, type KpiCategory, type KpiDirection, type KpiUnit, type PeriodStatus, type PrismaClient, type TeamKind, type DurationUnit, type KpiVisibility } from "@tally/db";

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

interface PersonJson {
  membershipId: string;
  name: string;
  email: string;
}

/** A KPI's definition as the page shows it: decimals as exact text, dates as "YYYY-MM-DD". */
export interface KpiDefinitionJson {
  id: string;
  version: number;
  name: string;
  code: string | null;
  description: string;
  category: KpiCategory;
  unit: KpiUnit;
  currency: string | null;
  durationUnit: DurationUnit | null;
  decimals: number;
  direction: KpiDirection;
  baseline: string | null;
  cadence: Cadence;
  startDate: string;
  endDate: string | null;
  visibility: KpiVisibility;
  benchmarkValue: string | null;
  benchmarkSource: string | null;
  templateKey: string | null;
  archived: boolean;
  formula: string | null;
  latestPeriodStart: string | null;
  latestValue: string | null;
  latestStatus: PeriodStatus | null;
  owner: PersonJson;
  team: { id: string; name: string; kind: TeamKind } | null;
  contributors: PersonJson[];
  objectives: { id: string; name: string }[];
  targets: { effectiveFrom: string; target: string | null; targetMin: string | null; targetMax: string | null; warning: string | null; tolerance: string | null }[];
}

interface PageRow {
  kpi: KpiDefinitionJson | null;
  checkIns: CheckInJson[];
  history: HistoryJson[];
  /** The lowest and highest value ever recorded, or nulls without any. */
  extremes: [number | null, number | null];
}

/**
 * Instants leave as ISO 8601 text in UTC, as the database holds them: an answer of plain JSON travels cheaper,
 * and the fixed width sorts as time does.
 */
const ISO_INSTANT = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * Everything the KPI page shows, in one statement: the definition with its owner, team, contributors, objectives
 * and target schedule; the newest values with their recorders and the values they replaced; the newest changes of
 * the definition with who made each; and the lowest and highest value recorded (all the SMART check's
 * "achievable" reads). Decimals come as exact text with trailing zeros trimmed; `kpi` is null for no such KPI.
 */
export async function readKpiPage(db: Pick<PrismaClient, "$queryRaw">, orgId: string, kpiId: string) {
  const [row] = await db.$queryRaw<PageRow[]>`
    SELECT
      (SELECT json_build_object(
                'id', k.id, 'version', k.version, 'name', k.name, 'code', k.code, 'description', k.description, 'category', k.category,
                'unit', k.unit, 'currency', k.currency, 'durationUnit', k."durationUnit", 'decimals', k.decimals, 'direction', k.direction,
                'baseline', trim_scale(k.baseline)::text, 'cadence', k.cadence, 'startDate', to_char(k."startDate", 'YYYY-MM-DD'),
                'endDate', to_char(k."endDate", 'YYYY-MM-DD'), 'visibility', k.visibility, 'benchmarkValue', trim_scale(k."benchmarkValue")::text,
                'benchmarkSource', k."benchmarkSource", 'templateKey', k."templateKey", 'archived', k."archivedAt" IS NOT NULL, 'formula', k.formula,
                'latestPeriodStart', to_char(k."latestPeriodStart", 'YYYY-MM-DD'), 'latestValue', trim_scale(k."latestValue")::text,
                'latestStatus', k."latestStatus",
                'owner', (SELECT json_build_object('membershipId', m.id, 'name', u.name, 'email', u.email)
                            FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE m."orgId" = k."orgId" AND m.id = k."ownerMembershipId"),
                'team', (SELECT json_build_object('id', t.id, 'name', t.name, 'kind', t.kind)
                           FROM "KpiTeam" kt JOIN "Team" t ON t."orgId" = kt."orgId" AND t.id = kt."teamId" WHERE kt."orgId" = k."orgId" AND kt."kpiId" = k.id),
                'contributors', (SELECT coalesce(json_agg(json_build_object('membershipId', m.id, 'name', u.name, 'email', u.email) ORDER BY u.name, m.id), '[]')
                                   FROM "KpiContributor" x JOIN "Membership" m ON m."orgId" = x."orgId" AND m.id = x."membershipId" JOIN "User" u ON u.id = m."userId"
                                  WHERE x."orgId" = k."orgId" AND x."kpiId" = k.id),
                'objectives', (SELECT coalesce(json_agg(json_build_object('id', o.id, 'name', o.name) ORDER BY o.name, o.id), '[]')
                                 FROM "KpiObjective" ko JOIN "Objective" o ON o."orgId" = ko."orgId" AND o.id = ko."objectiveId"
                                WHERE ko."orgId" = k."orgId" AND ko."kpiId" = k.id),
                'targets', (SELECT coalesce(json_agg(json_build_object(
                                     'effectiveFrom', to_char(t."effectiveFrom", 'YYYY-MM-DD'), 'target', trim_scale(t.target)::text,
                                     'targetMin', trim_scale(t."targetMin")::text, 'targetMax', trim_scale(t."targetMax")::text,
                                     'warning', trim_scale(t.warning)::text, 'tolerance', trim_scale(t.tolerance)::text) ORDER BY t."effectiveFrom"), '[]')
                              FROM "KpiTarget" t WHERE t."orgId" = k."orgId" AND t."kpiId" = k.id))
         FROM "Kpi" k WHERE k."orgId" = ${orgId} AND k.id = ${kpiId}) AS kpi,
      (SELECT coalesce(json_agg(recent ORDER BY recent."periodStart" DESC), '[]')
         FROM (SELECT c.id, to_char(c."periodStart", 'YYYY-MM-DD') AS "periodStart", trim_scale(c.value)::text AS value, c.comment,
                      recorder.name AS "recordedBy", to_char(c."updatedAt", ${Prisma.raw(ISO_INSTANT)}) AS "recordedAt", c.source,
                      (SELECT coalesce(json_agg(json_build_object(
                                'id', r.id, 'value', trim_scale(r.value)::text, 'comment', r.comment, 'recordedBy', reviser.name,
                                'recordedAt', to_char(r."recordedAt", ${Prisma.raw(ISO_INSTANT)}), 'replacedAt', to_char(r."replacedAt", ${Prisma.raw(ISO_INSTANT)}), 'source', r.source) ORDER BY r."replacedAt" DESC), '[]')
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
         FROM (SELECT r.id, r.version, r.changes, to_char(r."createdAt", ${Prisma.raw(ISO_INSTANT)}) AS "changedAt", r."changedByUserId", author.name AS "authorName"
                 FROM "KpiRevision" r LEFT JOIN "User" author ON author.id = r."changedByUserId"
                WHERE r."orgId" = ${orgId} AND r."kpiId" = ${kpiId}
                ORDER BY r."createdAt" DESC LIMIT ${HISTORY_ENTRIES}) changed) AS history,
      (SELECT json_build_array(min(value)::float8, max(value)::float8) FROM "CheckIn" WHERE "orgId" = ${orgId} AND "kpiId" = ${kpiId}) AS extremes`;
  if (!row) throw new Error("A statement of subqueries answers one row.");
  return {
    kpi: row.kpi,
    checkIns: row.checkIns,
    history: row.history,
    extremes: row.extremes.filter((value): value is number => value !== null),
  };
}
