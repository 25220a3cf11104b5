import { describe, expect, it } from "vitest";
import type { OrgActor } from "../src/services/actor";
import { recordCheckIns } from "../src/services/kpi/check-ins";
import { listDue } from "../src/services/kpi/due";
import { loadSessionActor } from "../src/services/memberships";
import { callerFor } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { kpiDefinition } from "./support/kpi-world";
import { createOrgWorld, type OrgWorld } from "./support/world";

const db = useTestDatabase();

// 10 August 2026, UTC: July's grace days are over, August is the current month, Q3 the current quarter.
const NOW = new Date("2026-08-10T12:00:00Z");

async function adminOf(label: string): Promise<{ world: OrgWorld; actor: OrgActor }> {
  const world = await createOrgWorld(db(), label);
  const loaded = await loadSessionActor(db(), world.members.admin.sessionId, world.org.slug);
  if (!loaded?.actor) throw new Error("The admin of the test world has no actor.");
  return { world, actor: loaded.actor };
}

async function create(world: OrgWorld, name: string, overrides: Record<string, unknown> = {}) {
  return callerFor(db(), world.members.admin.sessionId).kpi.create({
    orgSlug: world.org.slug,
    ...kpiDefinition({ name, ownerMembershipId: world.members.admin.membershipId, ...overrides }),
  } as never);
}

const periodsOf = (rows: Awaited<ReturnType<typeof listDue>>, kpiId: string) =>
  rows.filter((row) => row.kpiId === kpiId).map((row) => [row.periodStart, row.overdue]);

describe("the Due page's missing periods", () => {
  it("offers every period without a value since the KPI started, newest first, gaps included", async () => {
    const { world, actor } = await adminOf("duegaps");
    const kpi = await create(world, "Gappy", { startDate: "2026-01-15", targets: [{ effectiveFrom: "2026-01-01", target: "5" }] });
    await recordCheckIns(db(), actor, [{ kpiId: kpi.id, date: "2026-03-01", value: "1" }, { kpiId: kpi.id, date: "2026-06-01", value: "2" }], NOW);

    const due = await listDue(db(), actor, NOW);
    expect(periodsOf(due, kpi.id)).toEqual([
      ["2026-08-01", false],
      ["2026-07-01", true],
      ["2026-05-01", true],
      ["2026-04-01", true],
      ["2026-02-01", true],
      ["2026-01-01", true],
    ]);
    expect(due.find((row) => row.kpiId === kpi.id)).toMatchObject({ periodLabel: "Aug 2026", lastValue: "2", lastPeriodStart: "2026-06-01" });
  });

  it("goes back twelve periods at most, and never past the KPI's end", async () => {
    const { world, actor } = await adminOf("duelimits");
    const old = await create(world, "Long silent", { startDate: "2023-01-01", targets: [{ effectiveFrom: "2023-01-01", target: "5" }] });
    const ended = await create(world, "Ended quarterly", {
      cadence: "quarterly",
      startDate: "2025-10-01",
      endDate: "2026-05-31",
      targets: [{ effectiveFrom: "2025-10-01", target: "5" }],
    });
    const due = await listDue(db(), actor, NOW);
    const silent = periodsOf(due, old.id);
    expect(silent).toHaveLength(12);
    expect(silent[0]).toEqual(["2026-08-01", false]);
    expect(silent[11]).toEqual(["2025-09-01", true]);
    expect(periodsOf(due, ended.id)).toEqual([
      ["2026-04-01", true],
      ["2026-01-01", true],
      ["2025-10-01", true],
    ]);
  });

  it("lists KPIs with an overdue period first, then by name, and leaves out complete and archived ones", async () => {
    const { world, actor } = await adminOf("dueorder");
    const target = { startDate: "2026-07-01", targets: [{ effectiveFrom: "2026-07-01", target: "5" }] };
    const current = await create(world, "Aa only August", target);
    const late = await create(world, "Zz late July", target);
    const complete = await create(world, "Complete", target);
    const archived = await create(world, "Archived", target);
    await recordCheckIns(
      db(),
      actor,
      [
        { kpiId: current.id, date: "2026-07-01", value: "1" },
        { kpiId: complete.id, date: "2026-07-01", value: "1" },
        { kpiId: complete.id, date: "2026-08-01", value: "1" },
      ],
      NOW,
    );
    await callerFor(db(), world.members.admin.sessionId).kpi.archive({ orgSlug: world.org.slug, kpiId: archived.id });

    const due = (await listDue(db(), actor, NOW)).filter((row) => [current.id, late.id, complete.id, archived.id].includes(row.kpiId));
    expect(due.map((row) => [row.name, row.periodStart, row.overdue])).toEqual([
      ["Zz late July", "2026-08-01", false],
      ["Zz late July", "2026-07-01", true],
      ["Aa only August", "2026-08-01", false],
    ]);
  });

  it("drops the periods that were just filled in, several of one KPI in one save", async () => {
    const { world, actor } = await adminOf("duesave");
    const kpi = await create(world, "Two months behind", { startDate: "2026-06-01", targets: [{ effectiveFrom: "2026-06-01", target: "5" }] });
    await recordCheckIns(db(), actor, [{ kpiId: kpi.id, date: "2026-06-01", value: "1" }], NOW);
    expect(periodsOf(await listDue(db(), actor, NOW), kpi.id).map(([period]) => period)).toEqual(["2026-08-01", "2026-07-01"]);
    await recordCheckIns(db(), actor, [{ kpiId: kpi.id, date: "2026-08-01", value: "3" }, { kpiId: kpi.id, date: "2026-07-01", value: "2" }], NOW);
    expect(periodsOf(await listDue(db(), actor, NOW), kpi.id)).toEqual([]);
  });

  it("shows a member only the KPIs they may record", async () => {
    const { world } = await adminOf("duescope");
    const viewer = await loadSessionActor(db(), world.members.viewer.sessionId, world.org.slug);
    const due = await listDue(db(), viewer!.actor!, NOW);
    expect([...new Set(due.map((row) => row.kpiId))]).toEqual([world.kpis.ownedBy.viewer]);
  });
});
