import { describe, expect, it } from "vitest";
import { callerFor, outcomeOf } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { createOrgWorld, type OrgWorld } from "./support/world";

const db = useTestDatabase();
const WRITERS = 20;

function record(world: OrgWorld, kpiId: string, value: string) {
  return callerFor(db(), world.members.admin.sessionId).checkIn.record({ orgSlug: world.org.slug, kpiId, date: "2025-03-15", value, comment: "" });
}

/** Every value a period has held: the current one and the ones its corrections kept. */
async function history(world: OrgWorld, kpiId: string) {
  const checkIns = await db().checkIn.findMany({
    where: { orgId: world.org.id, kpiId },
    select: { value: true, revisions: { select: { value: true } } },
  });
  const kpi = await db().kpi.findUniqueOrThrow({ where: { orgId_id: { orgId: world.org.id, id: kpiId } }, select: { latestValue: true } });
  return {
    periods: checkIns.length,
    current: checkIns[0]?.value.toString(),
    kept: checkIns.flatMap((checkIn) => checkIn.revisions.map((revision) => revision.value.toString())),
    latest: kpi.latestValue?.toString(),
  };
}

describe("simultaneous check-ins for one period", () => {
  it.each([
    ["a new period", false],
    ["a period that already has a value", true],
  ])("on %s: every call succeeds and every accepted value is current or kept in the history", async (_label, existing) => {
    const world = await createOrgWorld(db(), "race");
    const kpiId = world.kpis.ownedBy.admin;
    if (existing) expect(await outcomeOf(record(world, kpiId, "1"))).toBe("OK");
    const values = Array.from({ length: WRITERS }, (_, index) => String(100 + index));
    const outcomes = await Promise.all(values.map((value) => outcomeOf(record(world, kpiId, value))));
    expect(outcomes).toEqual(values.map(() => "OK"));

    const { periods, current, kept, latest } = await history(world, kpiId);
    expect(periods).toBe(1);
    const everyValue = existing ? ["1", ...values] : values;
    expect([current, ...kept].sort()).toEqual([...everyValue].sort());
    expect(latest).toBe(current);
  });
});
