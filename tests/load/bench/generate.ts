/**
 * The benchmark's data set on PostgreSQL, bulk-inserted with a handful of set-based statements (generate_series,
 * unnest): a big organization `acme` of weekly KPIs with three years of values among neighbour organizations, and two
 * small organizations that differ only by ten times the history. Check-ins are judged by the app's own statement,
 * the KPIs' latest values copied and their status timelines derived by the app's own functions, the review and the
 * API key made by the app's services. Run alone it keeps the database and prints its URL:
 *
 *   BENCH_SCALE=0.1 pnpm --filter @tally/e2e bench:generate
 */
import { pathToFileURL } from "node:url";
import pg from "pg";
import { Prisma, createPrismaClient, judgeCheckInsStatement, type PrismaClient } from "@tally/db";
import { addDays, createApiKeySchema, dueCutoff, startReviewSchema, todayIn } from "@tally/domain";
import type { OrgActor } from "../../../packages/api/src/services/actor.ts";
import { rederiveStatusChanges } from "../../../packages/api/src/services/analysis/status-changes.ts";
import { createApiKey } from "../../../packages/api/src/services/api-keys/manage.ts";
import { refreshLatestOf } from "../../../packages/api/src/services/kpi/latest.ts";
import { createReview } from "../../../packages/api/src/services/reviews/create.ts";
import { hashPassword } from "../../../packages/api/src/auth/password-hash.ts";
import { createMigratedDatabase } from "../support/database.ts";
import { machineLoad } from "../support/machine.ts";
import { benchSizes, HISTORY_FACTOR, type BenchSizes } from "./sizes.ts";

export const BENCH_PASSWORD = "bench-password-correct-horse";
export const BIG_ORG = "acme";
export const HISTORY_ORG = "history";
export const HISTORY_X10_ORG = "history-x10";
const ROLES = ["admin", "executive", "manager", "hr", "project_lead", "viewer"] as const;
type BenchRole = (typeof ROLES)[number];
const OBJECTIVES = 12;
/** Values stop three weeks before the latest due period on every 10th KPI (overdue); every 80th never had one. */
const STOPPED_EVERY = 10;
const EMPTY_EVERY = 80;
const STATUS_CHANGE_CHUNK = 500;
const JUDGED_SAMPLE_EVERY = 20;

export interface Member {
  email: string;
  userId: string;
  membershipId: string;
}

export interface BenchFixture {
  orgId: string;
  orgSlug: string;
  weekStart: number;
  password: string;
  roles: Record<BenchRole, Member>;
  /** Viewers who record the values of the KPIs they contribute to: the soak's people. */
  people: Member[];
  teamId: string;
  /** A KPI the whole organization sees with a value for every one of its 156 weeks. */
  fullKpiId: string;
  /** The KPIs each person contributes to, for writes. */
  kpisOf: Record<string, string[]>;
  reviewId: string;
  apiKey: string;
  /** The same organization, KPI and member with 1× and 10× the history. */
  history: { slug: string; orgId: string; admin: Member; kpiId: string; checkIns: number }[];
  /** Check-ins of the big organization, of it and its neighbours, and of every organization with the history pair. */
  checkIns: { big: number; withNeighbours: number; all: number };
  today: string;
}

const kpiId = (n: number) => `k${String(n).padStart(5, "0")}`;

async function insertOrganization(raw: pg.Client, slug: string, name: string): Promise<string> {
  const id = `org-${slug}`;
  await raw.query(`INSERT INTO "Organization" ("id", "name", "slug", "weekStart", "timeZone", "updatedAt") VALUES ($1, $2, $3, 1, 'UTC', now())`, [id, name, slug]);
  return id;
}

/** Users with the same known password and their memberships, in two statements. */
async function insertMembers(raw: pg.Client, orgId: string, slug: string, people: { local: string; role: string }[], passwordHash: string): Promise<Member[]> {
  const members = people.map(({ local }) => ({ email: `${local}@${slug}.bench`, userId: `u-${slug}-${local}`, membershipId: `m-${slug}-${local}` }));
  await raw.query(
    `INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt")
     SELECT u.id, u.email, initcap(replace(split_part(u.email, '@', 1), '-', ' ')), $3, now() FROM unnest($1::text[], $2::text[]) AS u(id, email)`,
    [members.map((member) => member.userId), members.map((member) => member.email), passwordHash],
  );
  await raw.query(
    `INSERT INTO "Membership" ("orgId", "id", "userId", "role", "updatedAt")
     SELECT $1, m.id, m.user_id, m.role::"Role", now() FROM unnest($2::text[], $3::text[], $4::text[]) AS m(id, user_id, role)`,
    [orgId, members.map((member) => member.membershipId), members.map((member) => member.userId), people.map((person) => person.role)],
  );
  return members;
}

/** `count` weekly KPIs from `startDate`, owners in turn, each with one target (100, warning 90 or 110). */
async function insertKpis(raw: pg.Client, orgId: string, count: number, startDate: string, owners: string[]): Promise<void> {
  await raw.query(
    `INSERT INTO "Kpi" ("orgId", "id", "name", "activeName", "category", "unit", "decimals", "direction", "cadence", "startDate",
       "ownerMembershipId", "visibility", "createdAt", "updatedAt")
     SELECT $1, 'k' || lpad(n::text, 5, '0'), 'KPI ' || n, 'kpi ' || n, (enum_range(NULL::"KpiCategory"))[1 + n % 8], 'number', 2,
       CASE WHEN n % 3 = 0 THEN 'decrease' ELSE 'increase' END::"KpiDirection", 'weekly', $2::date,
       ($3::text[])[1 + n % cardinality($3::text[])],
       CASE WHEN n % 2 = 0 THEN 'organization' ELSE 'restricted' END::"KpiVisibility", $2::date, $2::date
     FROM generate_series(1, $4) AS n`,
    [orgId, startDate, owners, count],
  );
  await raw.query(
    `INSERT INTO "KpiTarget" ("orgId", "kpiId", "effectiveFrom", "target", "warning")
     SELECT "orgId", "id", "startDate", 100, CASE WHEN "direction" = 'increase' THEN 90 ELSE 110 END FROM "Kpi" WHERE "orgId" = $1`,
    [orgId],
  );
}

/**
 * A value for every week of every KPI up to the latest due period, in one statement for every organization, with
 * ascending ids per KPI (the primary-key index takes them in order). The status written here is checked afterwards
 * by the app's own judging statement, which must find nothing to change.
 */
async function insertCheckIns(raw: pg.Client, lastPeriod: string): Promise<number> {
  const result = await raw.query(
    `INSERT INTO "CheckIn" ("orgId", "id", "kpiId", "periodStart", "value", "status", "recordedByMembershipId", "createdAt", "updatedAt")
     SELECT k."orgId", k."id" || to_char(p, 'YYYYMMDD'), k."id", p::date, v.value,
       (CASE
         WHEN k."direction" = 'increase' AND v.value >= 100 THEN 'on_track'
         WHEN k."direction" = 'increase' AND v.value >= 90 THEN 'at_risk'
         WHEN k."direction" = 'decrease' AND v.value <= 100 THEN 'on_track'
         WHEN k."direction" = 'decrease' AND v.value <= 110 THEN 'at_risk'
         ELSE 'off_track' END)::"PeriodStatus",
       k."ownerMembershipId", p + interval '3 days', p + interval '3 days'
     FROM "Kpi" k
     CROSS JOIN LATERAL generate_series(k."startDate", $1::date - CASE WHEN substr(k."id", 2)::int % ${STOPPED_EVERY} = 0 THEN interval '21 days' ELSE interval '0 days' END,
       interval '7 days') AS p
     CROSS JOIN LATERAL (SELECT round((85 + 30 * abs(sin(substr(k."id", 2)::int * 7 + extract(epoch FROM p) / 86400 / 28)))::numeric, 2) AS value) v
     WHERE substr(k."id", 2)::int % ${EMPTY_EVERY} <> 0`,
    [lastPeriod],
  );
  return result.rowCount ?? 0;
}

function actorOf(orgId: string, slug: string, member: Member, role: BenchRole): OrgActor {
  return {
    kind: "member",
    orgId,
    orgSlug: slug,
    orgName: slug,
    currency: "USD",
    weekStart: 1,
    timeZone: "UTC",
    orgLocale: "en-US",
    locale: "en-US",
    userId: member.userId,
    userName: member.email,
    userEmail: member.email,
    membershipId: member.membershipId,
    role,
  };
}

/** The app's own derivations over what was bulk-inserted: latest values and status timelines, per organization. */
async function deriveAsTheAppDoes(db: PrismaClient, raw: pg.Client, orgIds: string[]): Promise<void> {
  for (const orgId of orgIds) {
    const ids = (await raw.query<{ id: string }>(`SELECT "id" FROM "Kpi" WHERE "orgId" = $1 ORDER BY "id"`, [orgId])).rows.map((row) => row.id);
    await refreshLatestOf(db, orgId, ids);
    for (let start = 0; start < ids.length; start += STATUS_CHANGE_CHUNK) {
      await rederiveStatusChanges(db, orgId, ids.slice(start, start + STATUS_CHANGE_CHUNK), 1);
    }
  }
}

export async function generateBenchData(url: string, sizes: BenchSizes, log: (line: string) => void = console.log): Promise<BenchFixture> {
  const started = performance.now();
  const step = (what: string) => log(`generate: ${what} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  const raw = new pg.Client({ connectionString: url });
  await raw.connect();
  const db = createPrismaClient({ databaseUrl: url });
  try {
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    const today = todayIn("UTC", new Date());
    const lastPeriod = dueCutoff("weekly", today, 1);
    const startOf = (weeks: number) => addDays(lastPeriod, -7 * (weeks - 1));

    // The big organization: one person per role owning the KPIs in turn, the soak's people (viewers who each
    // contribute to KPIs and record their values), a team, objectives.
    const orgId = await insertOrganization(raw, BIG_ORG, "Acme");
    const roleMembers = await insertMembers(raw, orgId, BIG_ORG, ROLES.map((role) => ({ local: role.replace("_", "-"), role })), passwordHash);
    const roles = Object.fromEntries(ROLES.map((role, index) => [role, roleMembers[index]!])) as Record<BenchRole, Member>;
    const people = await insertMembers(
      raw,
      orgId,
      BIG_ORG,
      Array.from({ length: sizes.people }, (_, index) => ({ local: `person-${String(index + 1).padStart(3, "0")}`, role: "viewer" })),
      passwordHash,
    );
    await insertKpis(raw, orgId, sizes.kpis, startOf(sizes.weeks), roleMembers.map((member) => member.membershipId));
    await raw.query(
      `INSERT INTO "KpiContributor" ("orgId", "kpiId", "membershipId")
       SELECT "orgId", "id", ($2::text[])[1 + substr("id", 2)::int % cardinality($2::text[])] FROM "Kpi" WHERE "orgId" = $1`,
      [orgId, people.map((person) => person.membershipId)],
    );
    const teamId = "team-operations";
    await raw.query(`INSERT INTO "Team" ("orgId", "id", "name", "kind", "updatedAt") VALUES ($1, $2, 'Operations', 'department', now())`, [orgId, teamId]);
    await raw.query(`INSERT INTO "TeamMembership" ("orgId", "teamId", "membershipId", "isLead") VALUES ($1, $2, $3, true)`, [orgId, teamId, roles.manager.membershipId]);
    await raw.query(`INSERT INTO "KpiTeam" ("orgId", "kpiId", "teamId") SELECT "orgId", "id", $2 FROM "Kpi" WHERE "orgId" = $1 AND substr("id", 2)::int % 4 = 0`, [orgId, teamId]);
    await raw.query(
      `INSERT INTO "KpiContributor" ("orgId", "kpiId", "membershipId") SELECT "orgId", "id", $2 FROM "Kpi" WHERE "orgId" = $1 AND substr("id", 2)::int % 20 = 1`,
      [orgId, roles.manager.membershipId],
    );
    await raw.query(
      `INSERT INTO "Objective" ("orgId", "id", "name", "ownerMembershipId", "updatedAt") SELECT $1, 'obj' || n, 'Objective ' || n, $2, now() FROM generate_series(1, $3) AS n`,
      [orgId, roles.admin.membershipId, OBJECTIVES],
    );
    await raw.query(
      `INSERT INTO "KpiObjective" ("orgId", "kpiId", "objectiveId") SELECT "orgId", "id", 'obj' || (1 + substr("id", 2)::int % $2) FROM "Kpi" WHERE "orgId" = $1 AND substr("id", 2)::int % 3 = 0`,
      [orgId, OBJECTIVES],
    );

    // Neighbours, and the two organizations that differ only by their history.
    const neighbourIds: string[] = [];
    for (let index = 1; index <= sizes.neighbours; index += 1) {
      const slug = `neighbour-${String(index).padStart(2, "0")}`;
      const id = await insertOrganization(raw, slug, `Neighbour ${index}`);
      const members = await insertMembers(raw, id, slug, [{ local: "admin", role: "admin" }, { local: "manager", role: "manager" }], passwordHash);
      await insertKpis(raw, id, sizes.neighbourKpis, startOf(sizes.weeks), members.map((member) => member.membershipId));
      neighbourIds.push(id);
    }
    const history: BenchFixture["history"] = [];
    for (const [slug, weeks] of [[HISTORY_ORG, sizes.weeks], [HISTORY_X10_ORG, sizes.weeks * HISTORY_FACTOR]] as const) {
      const id = await insertOrganization(raw, slug, slug);
      const [admin] = await insertMembers(raw, id, slug, [{ local: "admin", role: "admin" }], passwordHash);
      await insertKpis(raw, id, sizes.historyKpis, startOf(weeks), [admin!.membershipId]);
      history.push({ slug, orgId: id, admin: admin!, kpiId: kpiId(2), checkIns: 0 });
    }
    step(`${sizes.kpis} + ${sizes.neighbours} × ${sizes.neighbourKpis} + 2 × ${sizes.historyKpis} KPIs and ${roleMembers.length + people.length + 2 * sizes.neighbours + 2} members`);

    const all = await insertCheckIns(raw, lastPeriod);
    step(`${all.toLocaleString("en-US")} check-ins inserted`);
    await raw.query("ANALYZE");
    const orgIds = [orgId, ...neighbourIds, ...history.map((entry) => entry.orgId)];
    // Judging every row again costs as much as inserting it: a sample of every organization's KPIs shows the
    // generated statuses are the app's.
    const rejudged = await db.$executeRaw(judgeCheckInsStatement(Prisma.sql`"CheckIn" c`, Prisma.sql`substr(c."kpiId", 2)::int % ${JUDGED_SAMPLE_EVERY} = 2`));
    if (rejudged !== 0) throw new Error(`The app judged ${rejudged} check-ins differently from the generator: the generated statuses are wrong.`);
    step(`statuses of every ${JUDGED_SAMPLE_EVERY}th KPI judged again by the app's statement: none changed`);
    await deriveAsTheAppDoes(db, raw, orgIds);
    step("latest values copied and status timelines derived by the app's functions");

    const count = async (where: string, params: unknown[]) => Number((await raw.query<{ count: string }>(`SELECT count(*) FROM "CheckIn" WHERE ${where}`, params)).rows[0]!.count);
    for (const entry of history) entry.checkIns = await count(`"orgId" = $1 AND "kpiId" = $2`, [entry.orgId, entry.kpiId]);
    const big = await count(`"orgId" = $1`, [orgId]);
    const withNeighbours = await count(`"orgId" = ANY($1::text[])`, [[orgId, ...neighbourIds]]);

    const admin = actorOf(orgId, BIG_ORG, roles.admin, "admin");
    const review = await createReview(
      db,
      admin,
      startReviewSchema.parse({
        title: "Quarterly business review",
        scope: "objective",
        scopeId: "obj1",
        period: "quarter",
        periodStart: today,
        participantMembershipIds: [roles.manager.membershipId, roles.executive.membershipId],
      }),
    );
    const { secret } = await createApiKey(db, admin, createApiKeySchema.parse({ name: "Benchmark", scope: "read_write" }));
    await raw.query("ANALYZE");

    const kpisOf: Record<string, string[]> = {};
    for (let n = 1; n <= sizes.kpis; n += 1) (kpisOf[people[n % people.length]!.email] ??= []).push(kpiId(n));
    step(`done: ${big.toLocaleString("en-US")} check-ins in ${BIG_ORG}, ${withNeighbours.toLocaleString("en-US")} with its neighbours, ${all.toLocaleString("en-US")} in all; ${machineLoad()}`);
    return {
      orgId,
      orgSlug: BIG_ORG,
      weekStart: 1,
      password: BENCH_PASSWORD,
      roles,
      people,
      teamId,
      fullKpiId: kpiId(2),
      kpisOf,
      reviewId: review.id,
      apiKey: secret,
      history,
      checkIns: { big, withNeighbours, all },
      today,
    };
  } finally {
    await db.$disconnect();
    await raw.end();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const database = await createMigratedDatabase(process.env.BENCH_DATABASE_PREFIX ?? "tally_bench");
  try {
    await generateBenchData(database.url, benchSizes());
    console.log(`generate: kept ${database.url} (drop it with DROP DATABASE "${database.name}")`);
  } catch (error) {
    await database.drop();
    throw error;
  }
}
