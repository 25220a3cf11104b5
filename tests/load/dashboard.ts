/**
 * The dashboard's reads on a big organization: 2,000 KPIs with 24 months of values (about 45,000 check-ins),
 * bulk-inserted with SQL. Each block is read through its service and through one hand-written SQL statement that
 * answers the same question, in the same run; the answers must agree, and the times and their ratio are printed.
 * Run from the repository root:
 *
 *   pnpm --filter @tally/e2e load:dashboard [kpis]
 */
import pg from "pg";
import { createTestDatabase } from "../../packages/db/src/testing/index.ts";
import { CADENCES, KPI_STATUSES, dueCutoff, historyMonths, nextPeriodStart, todayIn } from "../../packages/domain/src/index.ts";
import type { OrgActor } from "../../packages/api/src/services/actor.ts";
import { organizationDashboard } from "../../packages/api/src/services/analysis/dashboard.ts";
import { myKpis } from "../../packages/api/src/services/analysis/my-kpis.ts";
import { needsAttention } from "../../packages/api/src/services/analysis/needs-attention.ts";
import { objectiveHealth } from "../../packages/api/src/services/analysis/objective-health.ts";
import { recentCheckIns } from "../../packages/api/src/services/analysis/recent-check-ins.ts";
import { statusCountsByMonth } from "../../packages/api/src/services/analysis/status-history.ts";
import { statusMatrix } from "../../packages/api/src/services/analysis/status-matrix.ts";
import { kpiListQuery } from "../../packages/api/src/services/kpi/list-where.ts";

const KPIS = Number(process.argv[2] ?? 2_000);
const MONTHS = 24;
const ROUNDS = 5;
const OBJECTIVES = 12;

const database = await createTestDatabase();
const db = database.prisma;
const raw = new pg.Client({ connectionString: database.url });
await raw.connect();

/** The median of `rounds` runs of `read`, in milliseconds, after one warm-up run; and the last answer. */
async function timed<T>(read: () => Promise<T>, rounds = ROUNDS): Promise<{ ms: number; answer: T }> {
  let answer = await read();
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    answer = await read();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, answer };
}

function same(label: string, service: unknown, sql: unknown) {
  const a = JSON.stringify(service);
  const b = JSON.stringify(sql);
  if (a !== b) throw new Error(`dashboard: ${label}: the service and the SQL disagree\nservice: ${a.slice(0, 600)}\nsql:     ${b.slice(0, 600)}`);
}

const rows: string[] = [];
function report(label: string, service: number, sql: number) {
  const line = `dashboard: ${label.padEnd(34)} service ${service.toFixed(1).padStart(7)} ms   SQL ${sql.toFixed(1).padStart(7)} ms   ratio ${(service / sql).toFixed(2)}`;
  rows.push(line);
  console.log(line);
}

try {
  const seedStarted = performance.now();
  const org = await db.organization.create({ data: { name: "Big Inc", slug: "big-inc", timeZone: "UTC", weekStart: 1 }, select: { id: true, weekStart: true } });
  const people = await Promise.all(
    (["admin", "manager", "executive", "hr"] as const).map(async (role) => {
      const user = await db.user.create({ data: { email: `${role}@big.test`, name: `Big ${role}`, passwordHash: "-" }, select: { id: true } });
      const membership = await db.membership.create({ data: { orgId: org.id, userId: user.id, role }, select: { id: true } });
      return { role, userId: user.id, membershipId: membership.id };
    }),
  );
  const [admin, manager] = people;
  const team = await db.team.create({ data: { orgId: org.id, name: "Operations", kind: "department" }, select: { id: true } });
  await db.teamMembership.create({ data: { orgId: org.id, teamId: team.id, membershipId: manager!.membershipId, isLead: true } });
  const today = todayIn("UTC", new Date());
  // The first month of the quarter 24 months back, so quarterly KPIs start on a quarter's first day too.
  const [firstYear, firstMonth] = historyMonths(today, MONTHS)[0]!.month.split("-").map(Number) as [number, number];
  const start = `${firstYear}-${String(firstMonth - ((firstMonth - 1) % 3)).padStart(2, "0")}-01`;

  // KPIs: 85 % monthly, 15 % quarterly; half restricted; every 4th in the manager's team; owners in turn.
  await raw.query(
    `INSERT INTO "Kpi" ("orgId", "id", "name", "activeName", "category", "unit", "direction", "cadence", "startDate", "ownerMembershipId", "visibility", "updatedAt")
     SELECT $1, 'kpi' || lpad(n::text, 5, '0'), 'KPI ' || n, 'kpi ' || n,
       (enum_range(NULL::"KpiCategory"))[1 + n % 8], 'number',
       CASE WHEN n % 3 = 0 THEN 'decrease' ELSE 'increase' END::"KpiDirection",
       CASE WHEN n % 7 = 0 THEN 'quarterly' ELSE 'monthly' END::"Cadence",
       $2::date, ($3::text[])[1 + n % 4],
       CASE WHEN n % 2 = 0 THEN 'organization' ELSE 'restricted' END::"KpiVisibility", now()
     FROM generate_series(1, $4) AS n`,
    [org.id, start, people.map((person) => person.membershipId), KPIS],
  );
  await raw.query(
    `INSERT INTO "KpiTarget" ("orgId", "kpiId", "effectiveFrom", "target", "warning")
     SELECT "orgId", "id", "startDate", 100, CASE WHEN "direction" = 'increase' THEN 90 ELSE 110 END FROM "Kpi" WHERE "orgId" = $1`,
    [org.id],
  );
  await raw.query(`INSERT INTO "KpiTeam" ("orgId", "kpiId", "teamId") SELECT "orgId", "id", $2 FROM "Kpi" WHERE "orgId" = $1 AND substr("id", 4)::int % 4 = 0`, [org.id, team.id]);
  await raw.query(
    `INSERT INTO "Objective" ("orgId", "id", "name", "ownerMembershipId", "updatedAt")
     SELECT $1, 'obj' || n, 'Objective ' || n, $2, now() FROM generate_series(1, $3) AS n`,
    [org.id, admin!.membershipId, OBJECTIVES],
  );
  await raw.query(
    `INSERT INTO "KpiObjective" ("orgId", "kpiId", "objectiveId")
     SELECT "orgId", "id", 'obj' || (1 + substr("id", 4)::int % $2) FROM "Kpi" WHERE "orgId" = $1 AND substr("id", 4)::int % 3 = 0`,
    [org.id, OBJECTIVES],
  );
  // A value for every period from the start to the last one due, except that every 10th KPI stopped 3 months ago
  // (overdue) and every 25th never had one; values wander around the target so statuses change over the months.
  await raw.query(
    `INSERT INTO "CheckIn" ("orgId", "id", "kpiId", "periodStart", "value", "status", "recordedByMembershipId", "updatedAt")
     SELECT k."orgId", 'c' || k."id" || to_char(p, 'YYYYMM'), k."id", p::date, v.value,
       (CASE
         WHEN k."direction" = 'increase' AND v.value >= 100 THEN 'on_track'
         WHEN k."direction" = 'increase' AND v.value >= 90 THEN 'at_risk'
         WHEN k."direction" = 'decrease' AND v.value <= 100 THEN 'on_track'
         WHEN k."direction" = 'decrease' AND v.value <= 110 THEN 'at_risk'
         ELSE 'off_track' END)::"PeriodStatus",
       k."ownerMembershipId", p + interval '5 days'
     FROM "Kpi" k
     CROSS JOIN LATERAL generate_series(k."startDate", $2::date - interval '1 month',
       CASE WHEN k."cadence" = 'quarterly' THEN interval '3 months' ELSE interval '1 month' END) AS p
     CROSS JOIN LATERAL (SELECT round((85 + 30 * abs(sin(substr(k."id", 4)::int * 7 + extract(epoch FROM p) / 86400 / 30)))::numeric, 2) AS value) v
     WHERE k."orgId" = $1 AND substr(k."id", 4)::int % 25 <> 0
       AND (substr(k."id", 4)::int % 10 <> 0 OR p < $2::date - interval '3 months')`,
    [org.id, `${today.slice(0, 7)}-01`],
  );
  await raw.query(
    `UPDATE "Kpi" k SET "latestPeriodStart" = c."periodStart", "latestValue" = c."value", "latestStatus" = c."status"
     FROM (SELECT DISTINCT ON ("kpiId") "kpiId", "periodStart", "value", "status" FROM "CheckIn" WHERE "orgId" = $1 ORDER BY "kpiId", "periodStart" DESC) c
     WHERE k."orgId" = $1 AND k."id" = c."kpiId"`,
    [org.id],
  );
  await raw.query("ANALYZE");
  const checkIns = (await raw.query<{ count: string }>(`SELECT count(*) FROM "CheckIn" WHERE "orgId" = $1`, [org.id])).rows[0]!.count;
  console.log(`dashboard: ${KPIS} KPIs, ${checkIns} check-ins over ${MONTHS} months, ${OBJECTIVES} objectives, seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);

  const actorFor = (person: { userId: string; membershipId: string; role: "admin" | "manager" | "executive" | "hr" }): OrgActor => ({
    kind: "member",
    orgId: org.id,
    orgSlug: "big-inc",
    orgName: "Big Inc",
    currency: "EUR",
    weekStart: org.weekStart,
    timeZone: "UTC",
    orgLocale: "en-US",
    locale: "en-US",
    userId: person.userId,
    userName: person.role,
    userEmail: `${person.role}@big.test`,
    membershipId: person.membershipId,
    role: person.role,
  });
  const adminActor = actorFor(admin!);
  const managerActor = actorFor(manager!);
  const { where, weekStart } = await kpiListQuery(db, adminActor, { archived: false }, new Date());

  // The status rule in SQL, for hand-written statements: overdue by the cut-off of each cadence on `day`.
  const cutoffs = (day: string) =>
    CADENCES.map((cadence) => {
      const cutoff = dueCutoff(cadence, day, weekStart);
      return `('${cadence}', DATE '${cutoff}', DATE '${nextPeriodStart(cutoff, cadence, weekStart)}')`;
    }).join(", ");
  const statusNow = `CASE WHEN k."startDate" < c.started_before AND (k."endDate" IS NULL OR k."endDate" >= c.cutoff)
      AND (k."latestPeriodStart" IS NULL OR k."latestPeriodStart" < c.cutoff) THEN 'overdue'
    ELSE coalesce(k."latestStatus"::text, 'no_data') END`;
  const nowJoin = `JOIN (VALUES ${cutoffs(today)}) AS c(cadence, cutoff, started_before) ON c.cadence = k."cadence"::text`;

  // 1. Status counts by category and status (the headline and the matrix).
  const matrixService = await timed(() => statusMatrix(db, where, today, weekStart));
  const matrixSql = await timed(async () => {
    const result = await raw.query<{ category: string; status: string; count: number }>(
      `SELECT k."category"::text AS category, ${statusNow} AS status, count(*)::int AS count FROM "Kpi" k ${nowJoin}
       WHERE k."orgId" = $1 AND k."archivedAt" IS NULL GROUP BY 1, 2`,
      [org.id],
    );
    return Object.fromEntries(KPI_STATUSES.map((status) => [status, result.rows.filter((row) => row.status === status).reduce((sum, row) => sum + row.count, 0)]));
  });
  same("status totals", matrixService.answer.totals, matrixSql.answer);
  report("status by category (matrix)", matrixService.ms, matrixSql.ms);

  // 2. Twelve months of status counts.
  const months = historyMonths(today, 12);
  const ids = (await db.kpi.findMany({ where, select: { id: true } })).map((kpi) => kpi.id);
  const historyService = await timed(() => statusCountsByMonth(db, org.id, ids, months, weekStart));
  const historySql = await timed(async () => {
    const values = months.flatMap((month) => CADENCES.map((cadence) => {
      const cutoff = dueCutoff(cadence, month.asOf, weekStart);
      return `('${month.month}', DATE '${month.asOf}', '${cadence}', DATE '${cutoff}', DATE '${nextPeriodStart(cutoff, cadence, weekStart)}')`;
    })).join(", ");
    // Each check-in is the newest from its period until the next one's: a range join instead of a lateral lookup.
    const result = await raw.query<{ month: string; status: string; count: number }>(
      `WITH spans AS (
         SELECT "kpiId", "periodStart", "status", lead("periodStart") OVER (PARTITION BY "kpiId" ORDER BY "periodStart") AS next_start
         FROM "CheckIn" WHERE "orgId" = $1)
       SELECT m.month, CASE
           WHEN k."startDate" < m.started_before AND (k."endDate" IS NULL OR k."endDate" >= m.cutoff)
             AND (s."periodStart" IS NULL OR s."periodStart" < m.cutoff) THEN 'overdue'
           ELSE coalesce(s."status"::text, 'no_data') END AS status, count(*)::int AS count
       FROM (VALUES ${values}) AS m(month, as_of, cadence, cutoff, started_before)
       JOIN "Kpi" k ON k."cadence"::text = m.cadence AND k."startDate" <= m.as_of AND k."orgId" = $1 AND k."archivedAt" IS NULL
       LEFT JOIN spans s ON s."kpiId" = k."id" AND s."periodStart" <= m.as_of AND (s.next_start IS NULL OR s.next_start > m.as_of)
       GROUP BY 1, 2`,
      [org.id],
    );
    return months.map((month) => ({
      month: month.month,
      asOf: month.asOf,
      counts: Object.fromEntries(KPI_STATUSES.map((status) => [status, result.rows.find((row) => row.month === month.month && row.status === status)?.count ?? 0])),
    }));
  });
  same("12-month history", historyService.answer, historySql.answer);
  report("12-month status history", historyService.ms, historySql.ms);

  // 3. Needs attention: the eight worst, worst status first and by name.
  const attentionService = await timed(() => needsAttention(db, where, today, weekStart));
  const attentionSql = await timed(async () => {
    const result = await raw.query<{ id: string }>(
      `SELECT k."id" FROM "Kpi" k ${nowJoin} WHERE k."orgId" = $1 AND k."archivedAt" IS NULL AND ${statusNow} IN ('off_track', 'overdue', 'at_risk')
       ORDER BY array_position(ARRAY['off_track', 'overdue', 'at_risk'], ${statusNow}), k."name", k."id" LIMIT 8`,
      [org.id],
    );
    return result.rows.map((row) => row.id);
  });
  same("needs attention", attentionService.answer.map((item) => item.id), attentionSql.answer);
  report("needs attention (8 rows)", attentionService.ms, attentionSql.ms);

  // 4. Recent check-ins.
  const recentService = await timed(() => recentCheckIns(db, org.id, where, weekStart));
  const recentSql = await timed(async () => {
    const result = await raw.query<{ id: string }>(
      `SELECT c."id" FROM "CheckIn" c JOIN "Kpi" k ON k."orgId" = c."orgId" AND k."id" = c."kpiId"
       WHERE c."orgId" = $1 AND k."archivedAt" IS NULL ORDER BY c."updatedAt" DESC, c."periodStart" DESC, c."id" LIMIT 8`,
      [org.id],
    );
    return result.rows.map((row) => row.id);
  });
  same("recent check-ins", recentService.answer.map((row) => row.id), recentSql.answer);
  report("recent check-ins (8 rows)", recentService.ms, recentSql.ms);

  // 5. Objectives' health now and a quarter ago.
  const objectiveService = await timed(() => objectiveHealth(db, org.id, ids, months[8]!, months[11]!, weekStart));
  const objectiveSql = await timed(async () => {
    const result = await raw.query<{ objective: string; on_track: number }>(
      `SELECT o."id" AS objective, (
         SELECT count(*) FROM "KpiObjective" link
         JOIN "Kpi" k ON k."orgId" = link."orgId" AND k."id" = link."kpiId" AND k."archivedAt" IS NULL ${nowJoin}
         WHERE link."orgId" = o."orgId" AND link."objectiveId" = o."id" AND ${statusNow} = 'on_track')::int AS on_track
       FROM "Objective" o WHERE o."orgId" = $1 AND o."archivedAt" IS NULL`,
      [org.id],
    );
    return Object.fromEntries(result.rows.map((row) => [row.objective, row.on_track]));
  });
  same(
    "objectives on track now",
    Object.fromEntries([...objectiveService.answer].sort((a, b) => a.id.localeCompare(b.id)).map((objective) => [objective.id, objective.health.on_track])),
    Object.fromEntries(Object.entries(objectiveSql.answer).sort(([a], [b]) => a.localeCompare(b))),
  );
  report("objectives (now; service also then)", objectiveService.ms, objectiveSql.ms);

  // 6. The whole dashboard, as the admin and as a manager (who sees about half), against the statements above in a row.
  const rawTotal = matrixSql.ms + historySql.ms + attentionSql.ms + recentSql.ms + objectiveSql.ms;
  const wholeAdmin = await timed(() => organizationDashboard(db, adminActor));
  report("whole dashboard, admin", wholeAdmin.ms, rawTotal);
  const wholeManager = await timed(() => organizationDashboard(db, managerActor));
  const managerTotal = KPI_STATUSES.reduce((sum, status) => sum + wholeManager.answer.totals[status], 0);
  report(`whole dashboard, manager (${managerTotal} KPIs)`, wholeManager.ms, rawTotal);

  // 7. My KPIs for the manager: owned or contributed, with trends and last month's status.
  const mineService = await timed(() => myKpis(db, managerActor));
  const mineSql = await timed(async () => {
    // The KPIs with their last twelve values, oldest first: the rows and trends the page shows.
    const result = await raw.query<{ id: string; trend: string[] }>(
      `SELECT k."id", ARRAY(
           SELECT v.value::text FROM (SELECT c."value", c."periodStart" FROM "CheckIn" c WHERE c."orgId" = k."orgId" AND c."kpiId" = k."id"
             ORDER BY c."periodStart" DESC LIMIT 12) v ORDER BY v."periodStart") AS trend
       FROM "Kpi" k WHERE k."orgId" = $1 AND k."archivedAt" IS NULL
         AND (k."ownerMembershipId" = $2 OR EXISTS (SELECT 1 FROM "KpiContributor" x WHERE x."orgId" = k."orgId" AND x."kpiId" = k."id" AND x."membershipId" = $2))
       ORDER BY k."name", k."id"`,
      [org.id, manager!.membershipId],
    );
    return result.rows.map((row) => [row.id, row.trend.map(Number)]);
  });
  same("my KPIs", mineService.answer.kpis.map((kpi) => [kpi.id, kpi.trend]), mineSql.answer);
  report(`my KPIs, manager (${mineSql.answer.length} KPIs)`, mineService.ms, mineSql.ms);
  console.log(`dashboard: medians of ${ROUNDS} runs after a warm-up; load average ${(await import("node:os")).loadavg()[0]!.toFixed(1)}`);
} finally {
  await raw.end();
  await database.drop();
}
