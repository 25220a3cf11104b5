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
import { KPI_STATUSES, historyMonths, todayIn } from "../../packages/domain/src/index.ts";
import type { OrgActor } from "../../packages/api/src/services/actor.ts";
import { organizationDashboard } from "../../packages/api/src/services/analysis/dashboard.ts";
import { myKpis } from "../../packages/api/src/services/analysis/my-kpis.ts";
import { needsAttention } from "../../packages/api/src/services/analysis/needs-attention.ts";
import { objectiveHealth } from "../../packages/api/src/services/analysis/objective-health.ts";
import { recentCheckIns } from "../../packages/api/src/services/analysis/recent-check-ins.ts";
import { statusCountsByMonth } from "../../packages/api/src/services/analysis/status-history.ts";
import { statusMatrix } from "../../packages/api/src/services/analysis/status-matrix.ts";
import { kpiListQuery } from "../../packages/api/src/services/kpi/list-where.ts";
import { machineLoad } from "./support/machine.ts";
import { myKpisSql, needsAttentionSql, objectivesOnTrackSql, recentCheckInsSql, statusHistorySql, statusTotalsSql } from "./support/overview-sql.ts";

const KPIS = Number(process.argv[2] ?? 2_000);
const MONTHS = 24;
const ROUNDS = 5;
const OBJECTIVES = 12;

// LOAD_DATABASE_PREFIX names the database apart from the test suites'.
const database = await createTestDatabase({ namePrefix: process.env.LOAD_DATABASE_PREFIX || undefined });
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

  // 1. Status counts by category and status (the headline and the matrix).
  const matrixService = await timed(() => statusMatrix(db, where, today, weekStart));
  const matrixSql = await timed(() => statusTotalsSql(raw, org.id, today, weekStart));
  same("status totals", matrixService.answer.totals, matrixSql.answer);
  report("status by category (matrix)", matrixService.ms, matrixSql.ms);

  // 2. Twelve months of status counts.
  const months = historyMonths(today, 12);
  const ids = (await db.kpi.findMany({ where, select: { id: true } })).map((kpi) => kpi.id);
  const historyService = await timed(() => statusCountsByMonth(db, org.id, ids, months, weekStart));
  const historySql = await timed(() => statusHistorySql(raw, org.id, today, weekStart));
  same("12-month history", historyService.answer, historySql.answer);
  // The statement `pnpm bench` measures the overview against must give the same answer.
  same("12-month history (index lookups)", historyService.answer, await statusHistorySql(raw, org.id, today, weekStart, "lookup"));
  report("12-month status history", historyService.ms, historySql.ms);

  // 3. Needs attention: the eight worst, worst status first and by name.
  const attentionService = await timed(() => needsAttention(db, where, today, weekStart));
  const attentionSql = await timed(() => needsAttentionSql(raw, org.id, today, weekStart));
  same("needs attention", attentionService.answer.map((item) => item.id), attentionSql.answer);
  report("needs attention (8 rows)", attentionService.ms, attentionSql.ms);

  // 4. Recent check-ins.
  const recentService = await timed(() => recentCheckIns(db, org.id, where, weekStart));
  const recentSql = await timed(() => recentCheckInsSql(raw, org.id));
  same("recent check-ins", recentService.answer.map((row) => row.id), recentSql.answer);
  report("recent check-ins (8 rows)", recentService.ms, recentSql.ms);

  // 5. Objectives' health now and a quarter ago.
  const objectiveService = await timed(() => objectiveHealth(db, org.id, ids, months[8]!, months[11]!, weekStart));
  const objectiveSql = await timed(() => objectivesOnTrackSql(raw, org.id, today, weekStart));
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
  const mineSql = await timed(() => myKpisSql(raw, org.id, manager!.membershipId));
  same("my KPIs", mineService.answer.kpis.map((kpi) => [kpi.id, kpi.trend]), mineSql.answer);
  report(`my KPIs, manager (${mineSql.answer.length} KPIs)`, mineService.ms, mineSql.ms);
  console.log(`dashboard: medians of ${ROUNDS} runs after a warm-up; ${machineLoad()}`);
} finally {
  await raw.end();
  await database.drop();
}
