import { describe, expect, it } from "vitest";
import type { Cadence, KpiDirection, PrismaClient } from "@tally/db";
import { CADENCES, addDays, historyMonths, kpiStatus, periodsBetween, statusOfPeriod, type KpiStatus, type TargetEntry } from "@tally/domain";
import { kpiStatusesByMonthSql, statusCountsByMonth } from "../src/services/analysis/status-history";
import { dateFromIso, isoDate } from "../src/services/kpi/decimal";
import { judgeAllCheckInsOf, judgeCheckIns } from "../src/services/kpi/judge-check-ins";
import { refreshLatestOf, toTargetEntries } from "../src/services/kpi/latest";
import { useTestDatabase } from "./support/database";
import { createOrgWorld } from "./support/world";

const db = useTestDatabase();

/** A small deterministic generator, so that a failure can be replayed. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}
type Random = ReturnType<typeof generator>;

const TODAY = "2026-11-18";
const WEEK_START = 1;

/** A schedule entry whose thresholds are sometimes missing or contradictory, as stored data may be. */
function randomEntry(random: Random, direction: KpiDirection, effectiveFrom: string): TargetEntry {
  const target = random.int(0, 40) * 2.5;
  const spread = random.int(0, 8) * 2.5;
  if (direction === "range") {
    const targetMin = random.chance(0.1) ? null : target;
    const targetMax = random.chance(0.1) ? null : random.chance(0.1) ? target - 5 : target + spread;
    return { effectiveFrom, target: null, targetMin, targetMax, warning: null, tolerance: random.chance(0.3) ? null : random.int(-1, 4) * 1.25 };
  }
  const warning = random.chance(0.3) ? null : direction === "increase" ? target - spread : target + spread;
  return { effectiveFrom, target: random.chance(0.1) ? null : target, targetMin: null, targetMax: null, warning, tolerance: null };
}

/** A value that often lands exactly on a bound, where a wrong comparison would show. */
function randomValue(random: Random, schedule: readonly TargetEntry[]): number {
  const entry = random.pick(schedule);
  const bounds = [entry.target, entry.warning, entry.targetMin, entry.targetMax].filter((bound): bound is number => bound !== null);
  if (bounds.length && random.chance(0.5)) {
    const bound = random.pick(bounds);
    const tolerance = entry.tolerance ?? 0;
    return random.pick([bound, bound + 0.000001, bound - 0.000001, bound - tolerance, bound + tolerance]);
  }
  return random.int(-20, 1200) / 10;
}

interface GeneratedKpi {
  id: string;
  direction: KpiDirection;
  cadence: Cadence;
  startDate: string;
  endDate: string | null;
  schedule: TargetEntry[];
  periods: string[];
}

async function generateKpis(prisma: PrismaClient, orgId: string, ownerMembershipId: string, random: Random, count: number): Promise<GeneratedKpi[]> {
  const kpis: GeneratedKpi[] = [];
  for (let index = 0; index < count; index += 1) {
    const direction = random.pick<KpiDirection>(["increase", "decrease", "range"]);
    const cadence = random.pick(CADENCES.filter((candidate) => candidate !== "daily"));
    const startDate = addDays(TODAY, -random.int(10, 900));
    const endDate = random.chance(0.2) ? addDays(startDate, random.int(30, 600)) : null;
    const entries = random.int(0, 3);
    const schedule: TargetEntry[] = [];
    for (let entry = 0; entry < entries; entry += 1) {
      const effectiveFrom = addDays(startDate, entry === 0 ? random.int(-30, 60) : random.int(60, 700));
      if (!schedule.some((existing) => existing.effectiveFrom === effectiveFrom)) schedule.push(randomEntry(random, direction, effectiveFrom));
    }
    const all = periodsBetween(startDate, endDate && endDate < TODAY ? endDate : TODAY, cadence, WEEK_START);
    const keep = random.pick([0, 0.3, 0.8, 1]);
    const periods = all.filter(() => random.chance(keep));
    const kpi = await prisma.kpi.create({
      data: {
        orgId,
        name: `Generated ${index}`,
        activeName: `generated ${index}`,
        category: "operational",
        unit: "number",
        direction,
        cadence,
        startDate: dateFromIso(startDate),
        endDate: endDate ? dateFromIso(endDate) : null,
        ownerMembershipId,
      },
      select: { id: true },
    });
    await prisma.kpiTarget.createMany({
      data: schedule.map((entry) => ({ orgId, kpiId: kpi.id, ...entry, effectiveFrom: dateFromIso(entry.effectiveFrom) })),
    });
    await prisma.checkIn.createMany({
      data: periods.map((period) => ({
        orgId,
        kpiId: kpi.id,
        periodStart: dateFromIso(period),
        value: schedule.length ? randomValue(random, schedule).toFixed(6) : "1",
        recordedByMembershipId: ownerMembershipId,
      })),
    });
    kpis.push({ id: kpi.id, direction, cadence, startDate, endDate, schedule, periods });
  }
  return kpis;
}

/** Every stored check-in status of these KPIs next to what the domain's rule says it should be. */
async function storedAndRuled(prisma: PrismaClient, orgId: string, ids: string[]) {
  const kpis = await prisma.kpi.findMany({ where: { orgId, id: { in: ids } }, include: { targets: true, checkIns: { orderBy: { periodStart: "asc" } } } });
  const stored: (string | null)[] = [];
  const ruled: (string | null)[] = [];
  for (const kpi of kpis) {
    const schedule = toTargetEntries(kpi.targets);
    for (const checkIn of kpi.checkIns) {
      stored.push(checkIn.status);
      ruled.push(statusOfPeriod(kpi.direction, schedule, isoDate(checkIn.periodStart), checkIn.value.toNumber()));
    }
  }
  return { stored, ruled };
}

describe("stored check-in statuses", () => {
  it("agree with the domain's rule on every kind of schedule, bounds hit exactly included, and follow schedule changes", { timeout: 120_000 }, async () => {
    const world = await createOrgWorld(db(), "judge");
    const random = generator(20261130);
    const kpis = await generateKpis(db(), world.org.id, world.members.admin.membershipId, random, 120);
    const ids = kpis.map((kpi) => kpi.id);

    await judgeAllCheckInsOf(db(), world.org.id, ids);
    const first = await storedAndRuled(db(), world.org.id, ids);
    expect(first.stored.length).toBeGreaterThan(1000);
    expect(first.stored).toEqual(first.ruled);
    // Every status occurs, and so does "cannot be judged", or the comparison proved little.
    expect(new Set(first.stored)).toEqual(new Set(["on_track", "at_risk", "off_track", null]));

    // A new schedule for every KPI: judged again, all of it.
    await db().kpiTarget.deleteMany({ where: { orgId: world.org.id } });
    for (const kpi of kpis) {
      const entry = randomEntry(random, kpi.direction, kpi.startDate);
      await db().kpiTarget.create({ data: { orgId: world.org.id, kpiId: kpi.id, ...entry, effectiveFrom: dateFromIso(entry.effectiveFrom) } });
    }
    await judgeAllCheckInsOf(db(), world.org.id, ids);
    const second = await storedAndRuled(db(), world.org.id, ids);
    expect(second.stored).toEqual(second.ruled);
    expect(second.stored).not.toEqual(first.stored);
  });

  it("are judged for exactly the changed periods, and the KPI's newest status follows", async () => {
    const world = await createOrgWorld(db(), "judgepairs");
    const kpiId = world.kpis.ownedBy.manager;
    // Target 100, warning 80 since 2025-01.
    const periods = ["2026-07-01", "2026-08-01", "2026-09-01"];
    await db().checkIn.createMany({
      data: periods.map((period, index) => ({ orgId: world.org.id, kpiId, periodStart: dateFromIso(period), value: ["100", "80", "79.999999"][index]!, recordedByMembershipId: world.members.manager.membershipId })),
    });
    await judgeCheckIns(db(), world.org.id, periods.slice(1).map((periodStart) => ({ kpiId, periodStart })));
    await refreshLatestOf(db(), world.org.id, [kpiId]);
    const rows = await db().checkIn.findMany({ where: { orgId: world.org.id, kpiId }, orderBy: { periodStart: "asc" }, select: { status: true } });
    // The first period was not named, so it stays unjudged.
    expect(rows.map((row) => row.status)).toEqual([null, "at_risk", "off_track"]);
    const kpi = await db().kpi.findUniqueOrThrow({ where: { orgId_id: { orgId: world.org.id, id: kpiId } } });
    expect(kpi).toMatchObject({ latestStatus: "off_track", latestPeriodStart: dateFromIso("2026-09-01") });
    expect(kpi.latestValue?.toString()).toBe("79.999999");
  });
});

describe("the monthly status history", () => {
  it("equals a brute-force recomputation with the domain's rule, month by month and KPI by KPI", { timeout: 120_000 }, async () => {
    const world = await createOrgWorld(db(), "history");
    const random = generator(42);
    const kpis = await generateKpis(db(), world.org.id, world.members.admin.membershipId, random, 80);
    const ids = kpis.map((kpi) => kpi.id);
    await judgeAllCheckInsOf(db(), world.org.id, ids);
    const months = historyMonths(TODAY, 24);

    const rows = await db().$queryRaw<{ month: string; kpi_id: string; status: KpiStatus }[]>(kpiStatusesByMonthSql(world.org.id, ids, months, WEEK_START));
    const fromSql = new Map(rows.map((row) => [`${row.month} ${row.kpi_id}`, row.status]));

    const stored = await db().checkIn.findMany({ where: { orgId: world.org.id, kpiId: { in: ids } }, orderBy: { periodStart: "asc" }, select: { kpiId: true, periodStart: true, status: true } });
    const expected = new Map<string, KpiStatus>();
    for (const kpi of kpis) {
      const own = stored.filter((row) => row.kpiId === kpi.id).map((row) => ({ period: isoDate(row.periodStart), status: row.status }));
      for (const month of months) {
        if (kpi.startDate > month.asOf) continue;
        const newest = own.filter((row) => row.period <= month.asOf).at(-1);
        expected.set(
          `${month.month} ${kpi.id}`,
          kpiStatus({
            latestPeriodStart: newest?.period ?? null,
            latestStatus: newest?.status ?? null,
            cadence: kpi.cadence,
            startDate: kpi.startDate,
            endDate: kpi.endDate,
            today: month.asOf,
            weekStart: WEEK_START,
          }),
        );
      }
    }
    expect(fromSql.size).toBeGreaterThan(800);
    expect(fromSql).toEqual(expected);
    expect(new Set(fromSql.values())).toEqual(new Set(["on_track", "at_risk", "off_track", "overdue", "no_data"]));

    const counts = await statusCountsByMonth(db(), world.org.id, ids, months, WEEK_START);
    for (const { month, counts: byStatus } of counts) {
      const inMonth = [...expected].filter(([key]) => key.startsWith(`${month} `)).map(([, status]) => status);
      for (const [status, count] of Object.entries(byStatus)) expect(count, `${month} ${status}`).toBe(inMonth.filter((value) => value === status).length);
    }
  });

  it("counts nothing for no KPIs, and never another organization's", async () => {
    const world = await createOrgWorld(db(), "historyscope");
    const other = await createOrgWorld(db(), "historyother");
    const months = historyMonths(TODAY, 3);
    expect((await statusCountsByMonth(db(), world.org.id, [], months, WEEK_START)).map((month) => Object.values(month.counts).reduce((a, b) => a + b))).toEqual([0, 0, 0]);
    const foreign = Object.values(other.kpis.ownedBy);
    const counted = await statusCountsByMonth(db(), world.org.id, foreign, months, WEEK_START);
    expect(counted.every((month) => Object.values(month.counts).every((count) => count === 0))).toBe(true);
  });
});
