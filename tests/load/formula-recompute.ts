/**
 * How long the recompute of calculated KPIs takes inside the transaction of a large change of their inputs, as an
 * import of 100,000 values brings: two daily inputs (REVENUE, HEADCOUNT) with 50,000 days each, PER_HEAD =
 * REVENUE / HEADCOUNT and DOUBLE = PER_HEAD * 2 on top. Run from the repository root:
 *
 *   tests/node_modules/.bin/tsx tests/load/formula-recompute.ts [days]
 *
 * Prints `formula-recompute: …` lines: first computation (inserts), correction of every input value (updates with
 * revisions) and the statements sent for each.
 */
import { createTestDatabase } from "../../packages/db/src/testing/index.ts";
import { addDays } from "../../packages/domain/src/index.ts";
import type { OrgActor } from "../../packages/api/src/services/actor.ts";
import { createKpi } from "../../packages/api/src/services/kpi/definitions.ts";
import { afterValuesChanged, type ValueChange } from "../../packages/api/src/services/kpi/values-changed.ts";

const DAYS = Number(process.argv[2] ?? 50_000);
const START = "1880-01-01";

const database = await createTestDatabase();
const db = database.prisma;
try {
  const org = await db.organization.create({ data: { name: "Load Inc", slug: "load-inc" }, select: { id: true } });
  const user = await db.user.create({ data: { email: "load@example.test", name: "Load", passwordHash: "-" }, select: { id: true } });
  const membership = await db.membership.create({ data: { orgId: org.id, userId: user.id, role: "admin" }, select: { id: true } });
  const actor: OrgActor = {
    kind: "member",
    orgId: org.id,
    orgSlug: "load-inc",
    orgName: "Load Inc",
    currency: "EUR",
    weekStart: 1,
    timeZone: "UTC",
    orgLocale: "en-US",
    locale: "en-US",
    userId: user.id,
    userName: "Load",
    userEmail: "load@example.test",
    membershipId: membership.id,
    role: "admin",
  };
  const create = async (name: string, code: string, formula: string | null) =>
    (
      await createKpi(db, actor, {
        name,
        code,
        formula,
        description: "",
        category: "financial",
        unit: "number",
        currency: null,
        durationUnit: null,
        decimals: 2,
        direction: "increase",
        baseline: null,
        targets: [{ effectiveFrom: START, target: "10", warning: "5", targetMin: null, targetMax: null, tolerance: null }],
        cadence: "daily",
        startDate: START,
        endDate: null,
        ownerMembershipId: membership.id,
        contributorMembershipIds: [],
        teamId: null,
        objectiveIds: [],
        visibility: "organization",
        benchmarkValue: null,
        benchmarkSource: null,
        templateKey: null,
      })
    ).id;
  const revenue = await create("Revenue", "REVENUE", null);
  const headcount = await create("Headcount", "HEADCOUNT", null);
  await create("Revenue per head", "PER_HEAD", "REVENUE / HEADCOUNT");
  await create("Double per head", "DOUBLE", "PER_HEAD * 2");

  const periods = Array.from({ length: DAYS }, (_, index) => addDays(START, index));
  const changes: ValueChange[] = periods.flatMap((periodStart) => [
    { kpiId: revenue, periodStart },
    { kpiId: headcount, periodStart },
  ]);

  /** Writes the inputs as an import would (one statement), then runs what follows every change, timed and counted. */
  const run = async (label: string, revenueOffset: number) => {
    let statements = 0;
    const started = performance.now();
    let recomputeMs = 0;
    await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`
          INSERT INTO "CheckIn" ("orgId", "id", "kpiId", "periodStart", "value", "recordedByMembershipId", "updatedAt")
          SELECT ${org.id}, gen_random_uuid()::text, "k"."id", ${START}::date + "d", CASE WHEN "k"."id" = ${revenue} THEN 100 + "d" + ${revenueOffset} ELSE 1 + "d" % 4 END,
            ${membership.id}, now() AT TIME ZONE 'UTC'
          FROM generate_series(0, ${DAYS - 1}) AS "d", (SELECT unnest(ARRAY[${revenue}, ${headcount}]::text[]) AS "id") AS "k"
          ON CONFLICT ("orgId", "kpiId", "periodStart") DO UPDATE SET "value" = EXCLUDED."value"`;
        const counted = new Proxy(tx, {
          get(target, property) {
            const value = Reflect.get(target, property) as unknown;
            if (property === "$queryRaw" || property === "$executeRaw") statements += 1;
            return typeof value === "function" ? value.bind(target) : value;
          },
        });
        const before = performance.now();
        await afterValuesChanged(counted, actor, changes);
        recomputeMs = performance.now() - before;
      },
      { timeout: 600_000, maxWait: 60_000 },
    );
    const total = (performance.now() - started) / 1000;
    console.log(
      `formula-recompute: ${label}: ${changes.length} input values, ${DAYS * 2} calculated values over 2 levels, recompute ${(recomputeMs / 1000).toFixed(2)} s (${statements} raw statements), transaction ${total.toFixed(2)} s`,
    );
  };
  await run("first computation", 0);
  await run("every input corrected", 7);
  const revisions = await db.checkInRevision.count({ where: { orgId: org.id } });
  console.log(`formula-recompute: ${revisions} calculated values kept as revisions after the correction`);
} finally {
  await database.drop();
}
