import { describe, expect, it } from "vitest";
import { kpiAnalysis } from "../src/services/analysis/kpi-analysis";
import type { OrgActor } from "../src/services/actor";
import { recordCheckIns } from "../src/services/kpi/check-ins";
import { loadSessionActor } from "../src/services/memberships";
import { callerFor, outcomeOf } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { kpiDefinition } from "./support/kpi-world";
import { createOrgWorld, type OrgWorld } from "./support/world";

const db = useTestDatabase();

// Mid-February 2026: January 2026 is the last closed month, February the current period.
const NOW = new Date("2026-02-10T12:00:00Z");

const MONTHS_2025_TO_JAN_2026 = Array.from({ length: 13 }, (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-01`);

async function adminActor(world: OrgWorld): Promise<OrgActor> {
  const loaded = await loadSessionActor(db(), world.members.admin.sessionId, world.org.slug);
  if (!loaded?.actor) throw new Error("The admin of the test world has no actor.");
  return loaded.actor;
}

async function createKpi(world: OrgWorld, overrides: Record<string, unknown> = {}): Promise<string> {
  const created = await callerFor(db(), world.members.admin.sessionId).kpi.create({
    orgSlug: world.org.slug,
    ...kpiDefinition({ ownerMembershipId: world.members.admin.membershipId, ...overrides }),
  } as never);
  return created.id;
}

async function record(actor: OrgActor, kpiId: string, values: readonly number[], comments: Record<number, string> = {}) {
  await recordCheckIns(
    db(),
    actor,
    values.map((value, i) => ({ kpiId, date: MONTHS_2025_TO_JAN_2026[i]!, value: String(value), comment: comments[i] ?? "" })),
    NOW,
  );
}

describe("kpi.analysis", () => {
  it("forecasts a steady climb to the current period and the end date, judged against the target in force there", async () => {
    const world = await createOrgWorld(db(), "analysis-line");
    const actor = await adminActor(world);
    const kpiId = await createKpi(world);
    // 90, 91, … 102 from January 2025 to January 2026; target ≥ 105 to the end of 2027.
    await record(actor, kpiId, Array.from({ length: 13 }, (_, i) => 90 + i), { 12: "New pricing page live." });

    const analysis = await kpiAnalysis(db(), actor, kpiId, NOW);
    expect(analysis.valueCount).toBe(13);
    expect(analysis.forecast).toMatchObject({ method: "least_squares", window: 12, from: "2025-02-01", to: "2026-01-01" });
    expect(analysis.forecast!.slope).toBeCloseTo(1, 10);
    expect(analysis.forecast!.horizon).toEqual({ current: "2026-02-01", far: { period: "2027-12-01", kind: "end_date" } });
    const byPeriod = new Map(analysis.forecast!.points.map((point) => [point.period, point.value]));
    expect(byPeriod.get("2026-02-01")).toBeCloseTo(103, 10);
    expect(byPeriod.get("2027-12-01")).toBeCloseTo(125, 10);
    expect(analysis.verdicts.current).toMatchObject({ period: "2026-02-01", verdict: "likely_to_miss", target: { target: 105 } });
    expect(analysis.verdicts.far).toMatchObject({ period: "2027-12-01", verdict: "likely_to_meet" });
    expect(analysis.judgedPeriod).toBe("2027-12-01");

    // Thirteen rising values: a trend up from the first, limits from the first twelve.
    expect(analysis.xmr).toMatchObject({ baseline: 12, signal: { rule: "trend", direction: "up", since: "2025-01-01" } });
    expect(analysis.xmr!.periods).toEqual(MONTHS_2025_TO_JAN_2026);
    expect(analysis.xmr!.centre).toBeCloseTo(95.5, 10);
    // Limits 95.5 ± 2.66 · 1 from the first twelve: the target 105 lies above them.
    expect(analysis.xmr!.upperLimit).toBeCloseTo(98.16, 10);
    expect(analysis.xmr!.capability).toBe("missed_consistently");

    expect(analysis.change).toEqual({
      latest: { period: "2026-01-01", value: 102 },
      previous: { period: "2025-12-01", value: 101, delta: 1, relative: 1 / 101 },
      lastYear: { period: "2025-01-01", value: 90, delta: 12, relative: 12 / 90 },
    });
    expect(analysis.annotations).toEqual([{ period: "2026-01-01", value: 102, comment: "New pricing page live." }]);
  });

  it("stops the forecast at the next target change and judges it against the new target", async () => {
    const world = await createOrgWorld(db(), "analysis-change");
    const actor = await adminActor(world);
    const kpiId = await createKpi(world, {
      targets: [
        { effectiveFrom: "2025-01-01", target: "105", warning: "98" },
        { effectiveFrom: "2026-07-01", target: "110", warning: "100" },
      ],
    });
    await record(actor, kpiId, Array.from({ length: 13 }, (_, i) => 90 + i));

    const analysis = await kpiAnalysis(db(), actor, kpiId, NOW);
    expect(analysis.forecast!.horizon.far).toEqual({ period: "2026-07-01", kind: "target_change" });
    // 108 in July against the July target of 110, with a band of zero width.
    expect(analysis.verdicts.far).toMatchObject({ period: "2026-07-01", verdict: "likely_to_miss", target: { target: 110 } });
  });

  it("judges a lower-is-better KPI the other way round", async () => {
    const world = await createOrgWorld(db(), "analysis-down");
    const actor = await adminActor(world);
    const kpiId = await createKpi(world, { direction: "decrease", baseline: "5", targets: [{ effectiveFrom: "2025-01-01", target: "2", warning: "3" }] });
    await record(actor, kpiId, [4, 3.9, 3.8, 3.7, 3.6, 3.5, 3.4, 3.3, 3.2, 3.1, 3, 2.9, 2.8]);

    const analysis = await kpiAnalysis(db(), actor, kpiId, NOW);
    expect(analysis.verdicts.current?.verdict).toBe("likely_to_miss");
    expect(analysis.verdicts.far?.verdict).toBe("likely_to_meet");
    expect(analysis.xmr!.signal).toMatchObject({ rule: "trend", direction: "down" });
  });

  it("does not forecast or analyse fewer than 6 values, but still compares periods", async () => {
    const world = await createOrgWorld(db(), "analysis-few");
    const actor = await adminActor(world);
    const kpiId = await createKpi(world);
    await record(actor, kpiId, [90, 95, 93, 97, 96]);

    const analysis = await kpiAnalysis(db(), actor, kpiId, NOW);
    expect(analysis.valueCount).toBe(5);
    expect(analysis.forecast).toBeNull();
    expect(analysis.xmr).toBeNull();
    expect(analysis.verdicts.current?.verdict).toBe("not_enough_data");
    expect(analysis.change?.previous).toMatchObject({ period: "2025-04-01", value: 97, delta: -1 });
    expect(analysis.minValues).toEqual({ forecast: 6, xmr: 6 });
  });

  it("answers for a KPI without values", async () => {
    const world = await createOrgWorld(db(), "analysis-empty");
    const kpiId = await createKpi(world);
    const analysis = await callerFor(db(), world.members.viewer.sessionId).kpi.analysis({ orgSlug: world.org.slug, kpiId });
    expect(analysis).toMatchObject({ valueCount: 0, forecast: null, xmr: null, change: null, annotations: [], verdicts: { current: null, far: null } });
  });

  it("is NOT_FOUND for another organization's KPI and for a KPI the member may not see", async () => {
    const world = await createOrgWorld(db(), "analysis-own");
    const other = await createOrgWorld(db(), "analysis-other");
    const kpiId = await createKpi(world, { visibility: "restricted" });
    const otherAdmin = callerFor(db(), other.members.admin.sessionId);
    expect(await outcomeOf(otherAdmin.kpi.analysis({ orgSlug: other.org.slug, kpiId }))).toBe("NOT_FOUND");
    expect(await outcomeOf(otherAdmin.kpi.analysis({ orgSlug: world.org.slug, kpiId }))).toBe("NOT_FOUND");
    const viewer = callerFor(db(), world.members.viewer.sessionId);
    expect(await outcomeOf(viewer.kpi.analysis({ orgSlug: world.org.slug, kpiId }))).toBe("NOT_FOUND");
    expect(await outcomeOf(callerFor(db(), world.members.admin.sessionId).kpi.analysis({ orgSlug: world.org.slug, kpiId }))).toBe("OK");
  });
});
