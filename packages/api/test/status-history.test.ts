import { describe, expect, it } from "vitest";
import { callerFor, outcomeOf } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { kpiDefinition } from "./support/kpi-world";
import { createOrgWorld, type OrgWorld } from "./support/world";

const db = useTestDatabase();

function admin(world: OrgWorld) {
  return callerFor(db(), world.members.admin.sessionId);
}

/** A monthly retention KPI from January to October 2026: no period of it can fall overdue after the last value. */
async function createRetention(world: OrgWorld, overrides: Record<string, unknown> = {}) {
  return admin(world).kpi.create({
    orgSlug: world.org.slug,
    ...kpiDefinition({
      ownerMembershipId: world.members.admin.membershipId,
      startDate: "2026-01-01",
      endDate: "2026-10-31",
      targets: [
        { effectiveFrom: "2026-01-01", target: "90", warning: "85" },
        { effectiveFrom: "2026-05-01", target: "92", warning: "88" },
      ],
      ...overrides,
    }),
  } as never);
}

async function record(world: OrgWorld, kpiId: string, values: Record<string, string>) {
  await admin(world).checkIn.recordMany({ orgSlug: world.org.slug, entries: Object.entries(values).map(([date, value]) => ({ kpiId, date, value })) });
}

/** The lines the data decides; the trailing overdue ones depend on the clock of the test run. */
function lines(timeline: { changes: { on: string; from: string; to: string; rule: string; asOfToday: boolean }[] }) {
  return timeline.changes.filter((change) => !change.asOfToday).map((change) => [change.on, change.from, change.to, change.rule]);
}

async function storedRows(world: OrgWorld, kpiId: string) {
  const rows = await db().kpiStatusChange.findMany({ where: { orgId: world.org.id, kpiId }, orderBy: { seq: "asc" } });
  return rows.map((row) => [row.changedOn.toISOString().slice(0, 10), row.fromStatus, row.toStatus, row.rule, row.value?.toString() ?? null]);
}

describe("kpi.statusHistory", () => {
  it("stores every status change with its cause as values are recorded, and shows them newest first", async () => {
    const world = await createOrgWorld(db(), "why-record");
    const { id } = await createRetention(world);
    await record(world, id, { "2026-01-15": "91", "2026-02-15": "93", "2026-03-15": "86", "2026-04-15": "84" });
    await record(world, id, { "2026-05-15": "89", "2026-06-15": "87.5", "2026-07-15": "95" });

    expect(await storedRows(world, id)).toEqual([
      ["2026-01-01", "no_data", "on_track", "at_or_above_target", "91"],
      ["2026-03-01", "on_track", "at_risk", "below_target_within_warning", "86"],
      ["2026-04-01", "at_risk", "off_track", "below_warning", "84"],
      ["2026-05-01", "off_track", "at_risk", "below_target_within_warning", "89"],
      ["2026-06-01", "at_risk", "off_track", "below_warning", "87.5"],
      ["2026-07-01", "off_track", "on_track", "at_or_above_target", "95"],
    ]);
    const timeline = await admin(world).kpi.statusHistory({ orgSlug: world.org.slug, kpiId: id });
    expect(timeline).toMatchObject({ kpiId: id, cadence: "monthly", weekStart: 1 });
    expect(lines(timeline)[0]).toEqual(["2026-07-01", "off_track", "on_track", "at_or_above_target"]);
    expect(timeline.changes.filter((change) => !change.asOfToday)[1]).toEqual({
      on: "2026-06-01",
      from: "at_risk",
      to: "off_track",
      rule: "below_warning",
      periodStart: "2026-06-01",
      value: "87.5",
      target: { effectiveFrom: "2026-05-01", target: "92", targetMin: null, targetMax: null, warning: "88", tolerance: null },
      asOfToday: false,
    });
  });

  it("re-derives the timeline when an old value is corrected or deleted", async () => {
    const world = await createOrgWorld(db(), "why-correct");
    const { id } = await createRetention(world);
    await record(world, id, { "2026-01-10": "91", "2026-02-10": "80", "2026-03-10": "91" });
    expect((await storedRows(world, id)).map((row) => row[2])).toEqual(["on_track", "off_track", "on_track"]);

    await admin(world).checkIn.record({ orgSlug: world.org.slug, kpiId: id, date: "2026-02-10", value: "86" });
    expect(await storedRows(world, id)).toEqual([
      ["2026-01-01", "no_data", "on_track", "at_or_above_target", "91"],
      ["2026-02-01", "on_track", "at_risk", "below_target_within_warning", "86"],
      ["2026-03-01", "at_risk", "on_track", "at_or_above_target", "91"],
    ]);
    await admin(world).checkIn.record({ orgSlug: world.org.slug, kpiId: id, date: "2026-02-10", value: "90" });
    expect(lines(await admin(world).kpi.statusHistory({ orgSlug: world.org.slug, kpiId: id }))).toEqual([["2026-01-01", "no_data", "on_track", "at_or_above_target"]]);
  });

  it("re-derives the timeline when the KPI's targets are edited", async () => {
    const world = await createOrgWorld(db(), "why-targets");
    const { id } = await createRetention(world);
    await record(world, id, { "2026-01-10": "89", "2026-02-10": "89" });
    expect((await storedRows(world, id)).map((row) => row[3])).toEqual(["below_target_within_warning"]);
    const kpi = await admin(world).kpi.get({ orgSlug: world.org.slug, kpiId: id });
    await admin(world).kpi.update({
      orgSlug: world.org.slug,
      kpiId: id,
      version: kpi.version,
      ...kpiDefinition({
        ownerMembershipId: world.members.admin.membershipId,
        startDate: "2026-01-01",
        endDate: "2026-10-31",
        targets: [
          { effectiveFrom: "2026-01-01", target: "88", warning: "85" },
          { effectiveFrom: "2026-02-01", target: "95" },
        ],
      }),
    } as never);
    const rows = await db().kpiStatusChange.findMany({ where: { orgId: world.org.id, kpiId: id }, orderBy: { seq: "asc" } });
    expect(rows.map((row) => [row.toStatus, row.rule, row.targetFrom?.toISOString().slice(0, 10), row.target?.toString(), row.warning?.toString() ?? null])).toEqual([
      ["on_track", "at_or_above_target", "2026-01-01", "88", "85"],
      ["off_track", "below_target", "2026-02-01", "95", null],
    ]);
  });

  it("derives the overdue stretch after the newest value on read, without storing it, and stores the gaps the data decides", async () => {
    const world = await createOrgWorld(db(), "why-overdue");
    const { id } = await createRetention(world, { startDate: "2025-01-01", endDate: null, targets: [{ effectiveFrom: "2025-01-01", target: "90", warning: "85" }] });
    // Nothing for February to April 2025: February was due on 4 March 2025.
    await record(world, id, { "2025-01-10": "91", "2025-05-10": "80" });
    expect(await storedRows(world, id)).toEqual([
      ["2025-01-01", "no_data", "on_track", "at_or_above_target", "91"],
      ["2025-03-04", "on_track", "overdue", "overdue", null],
      ["2025-05-01", "overdue", "off_track", "below_warning", "80"],
    ]);
    const timeline = await admin(world).kpi.statusHistory({ orgSlug: world.org.slug, kpiId: id });
    expect(timeline.status).toBe("overdue");
    expect(timeline.changes[0]).toEqual({ on: "2025-07-04", from: "off_track", to: "overdue", rule: "overdue", periodStart: "2025-06-01", value: null, target: null, asOfToday: true });
    expect(lines(timeline)).toEqual([
      ["2025-05-01", "overdue", "off_track", "below_warning"],
      ["2025-03-04", "on_track", "overdue", "overdue"],
      ["2025-01-01", "no_data", "on_track", "at_or_above_target"],
    ]);
  });

  it("derives the timeline of values stored before timelines were (seeded data) when read", async () => {
    const world = await createOrgWorld(db(), "why-seeded");
    const { id } = await createRetention(world);
    await record(world, id, { "2026-01-10": "91", "2026-02-10": "80" });
    await db().kpiStatusChange.deleteMany({ where: { orgId: world.org.id, kpiId: id } });
    expect(lines(await admin(world).kpi.statusHistory({ orgSlug: world.org.slug, kpiId: id }))).toEqual([
      ["2026-02-01", "on_track", "off_track", "below_warning"],
      ["2026-01-01", "no_data", "on_track", "at_or_above_target"],
    ]);
  });

  it("answers an empty timeline for a KPI that has not started", async () => {
    const world = await createOrgWorld(db(), "why-empty");
    const { id } = await createRetention(world, { startDate: "2030-01-01", endDate: null, targets: [{ effectiveFrom: "2030-01-01", target: "90" }] });
    expect(await admin(world).kpi.statusHistory({ orgSlug: world.org.slug, kpiId: id })).toMatchObject({ status: "no_data", changes: [] });
  });

  it("refuses another organization's KPI and a KPI outside the manager's teams as NOT_FOUND", async () => {
    const world = await createOrgWorld(db(), "why-scope");
    const other = await createOrgWorld(db(), "why-other");
    const foreign = await createRetention(other);
    expect(await outcomeOf(admin(world).kpi.statusHistory({ orgSlug: world.org.slug, kpiId: foreign.id }))).toBe("NOT_FOUND");

    const hidden = await createRetention(world, { name: "Cloud spend", visibility: "restricted", teamId: world.teams.project.id });
    const manager = callerFor(db(), world.members.manager.sessionId);
    expect(await outcomeOf(manager.kpi.statusHistory({ orgSlug: world.org.slug, kpiId: hidden.id }))).toBe("NOT_FOUND");
    const own = await createRetention(world, { name: "Books closed on time", visibility: "restricted", teamId: world.teams.department.id });
    expect(await outcomeOf(manager.kpi.statusHistory({ orgSlug: world.org.slug, kpiId: own.id }))).toBe("OK");
    expect(await outcomeOf(callerFor(db(), world.members.viewer.sessionId).kpi.statusHistory({ orgSlug: world.org.slug, kpiId: "does-not-exist" }))).toBe("NOT_FOUND");
  });

  it("re-derives every KPI that one batch of values touched", async () => {
    const world = await createOrgWorld(db(), "why-bulk");
    const ids: string[] = [];
    for (let index = 0; index < 4; index += 1) ids.push((await createRetention(world, { name: `Retention ${index}` })).id);
    await admin(world).checkIn.recordMany({
      orgSlug: world.org.slug,
      entries: ids.flatMap((kpiId, index) => [
        { kpiId, date: "2026-01-05", value: String(80 + index * 4) },
        { kpiId, date: "2026-02-05", value: "95" },
      ]),
    });
    const counts = await Promise.all(ids.map((kpiId) => db().kpiStatusChange.count({ where: { orgId: world.org.id, kpiId } })));
    // 80 and 84 are off track, 88 at risk, 92 on track: each turns on track in February but the last.
    expect(counts).toEqual([2, 2, 2, 1]);
  });
});
