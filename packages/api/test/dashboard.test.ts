import { describe, expect, it } from "vitest";
import type { PrismaClient, Role } from "@tally/db";
import { DEMO_LOGINS, seedDemo } from "@tally/db/seed";
import { KPI_STATUSES, ROLES, historyMonths, kpiStatus, todayIn, type KpiStatus } from "@tally/domain";
import { createSession } from "../src/auth/sessions";
import { organizationDashboard } from "../src/services/analysis/dashboard";
import { myKpis } from "../src/services/analysis/my-kpis";
import { isoDate, isoDateOrNull } from "../src/services/kpi/decimal";
import { loadSessionActor } from "../src/services/memberships";
import { callerFor, type Caller } from "./support/callers";
import { countingClient } from "./support/statement-counter";
import { useTestDatabase } from "./support/database";
import { createOrgWorld } from "./support/world";

const db = useTestDatabase();

async function demo() {
  const seeded = await seedDemo(db());
  const callers = {} as Record<Role, Caller>;
  for (const login of DEMO_LOGINS) {
    const user = await db().user.findUniqueOrThrow({ where: { email: login.email } });
    callers[login.role] = callerFor(db(), await createSession(db(), user.id, "vitest"));
  }
  return { ...seeded, callers };
}

/** Each KPI's status as of each month, computed the slow way: the newest value by then, judged by the domain. */
async function bruteForceHistory(prisma: PrismaClient, orgId: string, kpiIds: string[], today: string, weekStart: number) {
  const kpis = await prisma.kpi.findMany({
    where: { orgId, id: { in: kpiIds } },
    select: { cadence: true, startDate: true, endDate: true, checkIns: { select: { periodStart: true, status: true }, orderBy: { periodStart: "asc" } } },
  });
  return historyMonths(today, 12).map((month) => {
    const counts = Object.fromEntries(KPI_STATUSES.map((status) => [status, 0])) as Record<KpiStatus, number>;
    for (const kpi of kpis) {
      if (isoDate(kpi.startDate) > month.asOf) continue;
      const newest = kpi.checkIns.filter((checkIn) => isoDate(checkIn.periodStart) <= month.asOf).at(-1);
      const status = kpiStatus({
        latestPeriodStart: newest ? isoDate(newest.periodStart) : null,
        latestStatus: newest?.status ?? null,
        cadence: kpi.cadence,
        startDate: isoDate(kpi.startDate),
        endDate: isoDateOrNull(kpi.endDate),
        today: month.asOf,
        weekStart,
      });
      counts[status] += 1;
    }
    return { month: month.month, asOf: month.asOf, counts };
  });
}

describe("the dashboard on the demo organization", () => {
  it("counts, for every role, exactly what the KPI list shows that member for the same status and category", { timeout: 120_000 }, async () => {
    const { slug, callers } = await demo();
    for (const role of ROLES) {
      const caller = callers[role];
      const dashboard = await caller.dashboard.overview({ orgSlug: slug });
      const all = await caller.kpi.list({ orgSlug: slug });
      expect(KPI_STATUSES.reduce((sum, status) => sum + dashboard.totals[status], 0), role).toBe(all.total);
      for (const status of KPI_STATUSES) {
        const listed = await caller.kpi.list({ orgSlug: slug, status });
        expect(dashboard.totals[status], `${role} ${status}`).toBe(listed.total);
      }
      for (const row of dashboard.matrix) {
        expect(row.total, `${role} ${row.category}`).toBe((await caller.kpi.list({ orgSlug: slug, category: row.category })).total);
        for (const status of KPI_STATUSES) {
          const listed = await caller.kpi.list({ orgSlug: slug, category: row.category, status });
          expect(row.counts[status], `${role} ${row.category} ${status}`).toBe(listed.total);
        }
      }
      // What needs attention is in the member's list, in the status it is listed under, worst first.
      const visible = new Map([...(await caller.kpi.list({ orgSlug: slug })).kpis, ...(await caller.kpi.list({ orgSlug: slug, page: 2 })).kpis].map((kpi) => [kpi.id, kpi]));
      for (const item of dashboard.needsAttention) expect(visible.get(item.id)?.status, `${role} ${item.name}`).toBe(item.status);
      const order = dashboard.needsAttention.map((item) => ["off_track", "overdue", "at_risk"].indexOf(item.status));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      for (const checkIn of dashboard.recentCheckIns) expect(visible.has(checkIn.kpi.id), `${role} ${checkIn.kpi.name}`).toBe(true);
    }
  });

  it("gives twelve months of status history equal to a brute-force recomputation, for the admin and the manager", { timeout: 60_000 }, async () => {
    const { orgId, slug, callers } = await demo();
    const org = await db().organization.findUniqueOrThrow({ where: { id: orgId }, select: { timeZone: true, weekStart: true } });
    const today = todayIn(org.timeZone, new Date());
    for (const role of ["admin", "manager"] as const) {
      const dashboard = await callers[role].dashboard.overview({ orgSlug: slug });
      const list = [...(await callers[role].kpi.list({ orgSlug: slug })).kpis, ...(await callers[role].kpi.list({ orgSlug: slug, page: 2 })).kpis];
      const expected = await bruteForceHistory(db(), orgId, list.map((kpi) => kpi.id), today, org.weekStart);
      expect(dashboard.history, role).toEqual(expected);
      expect(dashboard.previous).toEqual(expected.at(-2));
      // The history's status mix moves over the year: it is not one month copied twelve times.
      expect(new Set(expected.map((month) => JSON.stringify(month.counts))).size).toBeGreaterThan(1);
    }
  });

  it("shows objectives with the health of the KPIs each member may see, now and a quarter ago", async () => {
    const { slug, callers } = await demo();
    for (const role of ["admin", "manager"] as const) {
      const dashboard = await callers[role].dashboard.overview({ orgSlug: slug });
      const listed = await callers[role].objective.list({ orgSlug: slug });
      expect(dashboard.objectives.map((objective) => [objective.id, objective.health])).toEqual(listed.map((objective) => [objective.id, objective.health]));
      for (const objective of dashboard.objectives) expect(["improving", "declining", "steady", "new"]).toContain(objective.trend);
    }
  });
});

describe("objectives on the dashboard", () => {
  it("say an objective improves when its KPI went from off track a quarter ago to on track now", async () => {
    const world = await createOrgWorld(db(), "objective-trend");
    const org = await db().organization.findUniqueOrThrow({ where: { id: world.org.id }, select: { timeZone: true } });
    const today = todayIn(org.timeZone, new Date());
    const kpiId = world.kpis.ownedBy.admin;
    await db().kpiObjective.create({ data: { orgId: world.org.id, kpiId, objectiveId: world.kpis.objectiveId } });
    const admin = callerFor(db(), world.members.admin.sessionId);
    const before = (await admin.dashboard.overview({ orgSlug: world.org.slug })).objectives.find((objective) => objective.id === world.kpis.objectiveId)!;
    // No value at all: overdue then and now, nothing on track either time.
    expect(before).toMatchObject({ health: { overdue: 1 }, healthThen: { overdue: 1 }, trend: "steady" });

    const then = historyMonths(today, 12)[8]!;
    await admin.checkIn.record({ orgSlug: world.org.slug, kpiId, date: `${then.month}-01`, value: "50", comment: "" });
    await admin.checkIn.record({ orgSlug: world.org.slug, kpiId, date: today, value: "120", comment: "" });
    const dashboard = await admin.dashboard.overview({ orgSlug: world.org.slug });
    expect(dashboard.objectivesSince).toBe(then.asOf);
    const after = dashboard.objectives.find((objective) => objective.id === world.kpis.objectiveId)!;
    expect(after).toMatchObject({ name: "Grow recurring revenue", health: { on_track: 1, off_track: 0 }, healthThen: { off_track: 1, on_track: 0 }, trend: "improving" });

    // A member who cannot see the KPI sees the objective without it.
    await db().kpi.update({ where: { orgId_id: { orgId: world.org.id, id: kpiId } }, data: { visibility: "restricted" } });
    const viewer = await callerFor(db(), world.members.viewer.sessionId).dashboard.overview({ orgSlug: world.org.slug });
    expect(viewer.objectives.find((objective) => objective.id === world.kpis.objectiveId)).toMatchObject({ health: { on_track: 0, off_track: 0 }, trend: "new" });
  });
});

describe("the dashboard's cost", () => {
  it("sends the same number of statements for 3 KPIs as for 40", { timeout: 60_000 }, async () => {
    const statementsFor = async (extraKpis: number) => {
      const world = await createOrgWorld(db(), `cost-${extraKpis}`);
      const owner = world.members.manager.membershipId;
      for (let index = 0; index < extraKpis; index += 1) {
        const kpi = await db().kpi.create({
          data: {
            orgId: world.org.id,
            name: `Extra ${index}`,
            activeName: `extra ${index}`,
            category: index % 2 ? "sales" : "customer",
            unit: "number",
            direction: "increase",
            cadence: "monthly",
            startDate: new Date("2025-01-01T00:00:00Z"),
            ownerMembershipId: owner,
            objectives: { create: { objectiveId: world.kpis.objectiveId } },
          },
          select: { id: true },
        });
        await db().checkIn.create({
          data: { orgId: world.org.id, kpiId: kpi.id, periodStart: new Date("2026-01-01T00:00:00Z"), value: "5", status: index % 3 ? "on_track" : "off_track", recordedByMembershipId: owner },
        });
      }
      const { actor } = (await loadSessionActor(db(), world.members.manager.sessionId, world.org.slug))!;
      const overview = countingClient(db());
      const dashboard = await organizationDashboard(overview.client, actor!);
      const mine = countingClient(db());
      const my = await myKpis(mine.client, actor!);
      return { overview: overview.statements(), mine: mine.statements(), kpis: KPI_STATUSES.reduce((sum, status) => sum + dashboard.totals[status], 0), my: my.kpis.length };
    };
    const small = await statementsFor(0);
    const large = await statementsFor(40);
    expect(large.kpis - small.kpis).toBe(40);
    expect(large.my - small.my).toBe(40);
    expect(large.overview).toBe(small.overview);
    expect(large.mine).toBe(small.mine);
    // The member's teams, five grouped counts, three attention lists, recent values, the ids, the history, the objectives (2)
    // and the count of flagged KPIs with no open action.
    expect(large.overview).toBe(15);
    // The member's teams, the KPIs, their recent values and their statuses at the end of last month.
    expect(large.mine).toBe(4);
  });
});

describe("My KPIs", () => {
  it("lists what the member owns or contributes to, with what is due, overdue or changed status since last month", async () => {
    const world = await createOrgWorld(db(), "mine");
    const manager = world.members.manager;
    const admin = callerFor(db(), world.members.admin.sessionId);
    const today = todayIn("UTC", new Date());
    const thisMonth = `${today.slice(0, 7)}-01`;
    const created = await admin.kpi.create({
      orgSlug: world.org.slug,
      name: "Renewals on time",
      description: "Renewals signed before their contract ends, over all renewals due in the month.",
      category: "sales",
      unit: "percent",
      decimals: 1,
      direction: "increase",
      baseline: "80",
      targets: [{ effectiveFrom: "2025-01-01", target: "90", warning: "85" }],
      cadence: "monthly",
      startDate: "2025-01-01",
      endDate: null,
      ownerMembershipId: world.members.admin.membershipId,
      contributorMembershipIds: [manager.membershipId],
      teamId: null,
      objectiveIds: [],
      visibility: "restricted",
    });
    const caller = callerFor(db(), manager.sessionId);
    const before = await caller.dashboard.mine({ orgSlug: world.org.slug });
    const renewals = before.kpis.find((kpi) => kpi.id === created.id)!;
    expect(renewals).toMatchObject({ owned: false, status: "overdue", statusThen: "overdue", dueNow: null });
    const ownKpi = before.kpis.find((kpi) => kpi.id === world.kpis.ownedBy.manager)!;
    expect(ownKpi.owned).toBe(true);
    expect(before.kpis.some((kpi) => kpi.id === world.kpis.ownedBy.admin)).toBe(false);
    expect(before.lastMonth.asOf < today).toBe(true);

    // A value for this month: on track now, while at the end of last month it was overdue.
    await caller.checkIn.record({ orgSlug: world.org.slug, kpiId: created.id, date: today, value: "95", comment: "" });
    const after = await caller.dashboard.mine({ orgSlug: world.org.slug });
    const changed = after.kpis.find((kpi) => kpi.id === created.id)!;
    expect(changed).toMatchObject({ status: "on_track", statusThen: "overdue", dueNow: null, latestPeriodStart: thisMonth, trend: [95] });
    expect(changed.latestPeriodLabel).toMatch(/\d{4}$/);

    // A KPI that starts this month is not overdue yet, only due: its first period waits for a value.
    const fresh = await admin.kpi.create({
      orgSlug: world.org.slug,
      name: "Trial conversions",
      description: "Trials that became paying customers within the month, over all trials started.",
      category: "sales",
      unit: "number",
      decimals: 0,
      direction: "increase",
      baseline: null,
      targets: [{ effectiveFrom: thisMonth, target: "10", warning: "5" }],
      cadence: "monthly",
      startDate: thisMonth,
      endDate: null,
      ownerMembershipId: manager.membershipId,
      contributorMembershipIds: [],
      teamId: null,
      objectiveIds: [],
      visibility: "organization",
    });
    const due = (await caller.dashboard.mine({ orgSlug: world.org.slug })).kpis.find((kpi) => kpi.id === fresh.id)!;
    expect(due).toMatchObject({ owned: true, status: "no_data", statusThen: null, latestPeriodLabel: null, trend: [] });
    expect(due.dueNow?.periodStart).toBe(thisMonth);

    // Another organization's member sees none of it.
    const other = await createOrgWorld(db(), "mine-other");
    const theirs = await callerFor(db(), other.members.manager.sessionId).dashboard.mine({ orgSlug: other.org.slug });
    expect(theirs.kpis.map((kpi) => kpi.id)).not.toContain(created.id);
  });
});
