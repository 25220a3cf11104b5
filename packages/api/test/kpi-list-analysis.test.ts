import { describe, expect, it } from "vitest";
import { forecastSeries, forecastVerdict, periodLabel, periodStart, previousPeriodStart, signalVerdict, xmrAnalysis } from "@tally/domain";
import { callerFor } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { kpiDefinition } from "./support/kpi-world";
import { createOrgWorld } from "./support/world";

const db = useTestDatabase();

/** The `count` months before the current one, oldest first. */
function monthsBefore(count: number): string[] {
  const months: string[] = [];
  let month = periodStart(new Date().toISOString().slice(0, 10), "monthly", 1);
  for (let index = 0; index < count; index += 1) {
    month = previousPeriodStart(month, "monthly", 1);
    months.unshift(month);
  }
  return months;
}

describe("the KPI list's forecast and signal", () => {
  it("judges each row with the domain's forecast and XmR rules over its last values", async () => {
    const world = await createOrgWorld(db(), "listanalysis");
    const caller = callerFor(db(), world.members.admin.sessionId);
    const orgSlug = world.org.slug;
    const months = monthsBefore(24);
    const create = (name: string) =>
      caller.kpi.create({
        orgSlug,
        ...kpiDefinition({ name, ownerMembershipId: world.members.admin.membershipId, startDate: months[0], targets: [{ effectiveFrom: months[0], target: "100", warning: "90" }], direction: "increase" }),
      } as never);
    const rising = await create("Analysed rising");
    const flat = await create("Analysed flat");
    const short = await create("Analysed short");
    // Rising steadily toward 130 by now; flat around 80 with routine wobble; only three values.
    const risingValues = months.map((_, index) => 60 + 3 * index);
    const flatValues = months.map((_, index) => 80 + [1, -1, 2, -2, 0, 1][index % 6]!);
    await caller.checkIn.recordMany({
      orgSlug,
      entries: [
        ...months.map((month, index) => ({ kpiId: rising.id, date: month, value: String(risingValues[index]) })),
        ...months.map((month, index) => ({ kpiId: flat.id, date: month, value: String(flatValues[index]) })),
        ...months.slice(-3).map((month) => ({ kpiId: short.id, date: month, value: "95" })),
      ],
    });

    const list = await caller.kpi.list({ orgSlug, search: "Analysed" });
    const row = (name: string) => list.kpis.find((kpi) => kpi.name === name)!;
    const current = periodStart(new Date().toISOString().slice(0, 10), "monthly", 1);
    const target = { effectiveFrom: months[0]!, target: 100, targetMin: null, targetMax: null, warning: 90, tolerance: null };

    for (const [name, values] of [["Analysed rising", risingValues], ["Analysed flat", flatValues]] as const) {
      const points = months.map((period, index) => ({ period, value: values[index]! }));
      const forecast = forecastSeries(points, [current], { cadence: "monthly", weekStart: 1 });
      const signal = signalVerdict(xmrAnalysis(values, { baseline: 12 }), months, (period) => periodLabel(period, "monthly", 1));
      expect(row(name).forecast).toEqual({ verdict: forecastVerdict({ forecast, direction: "increase", target, period: current }), period: current, value: forecast!.points[0]!.value });
      expect(row(name).signal).toEqual({ kind: signal.kind, text: signal.text, since: signal.since });
      expect(row(name).trend).toEqual(values.slice(-12));
    }
    expect(row("Analysed rising").forecast.verdict).toBe("likely_to_meet");
    expect(row("Analysed rising").signal.kind).toBe("signal");
    expect(row("Analysed flat").forecast.verdict).toBe("likely_to_miss");
    expect(row("Analysed flat").signal).toMatchObject({ kind: "routine_variation", text: "routine variation" });
    expect(row("Analysed short").forecast).toEqual({ verdict: "not_enough_data", period: null, value: null });
    expect(row("Analysed short").signal.kind).toBe("not_enough_data");
  });
});
